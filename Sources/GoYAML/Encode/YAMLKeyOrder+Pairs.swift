extension YAMLKeyOrder {
    /// A map's entries in go-yaml's key order when every key is ASCII, or nil (the caller
    /// then takes the general path: `sorted(_:v3:)` on the keys).
    ///
    /// Each key's bytes are read once, into one buffer, and the sort compares spans of that
    /// buffer: no per-comparison string access, and the values travel with their keys, not
    /// looked up again. The entries start in the map's order and Swift's sort is the one
    /// `sorted(_:v3:)` uses, so the order is the one the general path gives.
    static func sortedIfASCII<S: Sequence, V>(_ entries: S, v3: Bool = false) -> [(key: String, value: V)]?
    where S.Element == (key: String, value: V) {
        var items: [(key: String, value: V)] = []
        items.reserveCapacity(entries.underestimatedCount)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.underestimatedCount * 32)  // most keys are shorter: one allocation
        var spans: [KeySpan] = []
        spans.reserveCapacity(entries.underestimatedCount)
        var high: UInt8 = 0
        for entry in entries {
            let key = entry.key
            let start = bytes.count
            let copied: Void? = key.utf8.withContiguousStorageIfAvailable { source in
                for c in source { high |= c }
                bytes.append(contentsOf: source)
            }
            if copied == nil {
                for c in key.utf8 {
                    high |= c
                    bytes.append(c)
                }
            }
            spans.append(KeySpan(start: start, end: bytes.count, index: items.count))
            items.append(entry)
        }
        if high >= 0x80 { return nil }
        if spans.count > 1 {
            bytes.withUnsafeBufferPointer { buffer in
                spans.sort { a, b in
                    less(UnsafeBufferPointer(rebasing: buffer[a.start..<a.end]),
                         UnsafeBufferPointer(rebasing: buffer[b.start..<b.end]), v3: v3)
                }
            }
        }
        return spans.map { items[$0.index] }
    }

    /// Where one key's bytes lie in the shared buffer, and which entry it belongs to.
    private struct KeySpan {
        let start: Int
        let end: Int
        let index: Int
    }
}
