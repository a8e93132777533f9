/// Merkle–Damgård padding and byte helpers shared by the SHA implementations.
enum HashPadding {
    /// The message padded (0x80, zeros, big-endian bit length) and cut into blocks.
    static func blocks(_ message: [UInt8], blockSize: Int, lengthBytes: Int) -> [[UInt8]] {
        var data = message
        data.append(0x80)
        while (data.count + lengthBytes) % blockSize != 0 { data.append(0) }
        let bits = UInt64(message.count) &* 8
        data += [UInt8](repeating: 0, count: lengthBytes - 8)
        data += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64($0))) }
        return stride(from: 0, to: data.count, by: blockSize).map { Array(data[$0..<($0 + blockSize)]) }
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
    }

    /// Lower-case hexadecimal, as Go's `hex.EncodeToString`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
