/// A string-keyed table for the encoder's per-process scalar caches: open addressing over
/// an FNV-1a hash of the UTF-8 bytes, so a lookup costs one pass over the key's bytes rather
/// than `Hasher` (SipHash) plus `Dictionary`'s probing. Holds at most `limit` entries; once
/// full it only answers lookups, as the caches did before.
///
/// A value type: the caches keep it behind a `Mutex`.
struct YAMLStringTable<Element> {
    private struct Slot {
        let hash: UInt64
        let key: String
        let element: Element
    }

    private var slots: [Slot?]
    private var mask: Int
    private(set) var count = 0
    let limit: Int

    init(limit: Int) {
        self.limit = limit
        slots = Array(repeating: nil, count: 256)
        mask = 255
    }

    /// The element stored for `key`, if any.
    func lookup(_ key: String, hash: UInt64) -> Element? {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let slot = slots[i] {
            if slot.hash == hash && slot.key == key { return slot.element }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `element` for `key` (not yet present) unless the table is full.
    mutating func insert(_ key: String, hash: UInt64, _ element: Element) {
        if count >= limit || lookup(key, hash: hash) != nil { return }
        if (count + 1) * 2 > slots.count { grow() }
        place(Slot(hash: hash, key: key, element: element))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        var i = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
        while slots[i] != nil { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        for case let slot? in old { place(slot) }
    }

    /// FNV-1a over the string's UTF-8 bytes.
    static func hash(_ key: String) -> UInt64 {
        if let h = key.utf8.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return h }
        return hash(bytes: Array(key.utf8))
    }

    private static func hash<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in bytes {
            h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
