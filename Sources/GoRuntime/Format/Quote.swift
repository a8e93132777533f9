/// Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteRune`, `QuoteRuneToASCII` and
/// `CanBackquote`, as `%q` and Sprig's `quote` use them.
public enum GoQuote {
    /// `strconv.Quote`: a double-quoted Go string literal; non-printable runes are escaped.
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(&out, s, quote: UInt8(ascii: "\""), asciiOnly: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteToASCII`: like `quote`, but every non-ASCII rune is escaped too.
    public static func quoteASCII(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(&out, s, quote: UInt8(ascii: "\""), asciiOnly: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteRune`: a single-quoted Go character literal; invalid code points become U+FFFD.
    public static func quoteRune(_ r: UInt64, asciiOnly: Bool = false) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, r, asciiOnly: asciiOnly)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.CanBackquote`: whether the string can be written as a raw string literal
    /// (no control characters other than tab, no backquote, no BOM).
    public static func canBackquote(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            let r = scalar.value
            if r >= 0x80 {
                if r == 0xFEFF { return false }
                continue
            }
            if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
        }
        return true
    }

    /// Appends the quoted form of `s` (Go's `appendQuotedWith`).
    static func appendQuoted(_ out: inout [UInt8], _ s: String, quote: UInt8, asciiOnly: Bool) {
        out.reserveCapacity(out.count + s.utf8.count + 2)
        out.append(quote)
        for scalar in s.unicodeScalars {
            let r = scalar.value
            // Fast path: printable ASCII that needs no escape.
            if r >= 0x20 && r < 0x7F && r != UInt32(quote) && r != 0x5C {
                out.append(UInt8(truncatingIfNeeded: r))
                continue
            }
            if let byte = GoBytes.rawByte(scalar) {
                // A byte that is not UTF-8: Go writes \xNN.
                out.append(contentsOf: Array("\\x".utf8))
                out.append(contentsOf: Array(String(byte, radix: 16).utf8))
                continue
            }
            appendEscapedRune(&out, r, quote: quote, asciiOnly: asciiOnly)
        }
        out.append(quote)
    }

    /// Appends the single-quoted form of the rune (Go's `appendQuotedRuneWith`).
    static func appendQuotedRune(_ out: inout [UInt8], _ r: UInt64, asciiOnly: Bool) {
        let quote = UInt8(ascii: "'")
        out.append(quote)
        var rune = UInt32(truncatingIfNeeded: r)
        if r > 0x10FFFF || (0xD800...0xDFFF).contains(r) { rune = 0xFFFD }
        appendEscapedRune(&out, rune, quote: quote, asciiOnly: asciiOnly)
        out.append(quote)
    }

    /// Appends one rune, escaped as Go's `appendEscapedRune` does. `r` is a valid code point.
    static func appendEscapedRune(_ out: inout [UInt8], _ r: UInt32, quote: UInt8, asciiOnly: Bool) {
        if r == UInt32(quote) || r == 0x5C {
            out.append(0x5C)
            out.append(UInt8(truncatingIfNeeded: r))
            return
        }
        if asciiOnly {
            if r < 0x80 && GoQuote.isPrint(r) {
                out.append(UInt8(truncatingIfNeeded: r))
                return
            }
        } else if GoQuote.isPrint(r) {
            appendUTF8(&out, r)
            return
        }
        switch r {
        case 0x07: appendASCII(&out, "\\a")
        case 0x08: appendASCII(&out, "\\b")
        case 0x0C: appendASCII(&out, "\\f")
        case 0x0A: appendASCII(&out, "\\n")
        case 0x0D: appendASCII(&out, "\\r")
        case 0x09: appendASCII(&out, "\\t")
        case 0x0B: appendASCII(&out, "\\v")
        default:
            if r < 0x20 || r == 0x7F {
                appendASCII(&out, "\\x")
                appendHex(&out, r, digits: 2)
            } else if r < 0x10000 {
                appendASCII(&out, "\\u")
                appendHex(&out, r, digits: 4)
            } else {
                appendASCII(&out, "\\U")
                appendHex(&out, r, digits: 8)
            }
        }
    }

    /// Appends the UTF-8 encoding of a valid code point.
    static func appendUTF8(_ out: inout [UInt8], _ r: UInt32) {
        switch r {
        case 0..<0x80:
            out.append(UInt8(r))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (r >> 6)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (r >> 12)))
            out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        default:
            out.append(UInt8(0xF0 | ((r >> 18) & 0x07)))
            out.append(UInt8(0x80 | ((r >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        }
    }

    private static func appendASCII(_ out: inout [UInt8], _ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func appendHex(_ out: inout [UInt8], _ r: UInt32, digits: Int) {
        var shift = (digits - 1) * 4
        while shift >= 0 {
            let d = UInt8((r >> UInt32(shift)) & 0xF)
            out.append(d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10)
            shift -= 4
        }
    }
}
