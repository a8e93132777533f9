import GoRuntime

/// Go's classic `encoding/json` scanner (scanner.go of Go 1.23, helm v3's Go): the syntax
/// check `Unmarshal` runs before decoding, with its error texts. The state machine's steps are
/// followed byte by byte; at the end of input it steps a space, as `scanner.eof` does, so a
/// cut-off literal reads `invalid character ' ' in literal true (expecting 'e')`.
struct GoJSONClassicScanner {
    private let b: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var depth = 0

    private struct Failure: Error {
        let message: String
    }

    private static let maxNestingDepth = 10000

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// Go's `SyntaxError` text for invalid input, nil when the text is valid JSON.
    static func check(_ data: UnsafeBufferPointer<UInt8>) -> GoJSONError? {
        var scanner = GoJSONClassicScanner(data)
        do {
            try scanner.value()
            scanner.skipSpace()
            if scanner.pos < data.count { throw scanner.invalid(data[scanner.pos], "after top-level value") }
            return nil
        } catch let failure as Failure {
            return GoJSONError(failure.message)
        } catch {
            return GoJSONError("unexpected end of JSON input")
        }
    }

    /// The byte at `pos`, or the space `scanner.eof` steps at the end.
    private var current: UInt8 { pos < b.count ? b[pos] : 0x20 }
    private var atEnd: Bool { pos >= b.count }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private mutating func skipSpace() {
        while pos < b.count, Self.isSpace(b[pos]) { pos += 1 }
    }

    /// `quoteChar`: the byte as a one-character Go string literal in single quotes.
    private static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoQuote.quote(String(Unicode.Scalar(c)))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }

    private func invalid(_ c: UInt8, _ context: String) -> Failure {
        Failure(message: "invalid character " + Self.quoteChar(c) + " " + context)
    }

    /// Input that ends where the space `scanner.eof` steps is still valid: Go's
    /// `unexpected end of JSON input`.
    private var truncated: Failure { Failure(message: "unexpected end of JSON input") }

    private mutating func value() throws {
        skipSpace()
        if atEnd { throw truncated }
        let c = b[pos]
        switch c {
        case UInt8(ascii: "{"):
            try push(c)
            pos += 1
            try object()
        case UInt8(ascii: "["):
            try push(c)
            pos += 1
            try array()
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            throw invalid(c, "looking for beginning of value")
        }
    }

    private mutating func push(_ c: UInt8) throws {
        depth += 1
        if depth > Self.maxNestingDepth { throw invalid(c, "exceeded max depth") }
    }

    private mutating func object() throws {
        skipSpace()
        if atEnd { throw truncated }
        if b[pos] == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return
        }
        while true {
            skipSpace()
            if atEnd { throw truncated }
            guard b[pos] == UInt8(ascii: "\"") else { throw invalid(b[pos], "looking for beginning of object key string") }
            try string()
            skipSpace()
            if atEnd { throw truncated }
            guard b[pos] == UInt8(ascii: ":") else { throw invalid(b[pos], "after object key") }
            pos += 1
            try value()
            skipSpace()
            if atEnd { throw truncated }
            switch b[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                depth -= 1
                return
            default: throw invalid(b[pos], "after object key:value pair")
            }
        }
    }

    private mutating func array() throws {
        skipSpace()
        if atEnd { throw truncated }
        if b[pos] == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return
        }
        while true {
            try value()
            skipSpace()
            if atEnd { throw truncated }
            switch b[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                depth -= 1
                return
            default: throw invalid(b[pos], "after array element")
            }
        }
    }

    private mutating func string() throws {
        pos += 1
        while true {
            if atEnd { throw truncated }
            let c = b[pos]
            pos += 1
            if c == UInt8(ascii: "\"") { return }
            if c < 0x20 { throw invalid(c, "in string literal") }
            guard c == UInt8(ascii: "\\") else { continue }
            // At the end of input the space stepped is an invalid escape.
            let e = current
            switch e {
            case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"),
                 UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "\""):
                pos += 1
            case UInt8(ascii: "u"):
                pos += 1
                for _ in 0..<4 {
                    let h = current
                    let hex = (h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66) || (h >= 0x41 && h <= 0x46)
                    if !hex { throw invalid(h, "in \\u hexadecimal character escape") }
                    pos += 1
                }
            default:
                throw invalid(e, "in string escape code")
            }
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// stateNeg → state0/state1 → stateDot/stateDot0 → stateE/stateESign/stateE0; the byte
    /// after a number is left to the caller (`stateEndValue`).
    private mutating func number() throws {
        if b[pos] == UInt8(ascii: "-") {
            pos += 1
            guard Self.isDigit(current) else { throw invalid(current, "in numeric literal") }
        }
        if b[pos] == UInt8(ascii: "0") {
            pos += 1
        } else {
            while !atEnd, Self.isDigit(b[pos]) { pos += 1 }
        }
        if !atEnd, b[pos] == UInt8(ascii: ".") {
            pos += 1
            guard Self.isDigit(current) else { throw invalid(current, "after decimal point in numeric literal") }
            while !atEnd, Self.isDigit(b[pos]) { pos += 1 }
        }
        if !atEnd, b[pos] == UInt8(ascii: "e") || b[pos] == UInt8(ascii: "E") {
            pos += 1
            if !atEnd, b[pos] == UInt8(ascii: "+") || b[pos] == UInt8(ascii: "-") { pos += 1 }
            guard Self.isDigit(current) else { throw invalid(current, "in exponent of numeric literal") }
            while !atEnd, Self.isDigit(b[pos]) { pos += 1 }
        }
    }

    private mutating func literal(_ word: String) throws {
        let letters = Array(word.utf8)
        pos += 1
        for expected in letters.dropFirst() {
            let c = current
            guard c == expected else {
                throw invalid(c, "in literal \(word) (expecting " + Self.quoteChar(expected) + ")")
            }
            pos += 1
        }
    }
}
