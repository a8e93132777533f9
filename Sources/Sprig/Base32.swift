/// Go's `encoding/base32` standard encoding (RFC 4648, padded), with Go's decode errors.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { map[Int(c)] = UInt8(i) }
        return map
    }()

    static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < src.count {
            let chunk = Array(src[i..<min(i + 5, src.count)])
            var b = [UInt8](repeating: 0, count: 5)
            for (k, v) in chunk.enumerated() { b[k] = v }
            let symbols: [UInt8] = [
                b[0] >> 3, (b[0] << 2 | b[1] >> 6) & 0x1F, b[1] >> 1 & 0x1F, (b[1] << 4 | b[2] >> 4) & 0x1F,
                (b[2] << 1 | b[3] >> 7) & 0x1F, b[3] >> 2 & 0x1F, (b[3] << 3 | b[4] >> 5) & 0x1F, b[4] & 0x1F,
            ]
            let used = [0, 2, 4, 5, 7, 8][chunk.count]
            for k in 0..<8 { out.append(k < used ? alphabet[Int(symbols[k])] : UInt8(ascii: "=")) }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `CorruptInputError`.
    struct CorruptInput: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "illegal base32 data at input byte \(offset)" }
    }

    /// Go's `StdEncoding.DecodeString`: newlines removed first, then Go's `decode`.
    static func decode(_ input: [UInt8]) throws -> [UInt8] {
        let src = input.filter { $0 != 0x0A && $0 != 0x0D }
        let olen = src.count
        var rest = src[...]
        var out: [UInt8] = []
        var end = false
        while !rest.isEmpty && !end {
            var dbuf = [UInt8](repeating: 0, count: 8)
            var dlen = 8
            var j = 0
            while j < 8 {
                guard let c = rest.first else {
                    throw CorruptInput(offset: olen - rest.count - j)
                }
                rest = rest.dropFirst()
                if c == UInt8(ascii: "=") && j >= 2 && rest.count < 8 {
                    if rest.count + j < 8 - 1 { throw CorruptInput(offset: olen) }
                    for k in 0..<(8 - 1 - j) where rest.count > k && rest[rest.startIndex + k] != UInt8(ascii: "=") {
                        throw CorruptInput(offset: olen - rest.count + k - 1)
                    }
                    dlen = j
                    end = true
                    if dlen == 1 || dlen == 3 || dlen == 6 {
                        throw CorruptInput(offset: olen - rest.count - 1)
                    }
                    break
                }
                dbuf[j] = decodeMap[Int(c)]
                if dbuf[j] == 0xFF { throw CorruptInput(offset: olen - rest.count - 1) }
                j += 1
            }
            let bytes: [UInt8] = [
                dbuf[0] << 3 | dbuf[1] >> 2,
                dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4,
                dbuf[3] << 4 | dbuf[4] >> 1,
                dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3,
                dbuf[6] << 5 | dbuf[7],
            ]
            let count = [0, 0, 1, 0, 2, 3, 0, 4, 5][dlen]
            out.append(contentsOf: bytes[0..<count])
        }
        return out
    }
}
