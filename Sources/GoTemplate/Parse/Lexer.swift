import Glibc
import GoRuntime

/// Go's text/template lexer (parse/lex.go), run synchronously over UTF-8 bytes.
/// Trim markers (`{{- ` and ` -}}`) are handled here only: the parser never sees them.
/// It reads the bytes through a buffer pointer valid only during `tokenize`, and steps
/// over ASCII runs (words, spaces) byte by byte, decoding UTF-8 only where a byte needs it.
struct Lexer {
    let input: UnsafeBufferPointer<UInt8>
    /// `input.count`, read on every step.
    let count: Int
    var pos = 0
    var start = 0
    var line = 1
    var startLine = 1
    var parenDepth = 0
    var atEOF = false
    var tokens: [Token] = []
    /// The message of the error token, if lexing stopped at one.
    var errorMessage = ""
    let breakOK: Bool
    let continueOK: Bool

    init(_ input: UnsafeBufferPointer<UInt8>, breakOK: Bool = true, continueOK: Bool = true) {
        self.input = input
        self.count = input.count
        self.breakOK = breakOK
        self.continueOK = continueOK
        // Action-heavy sources (library helpers) run about four bytes a token, spaces
        // included; text-heavy ones fewer tokens, so this rarely grows.
        tokens.reserveCapacity(input.count / 4 + 16)
    }

    enum State { case text, leftDelim, comment, rightDelim, insideAction, space, identifier, field, variable, char, number, quote, rawQuote, done }

    /// Lexes the whole input; the last token is EOF or an error. Every state consumes
    /// input or moves to one that does, so the loop ends within a few steps per byte.
    static func tokenize(_ input: [UInt8]) -> TokenList {
        input.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer)
            var state = State.text
            while state != .done { state = lexer.step(state) }
            return TokenList(tokens: lexer.tokens, error: lexer.errorMessage)
        }
    }

    mutating func step(_ state: State) -> State {
        switch state {
        case .text: return lexText()
        case .leftDelim: return lexLeftDelim()
        case .comment: return lexComment()
        case .rightDelim: return lexRightDelim()
        case .insideAction: return lexInsideAction()
        case .space: return lexSpace()
        case .identifier: return lexIdentifier()
        case .field: return lexFieldOrVariable(.field)
        case .variable: return lexVariable()
        case .char: return lexChar()
        case .number: return lexNumber()
        case .quote: return lexQuote()
        case .rawQuote: return lexRawQuote()
        case .done: return .done
        }
    }

    // MARK: Cursor

    static let eof: UInt32 = 0xFFFF_FFFF

    /// Next code point (decoded UTF-8), or `eof`.
    @inline(__always)
    mutating func next() -> UInt32 {
        if pos >= count {
            atEOF = true
            return Lexer.eof
        }
        let b = input[pos]
        if b < 0x80 {
            pos += 1
            if b == 0x0A { line += 1 }
            return UInt32(b)
        }
        let (scalar, width) = decode(at: pos)
        pos += width
        if scalar == 0x0A { line += 1 }
        return scalar
    }

    func decode(at i: Int) -> (UInt32, Int) {
        let b0 = input[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        var width = 1
        var value: UInt32 = 0xFFFD
        if b0 & 0xE0 == 0xC0, i + 1 < count {
            width = 2
            value = (UInt32(b0 & 0x1F) << 6) | UInt32(input[i + 1] & 0x3F)
        } else if b0 & 0xF0 == 0xE0, i + 2 < count {
            width = 3
            value = (UInt32(b0 & 0x0F) << 12) | (UInt32(input[i + 1] & 0x3F) << 6) | UInt32(input[i + 2] & 0x3F)
        } else if b0 & 0xF8 == 0xF0, i + 3 < count {
            width = 4
            value = (UInt32(b0 & 0x07) << 18) | (UInt32(input[i + 1] & 0x3F) << 12)
                | (UInt32(input[i + 2] & 0x3F) << 6) | UInt32(input[i + 3] & 0x3F)
        }
        return (value, width)
    }

    @inline(__always)
    func peek() -> UInt32 {
        if pos >= count { return Lexer.eof }
        let b = input[pos]
        if b < 0x80 { return UInt32(b) }
        return decode(at: pos).0
    }

    /// Steps back one code point.
    @inline(__always)
    mutating func backup() {
        guard !atEOF, pos > 0 else { return }
        if input[pos - 1] < 0x80 {
            pos -= 1
            if input[pos] == 0x0A { line -= 1 }
            return
        }
        var i = pos - 1
        while i > 0 && input[i] & 0xC0 == 0x80 { i -= 1 }
        if input[i] == 0x0A { line -= 1 }
        pos = i
    }

    mutating func emit(_ kind: TokenKind) {
        tokens.append(Token(kind: kind, start: start, end: pos, line: startLine))
        start = pos
        startLine = line
    }

    mutating func ignore() {
        line += countNewlines(start, pos)
        start = pos
        startLine = line
    }

    /// The offset of the next `{{` at or after `from`, found with `memchr` for `{`.
    func leftDelimOffset(from: Int) -> Int? {
        guard let base = input.baseAddress else { return nil }
        var x = from
        while x + 1 < count {
            guard let hit = memchr(base + x, Int32(UInt8(ascii: "{")), count - 1 - x) else { return nil }
            x = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if input[x + 1] == UInt8(ascii: "{") { return x }
            x += 1
        }
        return nil
    }

    func countNewlines(_ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to { if input[i] == 0x0A { n += 1 }; i += 1 }
        return n
    }

    /// Consumes the next character if it is one of the ASCII characters `valid`.
    mutating func accept(_ valid: StaticString) -> Bool {
        let r = next()
        if r < 0x80 && Lexer.holds(valid, UInt8(r)) { return true }
        backup()
        return false
    }

    /// Consumes a run of the ASCII characters `valid`.
    mutating func acceptRun(_ valid: StaticString) {
        while true {
            let r = next()
            if r < 0x80 && Lexer.holds(valid, UInt8(r)) { continue }
            break
        }
        backup()
    }

    /// Whether the ASCII string `set` holds the byte `b`.
    static func holds(_ set: StaticString, _ b: UInt8) -> Bool {
        let p = set.utf8Start
        var k = 0
        while k < set.utf8CodeUnitCount {
            if p[k] == b { return true }
            k += 1
        }
        return false
    }

    mutating func errorf(_ message: String) -> State {
        tokens.append(Token(kind: .error, start: start, end: pos, line: startLine))
        errorMessage = message
        return .done
    }

    /// Whether the input holds the two bytes `b0 b1` at `i` (all of Go's delimiters and
    /// comment markers are two bytes long).
    @inline(__always)
    func hasPair(_ b0: UInt8, _ b1: UInt8, at i: Int) -> Bool {
        i >= 0 && i + 1 < count && input[i] == b0 && input[i + 1] == b1
    }

    /// Whether `}}` is at `i`.
    @inline(__always)
    func hasRightDelim(at i: Int) -> Bool { hasPair(UInt8(ascii: "}"), UInt8(ascii: "}"), at: i) }

    /// ASCII letters, digits and `_`: the bytes of a word that need no decoding.
    @inline(__always)
    static func isASCIIWord(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    static func isSpace(_ r: UInt32) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }

    func hasLeftTrimMarker(at i: Int) -> Bool {
        i + 1 < count && input[i] == UInt8(ascii: "-") && Lexer.isSpace(input[i + 1])
    }

    func hasRightTrimMarker(at i: Int) -> Bool {
        i >= 0 && i + 1 < count && Lexer.isSpace(input[i]) && input[i + 1] == UInt8(ascii: "-")
    }

    static func isAlphaNumeric(_ r: UInt32) -> Bool {
        if r == UInt32(UInt8(ascii: "_")) { return true }
        if r < 0x80 {
            let b = UInt8(r)
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard r != eof, let s = Unicode.Scalar(r) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    // MARK: States

    /// Scans until an opening action delimiter.
    mutating func lexText() -> State {
        if let x = leftDelimOffset(from: pos) {
            pos = x
            var trimLength = 0
            if hasLeftTrimMarker(at: pos + 2) {
                var j = pos
                while j > start && Lexer.isSpace(input[j - 1]) { j -= 1 }
                trimLength = pos - j
            }
            pos -= trimLength
            if pos > start {
                line += countNewlines(start, pos)
                emit(.text)
            }
            pos += trimLength
            ignore()
            return .leftDelim
        }
        pos = count
        if pos > start {
            line += countNewlines(start, pos)
            emit(.text)
        }
        emit(.eof)
        return .done
    }

    /// Scans the left delimiter, known to be present.
    mutating func lexLeftDelim() -> State {
        pos += 2
        let trimSpace = hasLeftTrimMarker(at: pos)
        let afterMarker = trimSpace ? 2 : 0
        if hasPair(UInt8(ascii: "/"), UInt8(ascii: "*"), at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            return .comment
        }
        emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        return .insideAction
    }

    /// Scans a comment; the left comment marker is known to be present.
    mutating func lexComment() -> State {
        pos += 2
        var i = pos
        var found = false
        while i + 1 < count {
            if input[i] == UInt8(ascii: "*") && input[i + 1] == UInt8(ascii: "/") { found = true; break }
            i += 1
        }
        if !found { return errorf("unclosed comment") }
        pos = i + 2
        let (delim, trimSpace) = atRightDelim()
        if !delim { return errorf("comment ends before closing delimiter") }
        if trimSpace { pos += 2 }
        pos += 2
        if trimSpace { while pos < count && Lexer.isSpace(input[pos]) { pos += 1 } }
        ignore()
        return .text
    }

    @inline(__always)
    func atRightDelim() -> (Bool, Bool) {
        if hasRightTrimMarker(at: pos) && hasRightDelim(at: pos + 2) { return (true, true) }
        if hasRightDelim(at: pos) { return (true, false) }
        return (false, false)
    }

    /// Scans the right delimiter, known to be present, possibly with a trim marker.
    mutating func lexRightDelim() -> State {
        let trimSpace = hasRightTrimMarker(at: pos)
        if trimSpace {
            pos += 2
            ignore()
        }
        pos += 2
        emit(.rightDelim)
        if trimSpace {
            while pos < count && Lexer.isSpace(input[pos]) { pos += 1 }
            ignore()
        }
        return .text
    }

    /// Scans the elements inside action delimiters.
    mutating func lexInsideAction() -> State {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 { return .rightDelim }
            return errorf("unclosed left paren")
        }
        let r = next()
        switch r {
        case Lexer.eof:
            return errorf("unclosed action")
        case 0x20, 0x09, 0x0D, 0x0A:
            backup()
            return .space
        case UInt32(UInt8(ascii: "=")):
            emit(.assign)
        case UInt32(UInt8(ascii: ":")):
            if next() != UInt32(UInt8(ascii: "=")) { return errorf("expected :=") }
            emit(.declare)
        case UInt32(UInt8(ascii: "|")):
            emit(.pipe)
        case UInt32(UInt8(ascii: "\"")):
            return .quote
        case UInt32(UInt8(ascii: "`")):
            return .rawQuote
        case UInt32(UInt8(ascii: "$")):
            return .variable
        case UInt32(UInt8(ascii: "'")):
            return .char
        case UInt32(UInt8(ascii: ".")):
            if pos < count {
                let c = input[pos]
                if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") { return .field }
            }
            backup()
            return .number
        case UInt32(UInt8(ascii: "+")), UInt32(UInt8(ascii: "-")), 0x30...0x39:
            backup()
            return .number
        case UInt32(UInt8(ascii: "(")):
            emit(.leftParen)
            parenDepth += 1
        case UInt32(UInt8(ascii: ")")):
            parenDepth -= 1
            if parenDepth < 0 { return errorf("unexpected right paren") }
            emit(.rightParen)
        default:
            if Lexer.isAlphaNumeric(r) {
                backup()
                return .identifier
            }
            if r < 0x80 && r >= 0x20 && r < 0x7F {
                emit(.char)
            } else {
                return errorf("unrecognized character in action: \(Lexer.describeRune(r))")
            }
        }
        return .insideAction
    }

    /// Go's `%#U` rendering of a rune: `U+0001` or `U+00E9 'é'`.
    static func describeRune(_ r: UInt32) -> String {
        var hex = String(r, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        if let s = Unicode.Scalar(r), r >= 0x20, r != 0x7F, !(r >= 0x80 && r < 0xA0) {
            return "U+\(hex) '\(Character(s))'"
        }
        return "U+\(hex)"
    }

    /// Scans a run of space characters; one space has already been seen.
    mutating func lexSpace() -> State {
        var numSpaces = 0
        while pos < count && Lexer.isSpace(input[pos]) {
            if input[pos] == 0x0A { line += 1 }
            pos += 1
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && hasRightDelim(at: pos - 1 + 2) {
            backup()
            if numSpaces == 1 { return .rightDelim }
        }
        emit(.space)
        return .insideAction
    }

    /// Scans an alphanumeric word.
    mutating func lexIdentifier() -> State {
        let r = scanWord()
        if !atTerminator() { return errorf("bad character \(Lexer.describeRune(r))") }
        // A word never starts with `.`, so it is a keyword, a bool or an identifier.
        if let kw = keyword(start, pos) {
            if (kw == .break && !breakOK) || (kw == .continue && !continueOK) {
                emit(.identifier)
            } else {
                emit(kw)
            }
        } else {
            emit(.identifier)
        }
        return .insideAction
    }

    /// Consumes alphanumeric characters, returning the first one that is not (left unread):
    /// ASCII bytes are stepped over directly, other characters decoded.
    mutating func scanWord() -> UInt32 {
        var r: UInt32
        while true {
            while pos < count && Lexer.isASCIIWord(input[pos]) { pos += 1 }
            // An ASCII byte that stopped the run is not alphanumeric: no decoding needed.
            let asciiStop = pos < count && input[pos] < 0x80
            r = next()
            if asciiStop || !Lexer.isAlphaNumeric(r) { break }
        }
        backup()
        return r
    }

    mutating func lexVariable() -> State {
        if atTerminator() {
            emit(.variable)
            return .insideAction
        }
        return lexFieldOrVariable(.variable)
    }

    /// Scans a field or variable: `.Alphanumeric` or `$Alphanumeric`; the first character is consumed.
    mutating func lexFieldOrVariable(_ kind: TokenKind) -> State {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        let r = scanWord()
        if !atTerminator() { return errorf("bad character \(Lexer.describeRune(r))") }
        emit(kind)
        return .insideAction
    }

    /// Whether the next character can follow an identifier or field.
    func atTerminator() -> Bool {
        let r = peek()
        if Lexer.isSpace(r) { return true }
        switch r {
        case Lexer.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true  // . , | : ) (
        default: return hasRightDelim(at: pos)
        }
    }

    mutating func lexChar() -> State {
        while true {
            let r = next()
            if r == UInt32(UInt8(ascii: "\\")) {
                let e = next()
                if e != Lexer.eof && e != 0x0A { continue }
                return errorf("unterminated character constant")
            }
            if r == Lexer.eof || r == 0x0A { return errorf("unterminated character constant") }
            if r == UInt32(UInt8(ascii: "'")) { break }
        }
        emit(.charConstant)
        return .insideAction
    }

    mutating func lexNumber() -> State {
        if !scanNumber() {
            return errorf("bad number syntax: \(Strconv.quote(String(decoding: input[start..<pos], as: UTF8.self)))")
        }
        let sign = peek()
        if sign == UInt32(UInt8(ascii: "+")) || sign == UInt32(UInt8(ascii: "-")) {
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return errorf("bad number syntax: \(Strconv.quote(String(decoding: input[start..<pos], as: UTF8.self)))")
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        return .insideAction
    }

    mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits: StaticString = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.utf8CodeUnitCount == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.utf8CodeUnitCount == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Lexer.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }

    mutating func lexQuote() -> State {
        while true {
            // ASCII bytes other than `\`, `"` and newline are consumed as `next` would.
            while pos < count && Lexer.isPlainQuotedByte(input[pos]) { pos += 1 }
            let r = next()
            if r == UInt32(UInt8(ascii: "\\")) {
                let e = next()
                if e != Lexer.eof && e != 0x0A { continue }
                return errorf("unterminated quoted string")
            }
            if r == Lexer.eof || r == 0x0A { return errorf("unterminated quoted string") }
            if r == UInt32(UInt8(ascii: "\"")) { break }
        }
        emit(.string)
        return .insideAction
    }

    /// Whether a byte inside a quoted string needs no look: ASCII, not an escape, quote or newline.
    @inline(__always)
    static func isPlainQuotedByte(_ b: UInt8) -> Bool {
        b < 0x80 && b != UInt8(ascii: "\\") && b != UInt8(ascii: "\"") && b != 0x0A
    }

    mutating func lexRawQuote() -> State {
        while true {
            let r = next()
            if r == Lexer.eof { return errorf("unterminated raw quoted string") }
            if r == UInt32(UInt8(ascii: "`")) { break }
        }
        emit(.rawString)
        return .insideAction
    }
}
