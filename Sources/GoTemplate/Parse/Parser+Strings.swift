import GoRuntime

extension Parser {
    /// The value of a string token that needs no unquoting, read from the source bytes:
    /// a raw string without carriage returns, or a double-quoted one without escapes (Go's
    /// `strconv.Unquote` fast path). Nil when `Strconv.unquote` must decode it. The lexer
    /// ended the token at its closing quote, and the source is valid UTF-8 (it came from
    /// a String), so the body is the value as is.
    func plainStringValue(_ t: Token) -> String? {
        source.bytes.withUnsafeBufferPointer { bytes -> String? in
            guard t.end - t.start >= 2 else { return nil }
            let quote = bytes[t.start]
            guard bytes[t.end - 1] == quote else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[(t.start + 1)..<(t.end - 1)])
            if quote == UInt8(ascii: "`") {
                if body.contains(0x0D) || body.contains(UInt8(ascii: "`")) { return nil }
            } else if quote == UInt8(ascii: "\"") {
                if body.contains(where: { $0 == UInt8(ascii: "\\") || $0 == quote || $0 == 0x0A }) { return nil }
            } else {
                return nil
            }
            return String(decoding: body, as: UTF8.self)
        }
    }
}

extension Parser {
    /// The value of a string or raw string token (Go's `strconv.Unquote`).
    func stringValue(_ t: Token) throws -> String {
        if let plain = plainStringValue(t) { return plain }
        return try Strconv.unquote(text(t))
    }
}
