/// Builds a valid gzip stream around bytes with uncompressed ("stored") deflate blocks
/// (RFC 1951 §3.2.4, RFC 1952), so the fuzzer can mutate the tar inside a chart archive.
enum StoredGzip {
    static func wrap(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        var start = 0
        repeat {
            let length = min(65535, payload.count - start)
            let isLast = start + length == payload.count
            out.append(isLast ? 1 : 0)
            out += [UInt8(length & 0xff), UInt8(length >> 8), UInt8(~length & 0xff), UInt8((~length >> 8) & 0xff)]
            out += payload[start..<start + length]
            start += length
        } while start < payload.count
        out += littleEndian(crc32(payload))
        out += littleEndian(UInt32(truncatingIfNeeded: payload.count))
        return out
    }

    private static func littleEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24)]
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC-32 (IEEE) gzip's trailer holds.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xffff_ffff
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return ~c
    }
}
