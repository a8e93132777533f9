/// The flags of one formatting directive (Go's `fmtFlags`).
struct FormatFlags {
    var widPresent = false
    var precPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v`: set instead of `plus` for the `v` verb.
    var plusV = false
    /// `%#v`: set instead of `sharp` for the `v` verb.
    var sharpV = false
}

/// Go's `fmt` printer state (`pp` and `fmt` merged): formats values into a UTF-8 byte buffer.
///
/// The methods mirror Go's names and logic so that the output matches byte for byte:
/// Printer+Value.swift (`printArg`/`printValue`), Printer+Integer.swift, Printer+Float.swift,
/// Printer+Text.swift (strings and padding), Sprintf.swift (`doPrintf`).
struct Printer {
    var buf: [UInt8] = []
    var flags = FormatFlags()
    var wid = 0
    var prec = 0

    init(capacity: Int = 32) {
        buf.reserveCapacity(capacity)
    }

    /// The output so far.
    var string: String { String(decoding: buf, as: UTF8.self) }

    mutating func clearFlags() {
        flags = FormatFlags()
    }

    @inline(__always)
    mutating func writeByte(_ b: UInt8) {
        buf.append(b)
    }

    @inline(__always)
    mutating func writeString(_ s: String) {
        buf.append(contentsOf: s.utf8)
    }

    mutating func writeStatic(_ s: StaticString) {
        s.withUTF8Buffer { buf.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 encoding of a rune (a verb, which may be any code point).
    mutating func writeRune(_ r: UInt32) {
        if r > 0x10FFFF || (0xD800...0xDFFF).contains(r) {
            GoQuote.appendUTF8(&buf, 0xFFFD)
        } else {
            GoQuote.appendUTF8(&buf, r)
        }
    }
}

/// Go's `utf8.RuneCount` for valid UTF-8: the number of non-continuation bytes.
@inline(__always)
func runeCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
}
