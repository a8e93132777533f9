extension Printer {
    /// Writes `n` bytes of padding: zeros when the zero flag is set, spaces otherwise.
    mutating func writePadding(_ n: Int) {
        if n <= 0 { return }
        buf.append(contentsOf: repeatElement(flags.zero ? UInt8(ascii: "0") : UInt8(ascii: " "), count: n))
    }

    /// Appends bytes padded to the width on the left (or on the right with the minus flag).
    mutating func pad<C: Collection>(_ b: C) where C.Element == UInt8 {
        if !flags.widPresent || wid == 0 {
            buf.append(contentsOf: b)
            return
        }
        let width = wid - runeCount(b)
        if !flags.minus {
            writePadding(width)
            buf.append(contentsOf: b)
        } else {
            buf.append(contentsOf: b)
            writePadding(width)
        }
    }

    /// Appends a string padded to the width (Go's `padString`).
    mutating func padString(_ s: String) {
        pad(s.utf8)
    }

    /// `%t`: true or false.
    mutating func fmtBoolean(_ v: Bool) {
        padString(v ? "true" : "false")
    }

    /// The string truncated to the precision, counted in runes.
    func truncate(_ s: String) -> Substring.UTF8View {
        let utf8 = s.utf8
        guard flags.precPresent else { return Substring(s).utf8 }
        var n = prec
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 {
                n -= 1
                if n < 0 { return Substring(s).utf8[utf8.startIndex..<index] }
            }
            index = utf8.index(after: index)
        }
        return Substring(s).utf8
    }

    /// `%s`: the string truncated to the precision and padded.
    mutating func fmtS(_ s: String) {
        if !flags.precPresent && (!flags.widPresent || wid == 0) {
            buf.append(contentsOf: s.utf8)
            return
        }
        pad(truncate(s))
    }

    /// `%s` of a byte slice: truncated to the precision (in runes) and padded.
    mutating func fmtBs(_ b: [UInt8]) {
        var bytes = b[...]
        if flags.precPresent {
            var n = prec
            for i in b.indices where b[i] & 0xC0 != 0x80 {
                n -= 1
                if n < 0 {
                    bytes = b[..<i]
                    break
                }
            }
        }
        pad(bytes)
    }

    /// `%x`/`%X` of a string or byte slice: two hex digits per byte, with `#` (0x prefix)
    /// and space (separate bytes) flags (Go's `fmtSbx`).
    mutating func fmtSbx<C: Collection>(_ bytes: C, upper: Bool) where C.Element == UInt8 {
        var length = bytes.count
        if flags.precPresent && prec < length { length = prec }
        var width = 2 * length
        if width > 0 {
            if flags.space {
                if flags.sharp { width *= 2 }
                width += length - 1
            } else if flags.sharp {
                width += 2
            }
        } else {
            if flags.widPresent { writePadding(wid) }
            return
        }
        if flags.widPresent && wid > width && !flags.minus { writePadding(wid - width) }
        let digits = upper ? Printer.upperDigits : Printer.lowerDigits
        let x = digits[16]
        if flags.sharp {
            buf.append(UInt8(ascii: "0"))
            buf.append(x)
        }
        var i = 0
        var index = bytes.startIndex
        while i < length {
            if flags.space && i > 0 {
                buf.append(UInt8(ascii: " "))
                if flags.sharp {
                    buf.append(UInt8(ascii: "0"))
                    buf.append(x)
                }
            }
            let c = bytes[index]
            buf.append(digits[Int(c >> 4)])
            buf.append(digits[Int(c & 0xF)])
            i += 1
            bytes.formIndex(after: &index)
        }
        if flags.widPresent && wid > width && flags.minus { writePadding(wid - width) }
    }

    /// `%q` of a string: Go-quoted (`+`: ASCII only; `#`: backquoted when possible), padded.
    mutating func fmtQ(_ s: String) {
        let truncated = flags.precPresent ? String(decoding: truncate(s), as: UTF8.self) : s
        if flags.sharp && GoQuote.canBackquote(truncated) {
            padString("`" + truncated + "`")
            return
        }
        var quoted: [UInt8] = []
        GoQuote.appendQuoted(&quoted, truncated, quote: UInt8(ascii: "\""), asciiOnly: flags.plus)
        pad(quoted)
    }

    static let lowerDigits: [UInt8] = Array("0123456789abcdefx".utf8)
    static let upperDigits: [UInt8] = Array("0123456789ABCDEFX".utf8)
}
