import GoRuntime

/// The lexer of BurntSushi/toml v1.6.0 (`lex.go`, TOML 1.1 features on), ported state for state
/// so that tokens and error messages match helm's `fromToml`; `release` selects v1.4.0's
/// differences (helm v3).
///
/// Lexing stops at the first error; the parser reports it when it reaches that item, with the
/// key context it has then, as Go's channel-fed parser does.
struct TOMLScanner {
    enum ItemType {
        case error, eof, text, string, rawString, multilineString, rawMultilineString
        case bool, integer, float, datetime, array, arrayEnd
        case tableStart, tableEnd, arrayTableStart, arrayTableEnd, keyStart, keyEnd
        case commentStart, inlineTableStart, inlineTableEnd
    }

    /// One token: its type, text and line (Go's `Position.Line`, from the lexer's line counter).
    struct Item {
        var type: ItemType
        var val: String
        var line: Int
    }

    /// A lexer state (Go's `stateFn`).
    enum State {
        case top, topEnd, tableStart, tableEnd, arrayTableEnd, tableNameStart, tableNameEnd
        case bareName, quotedName, keyStart, keyNameStart, keyEnd, value
        case arrayValue, arrayValueEnd, arrayEnd, inlineTableValue, inlineTableValueEnd, inlineTableEnd
        case string, multilineString, rawString, multilineRawString, multilineStringEscape
        case stringEscape, hexEscape, shortUnicodeEscape, longUnicodeEscape
        case numberOrDateStart, numberOrDate, datetime, hexInteger, octalInteger, binaryInteger
        case decimalNumber, decimalNumberStart, baseNumberOrDate, float, bool
        case commentStart, comment
    }

    static let eof: UInt32 = 0
    static let runeError: UInt32 = 0xFFFD

    let input: [UInt8]
    let release: TOMLRelease
    var start = 0
    var pos = 0
    var line = 1
    var prevWidths = [0, 0, 0, 0]
    var nprev = 0
    var atEOF = false
    var stack: [State] = []
    var items: [Item] = []
    var failed = false

    init(_ input: [UInt8], release: TOMLRelease = .v1_6) {
        self.input = input
        self.release = release
    }

    /// Lexes the whole input into items, ending with an EOF or error item.
    static func scan(_ input: [UInt8], release: TOMLRelease = .v1_6) -> [Item] {
        var lx = TOMLScanner(input, release: release)
        var state: State? = .top
        while let s = state, !lx.failed {
            state = lx.step(s)
        }
        if !lx.failed && lx.items.last?.type != .eof { lx.items.append(Item(type: .eof, val: "", line: lx.line)) }
        return lx.items
    }

    // MARK: - Primitives (lex.go `next`, `backup`, `emit`, ...)

    var current: String { String(decoding: input[min(start, pos)..<pos], as: UTF8.self) }

    mutating func push(_ s: State) { stack.append(s) }

    mutating func pop() -> State? {
        guard let last = stack.popLast() else { return errorf("BUG in lexer: no states to pop") }
        return last
    }

    mutating func emit(_ type: ItemType) {
        guard !failed else { return }
        if start > pos {
            _ = error("invalid UTF-8 byte: " + TOMLScanner.hexByte(pos < input.count ? input[pos] : 0))
            return
        }
        items.append(Item(type: type, val: current, line: line))
        start = pos
    }

    mutating func emitTrim(_ type: ItemType) {
        guard !failed else { return }
        items.append(Item(type: type, val: TOMLScanner.trimSpace(current), line: line))
        start = pos
    }

    mutating func next() -> UInt32 {
        if atEOF { failed = true; return TOMLScanner.eof }
        if pos >= input.count {
            atEOF = true
            return TOMLScanner.eof
        }
        if input[pos] == 10 { line += 1 }
        prevWidths[3] = prevWidths[2]
        prevWidths[2] = prevWidths[1]
        prevWidths[1] = prevWidths[0]
        if nprev < 4 { nprev += 1 }
        let (r, w) = TOMLScanner.decodeRune(input, pos)
        if r == TOMLScanner.runeError {
            _ = error("invalid UTF-8 byte: " + TOMLScanner.hexByte(input[pos]))
            return TOMLScanner.runeError
        }
        if TOMLScanner.isControl(r)
            || (r == 13 && (input.count - 1 == pos || input[pos + 1] != 10)) {
            _ = errorAt(line, "TOML files cannot contain control characters: " + TOMLScanner.hexRune(r))
            return TOMLScanner.runeError
        }
        prevWidths[0] = w
        pos += w
        return r
    }

    mutating func ignore() { start = pos }

    mutating func backup() {
        if atEOF {
            atEOF = false
            return
        }
        guard nprev >= 1 else { failed = true; return }
        let w = prevWidths[0]
        prevWidths[0] = prevWidths[1]
        prevWidths[1] = prevWidths[2]
        prevWidths[2] = prevWidths[3]
        nprev -= 1
        pos -= w
        if pos < input.count && input[pos] == 10 { line -= 1 }
    }

    mutating func accept(_ valid: UInt32) -> Bool {
        if next() == valid { return true }
        backup()
        return false
    }

    mutating func peek() -> UInt32 {
        let r = next()
        backup()
        return r
    }

    mutating func skip(_ pred: (UInt32) -> Bool) {
        while true {
            let r = next()
            if pred(r) && !failed { continue }
            backup()
            ignore()
            return
        }
    }

    mutating func error(_ message: String) -> State? {
        if atEOF { return errorPrevLine(message) }
        return errorAt(line, message)
    }

    /// An error reported on the line before the counter's (after a consumed newline).
    mutating func errorPrevLine(_ message: String) -> State? {
        errorAt(line - 1, message)
    }

    mutating func errorAt(_ line: Int, _ message: String) -> State? {
        guard !failed else { return nil }
        items.append(Item(type: .error, val: message, line: line))
        failed = true
        return nil
    }

    /// An error; at EOF it is reported on the line before (v1.6.0: only right after a newline,
    /// on the newline's line).
    mutating func errorf(_ message: String) -> State? {
        if atEOF && (!release.eofErrorsAfterNewlineOnly || (pos > 0 && input[pos - 1] == 10)) {
            return errorPrevLine(message)
        }
        return errorAt(line, message)
    }

    // MARK: - Character classes

    static func isWhitespace(_ r: UInt32) -> Bool { r == 9 || r == 32 }
    static func isNL(_ r: UInt32) -> Bool { r == 10 || r == 13 }
    static func isControl(_ r: UInt32) -> Bool {
        switch r {
        case 9, 10, 13: return false
        default: return r <= 0x1f || r == 0x7f
        }
    }
    static func isDigit(_ r: UInt32) -> Bool { r >= 48 && r <= 57 }
    static func isBinary(_ r: UInt32) -> Bool { r == 48 || r == 49 }
    static func isOctal(_ r: UInt32) -> Bool { r >= 48 && r <= 55 }
    static func isHex(_ r: UInt32) -> Bool { isDigit(r) || (r | 0x20 >= 97 && r | 0x20 <= 102) }
    static func isBareKeyChar(_ r: UInt32) -> Bool {
        (r >= 65 && r <= 90) || (r >= 97 && r <= 122) || isDigit(r) || r == 95 || r == 45
    }
    static func isLetter(_ r: UInt32) -> Bool {
        if r < 0x80 { return (r >= 65 && r <= 90) || (r >= 97 && r <= 122) }
        guard let s = Unicode.Scalar(r) else { return false }
        return s.properties.isAlphabetic && s.properties.generalCategory.isLetterCategory
    }

    // MARK: - Helpers

    /// Decodes one rune as Go's `utf8.DecodeRune` (invalid or surrogate → RuneError, width 1).
    static func decodeRune(_ b: [UInt8], _ i: Int) -> (UInt32, Int) {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < b.count, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(1) { return ((c0 & 0x1F) << 6 | c1, 2) }
        if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
            let r = (c0 & 0x0F) << 12 | c1 << 6 | c2
            if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (r, 3) }
        }
        if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let r = (c0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (r, 4) }
        }
        return (runeError, 1)
    }

    static func hexByte(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return "0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
    }

    static func hexRune(_ r: UInt32) -> String { "'" + hexByte(UInt8(truncatingIfNeeded: r)) + "'" }

    static func trimSpace(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Go's `%q` of a rune.
    static func quoteRune(_ r: UInt32) -> String { Strconv.quoteRune(r) }

    /// Go's `runeOrEOF`.
    static func runeOrEOF(_ r: UInt32) -> String {
        if r == eof { return "end of file" }
        return "'" + String(Unicode.Scalar(r).map(Character.init) ?? "\u{FFFD}") + "'"
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isLetterCategory: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
