/// Go's `encoding/base64` standard encoding (padded), with Go's decode errors.
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { map[Int(c)] = UInt8(i) }
        return map
    }()

    static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((src.count + 2) / 3 * 4)
        var i = 0
        while i < src.count {
            let remain = src.count - i
            let val = UInt32(src[i]) << 16 | (remain > 1 ? UInt32(src[i + 1]) << 8 : 0) | (remain > 2 ? UInt32(src[i + 2]) : 0)
            out.append(alphabet[Int(val >> 18 & 0x3F)])
            out.append(alphabet[Int(val >> 12 & 0x3F)])
            out.append(remain > 1 ? alphabet[Int(val >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(remain > 2 ? alphabet[Int(val & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `CorruptInputError`.
    struct CorruptInput: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "illegal base64 data at input byte \(offset)" }
    }

    /// Go's `StdEncoding.DecodeString` (newlines ignored, padding required).
    static func decode(_ src: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        var si = 0
        while si < src.count {
            si = try decodeQuantum(src, si, into: &out)
        }
        return out
    }

    /// Go's `decodeQuantum`: one group of four symbols starting at `start`.
    private static func decodeQuantum(_ src: [UInt8], _ start: Int, into out: inout [UInt8]) throws -> Int {
        var dbuf = [UInt8](repeating: 0, count: 4)
        var dlen = 4
        var si = start
        var trailingError: CorruptInput?
        var j = 0
        while j < 4 {
            if si == src.count {
                if j == 0 { return si }
                throw CorruptInput(offset: si - j)
            }
            let c = src[si]
            si += 1
            let v = decodeMap[Int(c)]
            if v != 0xFF {
                dbuf[j] = v
                j += 1
                continue
            }
            if c == 0x0A || c == 0x0D { continue }
            if c != UInt8(ascii: "=") { throw CorruptInput(offset: si - 1) }
            switch j {
            case 0, 1:
                throw CorruptInput(offset: si - 1)
            case 2:
                while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                if si == src.count { throw CorruptInput(offset: src.count) }
                if src[si] != UInt8(ascii: "=") { throw CorruptInput(offset: si - 1) }
                si += 1
            default:
                break
            }
            while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
            if si < src.count { trailingError = CorruptInput(offset: si) }
            dlen = j
            break
        }
        let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
        let decoded = [UInt8(val >> 16 & 0xFF), UInt8(val >> 8 & 0xFF), UInt8(val & 0xFF)]
        out.append(contentsOf: decoded[0..<(dlen - 1)])
        if let trailingError { throw trailingError }
        return si
    }
}
