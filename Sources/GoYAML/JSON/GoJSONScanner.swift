import GoRuntime

/// Go's `encoding/json` syntax check as helm's Go (1.27) runs it: `checkValid` in
/// v2_scanner.go, which validates with `jsontext` (consumeValue/consumeObject/consumeArray,
/// jsonwire ConsumeString/ConsumeNumber/ConsumeLiteral) and rewrites the error text to v1's
/// wording (`transformSyntacticError`).
///
/// Truncated input is `unexpected end of JSON input`; other errors read
/// `invalid character 'x' looking for beginning of value`, `... after object key`,
/// `... in numeric literal`, `invalid escape sequence \`\q\` in string`, ...
struct GoJSONScanner {
    private let b: UnsafeBufferPointer<UInt8>

    private enum Failure: Error {
        case eof
        case message(String)
    }

    private static let maxNestingDepth = 10000

    private init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
    }

    /// Returns Go's `SyntaxError` text for invalid input, nil when the text is valid JSON.
    static func check(_ data: UnsafeBufferPointer<UInt8>) -> GoJSONError? {
        let scanner = GoJSONScanner(data)
        do {
            var pos = scanner.skipSpace(0)
            if pos >= data.count { throw Failure.eof }
            pos = try scanner.consumeValue(pos, depth: 1)
            pos = scanner.skipSpace(pos)
            if pos < data.count { throw scanner.invalidCharacter(pos, "after top-level value") }
            return nil
        } catch Failure.eof {
            return GoJSONError("unexpected end of JSON input")
        } catch Failure.message(let text) {
            return GoJSONError(transform(text))
        } catch {
            return GoJSONError("unexpected end of JSON input")
        }
    }

    /// v2_scanner.go `transformSyntacticError`: drops `(expecting ...)` except for literals and
    /// renames v2 terms to v1's.
    private static func transform(_ message: String) -> String {
        var msg = message
        if let range = msg.firstRange(of: " (expecting"), !msg.contains(" in literal") {
            msg = String(msg[..<range.lowerBound])
        }
        let replacements = [
            ("object name", "object key"),
            ("at start of value", "looking for beginning of value"),
            ("at start of string", "looking for beginning of object key string"),
            ("after object value", "after object key:value pair"),
            ("in number", "in numeric literal"),
        ]
        for (from, to) in replacements {
            if let range = msg.firstRange(of: from) { msg.replaceSubrange(range, with: to) }
        }
        return msg
    }

    private func skipSpace(_ start: Int) -> Int {
        var pos = start
        while pos < b.count {
            let c = b[pos]
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { pos += 1 } else { break }
        }
        return pos
    }

    /// jsonwire `NewInvalidCharacterError`: the first rune of the rest, quoted.
    private func invalidCharacter(_ pos: Int, _ where_: String) -> Failure {
        .message("invalid character " + Self.quoteRune(b, pos) + " " + where_)
    }

    /// jsonwire `QuoteRune`.
    static func quoteRune(_ b: UnsafeBufferPointer<UInt8>, _ pos: Int) -> String {
        let bytes = Array(b[pos..<min(pos + 4, b.count)])
        if let (scalar, _) = GoUTF8.decode(bytes, at: 0) {
            return GoQuote.quoteRune(UInt64(scalar.value))
        }
        return "'\\x" + String(b[pos], radix: 16) + "'"
    }

    /// jsonwire `NewInvalidEscapeSequenceError` / `InvalidTextError.Error`.
    private func invalidEscape(_ start: Int, _ end: Int) -> Failure {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<min(end, b.count)]), as: UTF8.self)
        let label = end - start > 6 ? "surrogate pair" : "escape sequence"
        let what: String
        let needEscape = text.unicodeScalars.contains {
            $0 == "`" || $0 == "\u{FFFD}" || $0.properties.isWhitespace || !GoQuote.isPrint($0.value)
        }
        if text.unicodeScalars.count == 1 {
            what = GoQuote.quoteRune(UInt64(text.unicodeScalars.first?.value ?? 0xFFFD))
        } else if needEscape {
            what = GoQuote.quote(text)
        } else {
            what = "`" + text + "`"
        }
        return .message("invalid " + label + " " + what + " in string")
    }

    private func consumeValue(_ pos: Int, depth: Int) throws -> Int {
        guard pos < b.count else { throw Failure.eof }
        switch b[pos] {
        case UInt8(ascii: "n"): return try consumeLiteral(pos, "null")
        case UInt8(ascii: "t"): return try consumeLiteral(pos, "true")
        case UInt8(ascii: "f"): return try consumeLiteral(pos, "false")
        case UInt8(ascii: "\""): return try consumeString(pos)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try consumeNumber(pos)
        case UInt8(ascii: "{"): return try consumeObject(pos, depth: depth)
        case UInt8(ascii: "["): return try consumeArray(pos, depth: depth)
        default: throw invalidCharacter(pos, "at start of value")
        }
    }

    private func consumeLiteral(_ pos: Int, _ literal: String) throws -> Int {
        let lit = Array(literal.utf8)
        var i = 0
        while i < lit.count && pos + i < b.count {
            if b[pos + i] != lit[i] {
                throw invalidCharacter(pos + i, "in literal " + literal + " (expecting " + GoQuote.quoteRune(UInt64(lit[i])) + ")")
            }
            i += 1
        }
        if i < lit.count { throw Failure.eof }
        return pos + lit.count
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    /// jsonwire `hasEscapedUTF16Prefix` with `lowerSurrogateHalf` false.
    private func hasEscapedUTF16Prefix(_ start: Int) -> Bool {
        var i = 0
        while start + i < b.count {
            let c = b[start + i]
            if i == 0 && c != UInt8(ascii: "\\") { return false }
            if i == 1 && c != UInt8(ascii: "u") { return false }
            if i >= 2 && i < 6 && !Self.isHex(c) { return false }
            i += 1
        }
        return true
    }

    /// jsonwire `ConsumeStringResumable` without UTF-8 validation (checkValid allows invalid UTF-8).
    private func consumeString(_ start: Int) throws -> Int {
        var n = start + 1
        while n < b.count {
            let c = b[n]
            if c == UInt8(ascii: "\"") { return n + 1 }
            if c >= 0x80 {
                n += 1
                continue
            }
            if c == UInt8(ascii: "\\") {
                guard n + 1 < b.count else { throw Failure.eof }
                switch b[n + 1] {
                case UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    n += 2
                case UInt8(ascii: "u"):
                    if n + 6 > b.count {
                        if hasEscapedUTF16Prefix(n) { throw Failure.eof }
                        throw invalidEscape(n, b.count)
                    }
                    guard (2..<6).allSatisfy({ Self.isHex(b[n + $0]) }) else { throw invalidEscape(n, n + 6) }
                    n += 6
                default:
                    throw invalidEscape(n, n + 2)
                }
                continue
            }
            if c < 0x20 { throw invalidCharacter(n, "in string (expecting non-control character)") }
            n += 1
        }
        throw Failure.eof
    }

    /// jsonwire `ConsumeNumberResumable`.
    private func consumeNumber(_ start: Int) throws -> Int {
        var n = start
        if b[n] == UInt8(ascii: "-") { n += 1 }
        guard n < b.count else { throw Failure.eof }
        if b[n] == UInt8(ascii: "0") {
            n += 1
        } else if GoNumberSyntax.isDigit(b[n]) {
            while n < b.count && GoNumberSyntax.isDigit(b[n]) { n += 1 }
        } else {
            throw invalidCharacter(n, "in number (expecting digit)")
        }
        if n < b.count && b[n] == UInt8(ascii: ".") {
            n += 1
            guard n < b.count else { throw Failure.eof }
            guard GoNumberSyntax.isDigit(b[n]) else { throw invalidCharacter(n, "in number (expecting digit)") }
            while n < b.count && GoNumberSyntax.isDigit(b[n]) { n += 1 }
        }
        if n < b.count && (b[n] == UInt8(ascii: "e") || b[n] == UInt8(ascii: "E")) {
            n += 1
            if n < b.count && (b[n] == UInt8(ascii: "-") || b[n] == UInt8(ascii: "+")) { n += 1 }
            guard n < b.count else { throw Failure.eof }
            guard GoNumberSyntax.isDigit(b[n]) else { throw invalidCharacter(n, "in number (expecting digit)") }
            while n < b.count && GoNumberSyntax.isDigit(b[n]) { n += 1 }
        }
        return n
    }

    private func consumeObject(_ start: Int, depth: Int) throws -> Int {
        if depth == Self.maxNestingDepth + 1 { throw Failure.message("exceeded max depth") }
        var pos = skipSpace(start + 1)
        guard pos < b.count else { throw Failure.eof }
        if b[pos] == UInt8(ascii: "}") { return pos + 1 }
        while true {
            pos = skipSpace(pos)
            guard pos < b.count else { throw Failure.eof }
            guard b[pos] == UInt8(ascii: "\"") else {
                throw invalidCharacter(pos, "at start of string (expecting '\"')")
            }
            pos = try consumeString(pos)
            pos = skipSpace(pos)
            guard pos < b.count else { throw Failure.eof }
            guard b[pos] == UInt8(ascii: ":") else { throw invalidCharacter(pos, "after object name (expecting ':')") }
            pos = skipSpace(pos + 1)
            pos = try consumeValue(pos, depth: depth + 1)
            pos = skipSpace(pos)
            guard pos < b.count else { throw Failure.eof }
            switch b[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"): return pos + 1
            default: throw invalidCharacter(pos, "after object value (expecting ',' or '}')")
            }
        }
    }

    private func consumeArray(_ start: Int, depth: Int) throws -> Int {
        if depth == Self.maxNestingDepth + 1 { throw Failure.message("exceeded max depth") }
        var pos = skipSpace(start + 1)
        guard pos < b.count else { throw Failure.eof }
        if b[pos] == UInt8(ascii: "]") { return pos + 1 }
        while true {
            pos = skipSpace(pos)
            pos = try consumeValue(pos, depth: depth + 1)
            pos = skipSpace(pos)
            guard pos < b.count else { throw Failure.eof }
            switch b[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"): return pos + 1
            default: throw invalidCharacter(pos, "after array element (expecting ',' or ']')")
            }
        }
    }
}
