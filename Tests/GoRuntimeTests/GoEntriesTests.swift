import GoRuntime
import Testing

/// `GoEntries` must behave as a `[String: Value]` in both of its forms and across the move
/// from the small array to the hash table (and never move back).
@Suite struct GoEntriesTests {
    /// A printable form of the scalar values these tests store (Value is not Equatable).
    static func text(_ value: Value?) -> String {
        switch value {
        case nil: return "absent"
        case .int(let i, _)?: return "int \(i)"
        case .string(let s)?: return "string \(s)"
        case .bool(let b)?: return "bool \(b)"
        default: return "other"
        }
    }

    static func text(_ entries: [String: Value]) -> [String: String] { entries.mapValues { text($0) } }

    /// Applies the same operations to a GoEntries and a Dictionary and compares them after each.
    @Test func matchesDictionaryThroughGrowthAndRemoval() {
        var entries = GoEntries()
        var reference: [String: Value] = [:]
        func check(_ step: String) {
            #expect(entries.count == reference.count, "\(step)")
            #expect(Self.text(entries.dictionary) == Self.text(reference), "\(step)")
            for (key, value) in reference { #expect(Self.text(entries[key]) == Self.text(value), "\(step): \(key)") }
            #expect(entries["absent"] == nil)
            var seen: [String: Value] = [:]
            for (key, value) in entries { seen[key] = value }
            #expect(Self.text(seen) == Self.text(reference), "\(step): iteration")
            #expect(Set(entries.keys) == Set(reference.keys), "\(step): keys")
        }
        let keys = (0..<20).map { "key\($0)" } + ["", "é", "a longer key than fifteen bytes"]
        for (i, key) in keys.enumerated() {
            entries[key] = .int(i)
            reference[key] = .int(i)
            check("insert \(key)")
            entries[key] = .string("v\(i)")
            reference[key] = .string("v\(i)")
            check("replace \(key)")
        }
        for key in keys.shuffled() {
            #expect(Self.text(entries.removeValue(forKey: key)) == Self.text(reference.removeValue(forKey: key)))
            check("remove \(key)")
        }
        entries["x"] = .bool(true)
        entries["x"] = nil
        #expect(entries.isEmpty)
    }

    @Test func smallFormRemovesAndKeepsOthers() {
        var entries: GoEntries = ["a": .int(1), "b": .int(2), "c": .int(3)]
        #expect(Self.text(entries.removeValue(forKey: "b")) == "int 2")
        #expect(Self.text(entries.removeValue(forKey: "b")) == "absent")
        #expect(Self.text(entries.dictionary) == ["a": "int 1", "c": "int 3"])
    }

    @Test func mapValuesAndReserveKeepEntries() {
        for size in [0, 3, GoEntries.smallLimit, GoEntries.smallLimit + 1, 40] {
            var reference: [String: Value] = [:]
            for i in 0..<size { reference["k\(i)"] = .int(i) }
            var entries = GoEntries(reference)
            let doubled = entries.mapValues { v in
                if case .int(let i, _) = v { return .int(Int(i) * 2) }
                return v
            }
            var expected: [String: String] = [:]
            for i in 0..<size { expected["k\(i)"] = "int \(i * 2)" }
            #expect(Self.text(doubled.dictionary) == expected, "size \(size)")
            entries.reserveCapacity(size + 20)
            #expect(Self.text(entries.dictionary) == Self.text(reference), "size \(size)")
        }
    }

    @Test func copiesAreIndependent() {
        var a: GoEntries = ["x": .int(1)]
        let b = a
        a["x"] = .int(2)
        a["y"] = .int(3)
        #expect(Self.text(b.dictionary) == ["x": "int 1"])
        #expect(Self.text(a.dictionary) == ["x": "int 2", "y": "int 3"])
    }
}
