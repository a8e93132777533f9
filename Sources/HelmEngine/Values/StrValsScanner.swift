import GoRuntime

/// The rune reader the strvals parsers consume: Go's `bytes.Buffer` with `ReadRune` and
/// `UnreadRune`, over the Unicode scalars of the argument.
struct StrValsScanner {
    private let runes: [Unicode.Scalar]
    private(set) var position = 0

    init(_ text: String) {
        runes = Array(text.unicodeScalars)
    }

    /// The next rune, or nil at the end (Go's `io.EOF`).
    mutating func read() -> Unicode.Scalar? {
        guard position < runes.count else { return nil }
        defer { position += 1 }
        return runes[position]
    }

    /// Steps back over the rune just read.
    mutating func unread() {
        if position > 0 { position -= 1 }
    }

    /// What is left to read (Go's `Buffer.String()`).
    var remaining: String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: runes[position...])
        return String(out)
    }

    /// Skips `count` runes (Go's `io.CopyN(io.Discard, ...)`).
    mutating func skip(_ count: Int) {
        position = min(runes.count, position + count)
    }

    /// `runesUntil`: runes up to a stop rune, a backslash taking the next rune literally.
    /// Returns the runes, the stop rune, and whether the input ended first (`io.EOF`).
    mutating func runesUntil(_ stop: Set<Unicode.Scalar>, escapes: Bool = true)
        -> (runes: [Unicode.Scalar], last: Unicode.Scalar?, eof: Bool)
    {
        var value: [Unicode.Scalar] = []
        while true {
            guard let r = read() else { return (value, nil, true) }
            if stop.contains(r) { return (value, r, false) }
            if escapes && r == "\\" {
                guard let next = read() else { return (value, nil, true) }
                value.append(next)
            } else {
                value.append(r)
            }
        }
    }

    /// `emptyVal`: skips spaces; true when a comma (consumed) or the end follows, false
    /// (nothing more consumed) when any other rune does.
    mutating func emptyValue() -> Bool {
        while true {
            guard let r = read() else { return true }
            if r == "," { return true }
            if !StrValsText.isSpace(r) {
                unread()
                return false
            }
        }
    }
}

/// Small text helpers shared by the strvals parsers.
enum StrValsText {
    static func string(_ runes: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: runes)
        return String(view)
    }

    /// Go's `unicode.IsSpace`.
    static func isSpace(_ r: Unicode.Scalar) -> Bool {
        switch r.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Go's `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && isSpace(scalars[start]) { start += 1 }
        while end > start && isSpace(scalars[end - 1]) { end -= 1 }
        return string(Array(scalars[start..<end]))
    }

    /// `fmt.Sprintf("%q", runes)` for a `[]rune`: each rune quoted, Go slice brackets.
    static func quoteRunes(_ runes: [Unicode.Scalar]) -> String {
        "[" + runes.map { Strconv.quoteRune($0.value) }.joined(separator: " ") + "]"
    }
}
