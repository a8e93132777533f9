internal import CZlib

/// Decompresses gzip data with zlib, as Go's `compress/gzip` reader does for a chart archive
/// (concatenated members are read one after the other).
enum Gzip {
    /// Why decompression failed: Go's `gzip.ErrHeader` or any later data error.
    enum Failure: Error {
        case header
        case empty
        case data
        /// The output grew past the caller's limit (a gzip bomb); decompression stopped there.
        case tooLarge
    }

    /// Stops with `Failure.tooLarge` as soon as the output exceeds `limit` bytes, so a small
    /// archive that inflates to gigabytes costs at most `limit` bytes of memory.
    static func decompress(_ input: [UInt8], limit: Int = Int.max) throws -> [UInt8] {
        if input.isEmpty { throw Failure.empty }
        if input.count < 10 { throw Failure.data }
        guard input[0] == 0x1f, input[1] == 0x8b, input[2] == 8 else {
            throw Failure.header
        }
        var output: [UInt8] = []
        var offset = 0
        while offset < input.count {
            let used = try inflateMember(input, from: offset, into: &output, limit: limit)
            offset += used
            if offset < input.count && (input.count - offset < 2 || input[offset] != 0x1f || input[offset + 1] != 0x8b) {
                // Go stops at trailing garbage after a complete member with ErrHeader.
                throw Failure.header
            }
        }
        return output
    }

    /// Inflates one gzip member starting at `start`; returns the bytes consumed.
    private static func inflateMember(_ input: [UInt8], from start: Int, into output: inout [UInt8], limit: Int) throws -> Int {
        var stream = z_stream()
        let initStatus = inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw Failure.data }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let remaining = input.count - start
        return try input.withUnsafeBufferPointer { inBuf -> Int in
            guard let base = inBuf.baseAddress else { throw Failure.data }
            stream.next_in = UnsafeMutablePointer(mutating: base + start)
            stream.avail_in = uInt(remaining)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if produced > 0 { output.append(contentsOf: chunk[0..<produced]) }
                if output.count > limit { throw Failure.tooLarge }
                if status == Z_STREAM_END { return remaining - Int(stream.avail_in) }
                if status != Z_OK { throw Failure.data }
                if stream.avail_in == 0 && produced == 0 { throw Failure.data }
            }
        }
    }
}
