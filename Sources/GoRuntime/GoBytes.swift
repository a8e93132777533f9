/// Go strings are bytes and may hold invalid UTF-8 (a binary file from `.Files.Get`, a
/// template literal `"\xff"`, `b64dec` of binary data); Swift strings cannot. Such bytes are
/// carried as private-use code points U+10FF80...U+10FFFF (one per byte 0x80...0xFF) and
/// turned back into the bytes where Go's bytes are visible: output, `b64enc`, hashes, `len`,
/// `%q`. Text without invalid UTF-8, the usual case, is untouched.
public enum GoBytes {
    /// The first code point standing for a raw byte (byte 0x80).
    static let base: UInt32 = 0x10FF00

    /// The string holding `bytes`: valid UTF-8 as is, other bytes as stand-in code points.
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return preserving(Array(bytes))
    }

    private static func preserving(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let width = validSequenceLength(bytes, at: i)
            if width == 0 {
                scalars.append(Unicode.Scalar(base + UInt32(bytes[i])) ?? "\u{FFFD}")
                i += 1
            } else {
                let decoded = String(decoding: bytes[i..<(i + width)], as: UTF8.self)
                scalars.append(contentsOf: decoded.unicodeScalars)
                i += width
            }
        }
        return String(scalars)
    }

    /// The length of the valid UTF-8 sequence at `i`, 0 when the byte starts none.
    private static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < b.count && b[i + k] >= low && b[i + k] <= high
        }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// The raw byte a code point stands for, nil for ordinary characters.
    @inline(__always)
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        return v >= base + 0x80 && v <= base + 0xFF ? UInt8(v - base) : nil
    }

    /// Whether the text holds stand-ins for raw bytes (their UTF-8 starts F4 8F BE/BF).
    public static func hasRawBytes(_ s: String) -> Bool {
        s.utf8Contains(0xF4) && s.unicodeScalars.contains { rawByte($0) != nil }
    }

    /// The Go bytes of a string: its UTF-8, with stand-ins turned back into their bytes.
    public static func bytes(_ s: String) -> [UInt8] {
        guard hasRawBytes(s) else { return Array(s.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if let byte = rawByte(scalar) {
                out.append(byte)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Go's `len` of a string: its byte count.
    public static func count(_ s: String) -> Int {
        guard hasRawBytes(s) else { return s.utf8.count }
        return s.unicodeScalars.reduce(0) { $0 + (rawByte($1) != nil ? 1 : String($1).utf8.count) }
    }
}
