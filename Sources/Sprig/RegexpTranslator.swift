import GoTemplate

/// Translates a Go regular expression (RE2 syntax, parsed as Go's `regexp.Compile` does with
/// `syntax.Perl` flags) into an equivalent PCRE2 pattern, and rejects what Go rejects with
/// Go's exact error.
///
/// The scan follows `regexp/syntax/parse.go` step by step so that errors are found in Go's
/// order. Constructs whose PCRE2 meaning differs are rewritten:
/// - `^`/`$` become `\A`/`\z` (or multi-line anchors under `(?m)`), `.` becomes `[^\n]`
///   (or any character under `(?s)`); the `m`, `s` and `U` flags never reach PCRE2.
/// - `\d`, `\s`, `\w`, POSIX classes and escapes become explicit code-point ranges
///   (Go's `\s` has no vertical tab; PCRE2's has).
/// - Named groups become plain groups; the translator records the names.
/// - Quantified assertions and stacked quantifiers are wrapped in `(?:...)`.
struct RegexpTranslator {
    /// The PCRE2 pattern and Go's capture names (index 0 is the whole match, `""` when unnamed).
    struct Result {
        let pattern: String
        let captureNames: [String]
    }

    /// Translates `source`, throwing `RegexpError` exactly where Go's parser fails.
    static func translate(_ source: String, release: GoRelease = .go127) throws -> Result {
        var translator = RegexpTranslator(source: source, release: release)
        return try translator.run()
    }

    struct Flags: Equatable {
        var foldCase = false
        var dotNL = false
        var oneLine = true
        var nonGreedy = false
    }

    /// A counted repetition (`{n,m}`) and the counted repetitions nested inside it, enough to
    /// run Go's `repeatIsValid` check.
    struct RepeatNode {
        let count: Int
        let children: [RepeatNode]

        func isValid(_ limit: Int) -> Bool {
            var n = limit
            if count == 0 { return true }
            if count > n { return false }
            n /= count
            return children.allSatisfy { $0.isValid(n) }
        }
    }

    /// One emitted element of a concatenation.
    struct Piece {
        var text: String
        /// Whether a following quantifier may apply to it (flag changes are not atoms).
        var isAtom: Bool
        var repeats: [RepeatNode] = []
        var quantified = false
    }

    /// An open group: the text that opens it, its finished alternatives and its current one.
    struct Frame {
        let savedFlags: Flags
        let opener: String
        var closedBranches: [String] = []
        var closedRepeats: [RepeatNode] = []
        var pieces: [Piece] = []

        var currentText: String { pieces.map(\.text).joined() }
    }

    let bytes: [UInt8]
    let source: String
    /// Whose `regexp/syntax`: the Unicode class names differ.
    let release: GoRelease
    var pos = 0
    var flags = Flags()
    var frames: [Frame]
    var names: [String] = [""]

    init(source: String, release: GoRelease = .go127) {
        self.source = source
        self.release = release
        self.bytes = Array(source.utf8)
        self.frames = [Frame(savedFlags: Flags(), opener: "")]
    }

    /// The source text between two byte offsets.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<min(to, bytes.count)], as: UTF8.self)
    }

    mutating func run() throws -> Result {
        var lastRepeatStart: Int?
        while pos < bytes.count {
            var repeatStart: Int?
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: "("):
                if pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: "?") {
                    try parsePerlFlags()
                } else {
                    names.append("")
                    openGroup("(")
                    pos += 1
                }
            case UInt8(ascii: "|"):
                closeBranch()
                pos += 1
            case UInt8(ascii: ")"):
                try closeGroup()
                pos += 1
            case UInt8(ascii: "^"):
                pushAtom(flags.oneLine ? "(?:\\A)" : "(?m:^)")
                pos += 1
            case UInt8(ascii: "$"):
                pushAtom(flags.oneLine ? "(?:\\z)" : "(?m:$)")
                pos += 1
            case UInt8(ascii: "."):
                pushAtom(flags.dotNL ? "(?s:.)" : "[^\\n]")
                pos += 1
            case UInt8(ascii: "["):
                try parseClass()
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                let start = pos
                pos += 1
                let op = String(UnicodeScalar(c))
                try applyRepeat(quantifier: op, counted: nil, start: start, lastRepeatStart: lastRepeatStart)
                repeatStart = start
            case UInt8(ascii: "{"):
                let start = pos
                if let (min, max, after) = parseRepeat(at: pos) {
                    if min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max) {
                        throw RegexpError(code: .invalidRepeatSize, expr: text(start, after))
                    }
                    pos = after
                    let quantifier: String
                    if max == min {
                        quantifier = "{\(min)}"
                    } else if max < 0 {
                        quantifier = "{\(min),}"
                    } else {
                        quantifier = "{\(min),\(max)}"
                    }
                    try applyRepeat(quantifier: quantifier, counted: (min, max), start: start,
                                    lastRepeatStart: lastRepeatStart)
                    repeatStart = start
                } else {
                    pushLiteral(UInt32(c))
                    pos += 1
                }
            case UInt8(ascii: "\\"):
                try parseBackslash()
            default:
                let (r, width) = decodeRune(at: pos)
                pos += width
                pushLiteral(r)
            }
            lastRepeatStart = repeatStart
        }
        guard frames.count == 1, let top = frames.first else {
            throw RegexpError(code: .missingParen, expr: source)
        }
        let pattern = (top.closedBranches + [top.currentText]).joined(separator: "|")
        return Result(pattern: pattern, captureNames: names)
    }

    // MARK: - Stack

    mutating func pushAtom(_ text: String, repeats: [RepeatNode] = []) {
        frames[frames.count - 1].pieces.append(Piece(text: text, isAtom: true, repeats: repeats))
    }

    mutating func pushLiteral(_ r: UInt32) {
        pushAtom(RegexpTranslator.literalText(r))
    }

    static func literalText(_ r: UInt32) -> String {
        if (0xD800...0xDFFF).contains(r) { return "(?!)" }  // never present in valid UTF-8
        if r < 0x80, let scalar = Unicode.Scalar(r) {
            let ch = Character(scalar)
            if ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_") { return String(ch) }
        }
        return "\\x{" + String(r, radix: 16) + "}"
    }

    mutating func openGroup(_ opener: String) {
        frames.append(Frame(savedFlags: flags, opener: opener))
    }

    mutating func closeBranch() {
        var frame = frames[frames.count - 1]
        frame.closedBranches.append(frame.currentText)
        frame.closedRepeats += frame.pieces.flatMap(\.repeats)
        frame.pieces = []
        frames[frames.count - 1] = frame
    }

    mutating func closeGroup() throws {
        guard frames.count > 1, let frame = frames.popLast() else {
            throw RegexpError(code: .unexpectedParen, expr: source)
        }
        let body = (frame.closedBranches + [frame.currentText]).joined(separator: "|")
        flags = frame.savedFlags
        pushAtom(frame.opener + body + ")", repeats: frame.closedRepeats + frame.pieces.flatMap(\.repeats))
    }

    /// Applies a quantifier to the last atom, with Go's checks (`repeat` in parse.go).
    mutating func applyRepeat(quantifier: String, counted: (min: Int, max: Int)?, start: Int,
                              lastRepeatStart: Int?) throws {
        var lazy = flags.nonGreedy
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "?") {
            pos += 1
            lazy.toggle()
        }
        if let last = lastRepeatStart {
            throw RegexpError(code: .invalidRepeatOp, expr: text(last, pos))
        }
        let frameIndex = frames.count - 1
        guard let index = frames[frameIndex].pieces.lastIndex(where: \.isAtom) else {
            throw RegexpError(code: .missingRepeatArgument, expr: text(start, pos))
        }
        var piece = frames[frameIndex].pieces[index]
        if let (min, max) = counted {
            let count = max == 0 ? 0 : (max < 0 ? min : max)
            let node = RepeatNode(count: count, children: piece.repeats)
            if (min >= 2 || max >= 2) && !node.isValid(1000) {
                throw RegexpError(code: .invalidRepeatSize, expr: text(start, pos))
            }
            piece.repeats = [node]
        }
        let suffix = quantifier + (lazy ? "?" : "")
        piece.text = piece.quantified ? "(?:" + piece.text + ")" + suffix : piece.text + suffix
        piece.quantified = true
        frames[frameIndex].pieces[index] = piece
    }

    /// Parses `{min}`, `{min,}` or `{min,max}` at `start` (Go's `parseRepeat`); nil if not of that form.
    func parseRepeat(at start: Int) -> (Int, Int, Int)? {
        var i = start + 1
        guard let (min0, afterMin) = parseInt(at: i) else { return nil }
        var min = min0
        i = afterMin
        guard i < bytes.count else { return nil }
        var max: Int
        if bytes[i] != UInt8(ascii: ",") {
            max = min
        } else {
            i += 1
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "}") {
                max = -1
            } else {
                guard let (value, after) = parseInt(at: i) else { return nil }
                max = value
                i = after
                if max < 0 { min = -1 }
            }
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "}") else { return nil }
        return (min, max, i + 1)
    }

    /// Go's `parseInt`: decimal digits without leading zeros; -1 when too large.
    func parseInt(at start: Int) -> (Int, Int)? {
        guard start < bytes.count, isDigit(bytes[start]) else { return nil }
        if start + 1 < bytes.count && bytes[start] == UInt8(ascii: "0") && isDigit(bytes[start + 1]) {
            return nil
        }
        var end = start
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        var n = 0
        for i in start..<end {
            if n >= 100_000_000 {
                n = -1
                break
            }
            n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
        }
        return (n, end)
    }

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Decodes the UTF-8 scalar at `i` (the input is valid UTF-8: it came from a Swift String).
    func decodeRune(at i: Int) -> (UInt32, Int) {
        guard i < bytes.count else { return (0xFFFD, 0) }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < bytes.count {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < bytes.count {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < bytes.count {
            let r = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            return (r, 4)
        }
        return (0xFFFD, 1)
    }
}
