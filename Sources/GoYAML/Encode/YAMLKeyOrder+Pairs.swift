extension YAMLKeyOrder {
    /// Sorts a map's entries by key in go-yaml's order when every key is ASCII, or returns nil
    /// (the caller then takes the general path: `sorted(_:v3:)` on the keys).
    ///
    /// Each key's bytes are read once, into one buffer, and the sort compares spans of that
    /// buffer: no per-comparison string access, and no second map lookup for the values. The
    /// entries start in the map's order and Swift's sort is the same one `sorted(_:v3:)` uses,
    /// so the result is the order the general path gives.
    static func sortedIfASCII<V>(_ entries: [String: V], v3: Bool = false) -> [(key: String, value: V)]? {
        let pairs = Array(entries)
        if pairs.count < 2 {
            return pairs.allSatisfy({ isASCII($0.key) }) ? pairs : nil
        }
        var bytes: [UInt8] = []
        var spans: [KeySpan] = []
        spans.reserveCapacity(pairs.count)
        var high: UInt8 = 0
        for (index, pair) in pairs.enumerated() {
            let start = bytes.count
            bytes.append(contentsOf: pair.key.utf8)
            for i in start..<bytes.count { high |= bytes[i] }
            spans.append(KeySpan(start: start, end: bytes.count, index: index))
        }
        if high >= 0x80 { return nil }
        bytes.withUnsafeBufferPointer { buffer in
            spans.sort { a, b in
                less(UnsafeBufferPointer(rebasing: buffer[a.start..<a.end]),
                     UnsafeBufferPointer(rebasing: buffer[b.start..<b.end]), v3: v3)
            }
        }
        return spans.map { pairs[$0.index] }
    }

    /// Whether every byte of the string is ASCII.
    static func isASCII(_ s: String) -> Bool {
        if let ascii = s.utf8.withContiguousStorageIfAvailable({ bytes in bytes.allSatisfy { $0 < 0x80 } }) {
            return ascii
        }
        return s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Where one key's bytes lie in the shared buffer, and which entry it belongs to.
    private struct KeySpan {
        let start: Int
        let end: Int
        let index: Int
    }
}
