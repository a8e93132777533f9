/// The entries of a Go map, keyed by string. Most maps a chart builds are small (`dict`
/// arguments, nested values like `resources` or `probes`), so up to `smallLimit` entries are
/// kept in one array and found by comparing keys, with no hashing and no hash table to
/// allocate or free; bigger maps use a `Dictionary`. Iteration order is unspecified, as it
/// is for a `Dictionary` (and for Go maps): callers sort keys wherever order shows.
///
/// Keys are equal when `String.==` says so, in both forms (a small map compares lengths in
/// UTF-8 bytes first, which only separates keys that `==` would call canonically equivalent).
public struct GoEntries {
    public typealias Element = (key: String, value: Value)

    /// One entry of a small map.
    @usableFromInline struct Pair {
        @usableFromInline var key: String
        @usableFromInline var value: Value
        @inlinable init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The most entries kept in the array form; one more moves them into a `Dictionary`.
    public static let smallLimit = 8

    /// The entries while the map is small (empty once `table` is in use).
    @usableFromInline var pairs: ContiguousArray<Pair>
    /// The entries of a big map, or nil while it is small.
    @usableFromInline var table: [String: Value]?

    @inlinable public init() {
        pairs = []
        table = nil
    }

    /// The entries of a dictionary (kept as it is when it is big).
    public init(_ dictionary: [String: Value]) {
        pairs = []
        if dictionary.count > Self.smallLimit {
            table = dictionary
        } else {
            pairs.reserveCapacity(dictionary.count)
            for (key, value) in dictionary { pairs.append(Pair(key, value)) }
            table = nil
        }
    }

    public var count: Int { table?.count ?? pairs.count }
    public var isEmpty: Bool { count == 0 }

    /// The entries as a `Dictionary`.
    public var dictionary: [String: Value] { table ?? pairsAsTable(capacity: pairs.count) }

    /// The small form's entries in a hash table with room for `capacity` entries.
    private func pairsAsTable(capacity: Int) -> [String: Value] {
        var out: [String: Value] = [:]
        out.reserveCapacity(capacity)
        for pair in pairs { out[pair.key] = pair.value }
        return out
    }

    /// Moves a small map's entries into the hash table form.
    private mutating func moveToTable(capacity: Int) {
        table = pairsAsTable(capacity: capacity)
        pairs = []
    }

    @inlinable func smallIndex(of key: String) -> Int? {
        let length = key.utf8.count
        var i = 0
        let n = pairs.count
        while i < n {
            let candidate = pairs[i].key
            if candidate.utf8.count == length && candidate == key { return i }
            i += 1
        }
        return nil
    }

    public subscript(key: String) -> Value? {
        @inlinable get {
            if let table { return table[key] }
            guard let i = smallIndex(of: key) else { return nil }
            return pairs[i].value
        }
        set {
            guard let newValue else {
                removeValue(forKey: key)
                return
            }
            if table != nil {
                table?[key] = newValue
                return
            }
            if let i = smallIndex(of: key) {
                pairs[i].value = newValue
            } else if pairs.count < Self.smallLimit {
                pairs.append(Pair(key, newValue))
            } else {
                moveToTable(capacity: pairs.count * 2)
                table?[key] = newValue
            }
        }
    }

    /// Removes the key's entry; returns its value, if there was one.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        if table != nil { return table?.removeValue(forKey: key) }
        guard let i = smallIndex(of: key) else { return nil }
        return pairs.remove(at: i).value
    }

    /// Makes room for `capacity` entries in whichever form that many entries take.
    public mutating func reserveCapacity(_ capacity: Int) {
        if table != nil {
            table?.reserveCapacity(capacity)
        } else if capacity <= Self.smallLimit {
            pairs.reserveCapacity(capacity)
        } else {
            moveToTable(capacity: capacity)
        }
    }

    /// The same keys with transformed values (no key is compared or hashed again).
    public func mapValues(_ transform: (Value) throws -> Value) rethrows -> GoEntries {
        var out = GoEntries()
        if let table {
            out.table = try table.mapValues(transform)
        } else {
            out.pairs.reserveCapacity(pairs.count)
            for pair in pairs { out.pairs.append(Pair(pair.key, try transform(pair.value))) }
        }
        return out
    }

    /// The entries that pass the test, as `Dictionary.filter` keeps them.
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> GoEntries {
        if let table { return GoEntries(try table.filter { try isIncluded(($0.key, $0.value)) }) }
        var out = GoEntries()
        out.pairs = try pairs.filter { try isIncluded(($0.key, $0.value)) }
        return out
    }

    /// The keys, in iteration order (a view: nothing is copied).
    public var keys: LazyMapSequence<GoEntries, String> { lazy.map(\.key) }

    /// The values, in iteration order (a view: nothing is copied).
    public var values: LazyMapSequence<GoEntries, Value> { lazy.map(\.value) }
}

extension GoEntries: Sequence {
    /// Walks either form.
    public struct Iterator: IteratorProtocol {
        @usableFromInline var small: ContiguousArray<Pair>.Iterator
        @usableFromInline var big: Dictionary<String, Value>.Iterator?

        @inlinable init(small: ContiguousArray<Pair>.Iterator, big: Dictionary<String, Value>.Iterator?) {
            self.small = small
            self.big = big
        }

        @inlinable public mutating func next() -> Element? {
            if big != nil {
                guard let (key, value) = big?.next() else { return nil }
                return (key, value)
            }
            guard let pair = small.next() else { return nil }
            return (pair.key, pair.value)
        }
    }

    @inlinable public func makeIterator() -> Iterator {
        Iterator(small: pairs.makeIterator(), big: table?.makeIterator())
    }

    @inlinable public var underestimatedCount: Int { table?.count ?? pairs.count }
}

extension GoEntries: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }
}
