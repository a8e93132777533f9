import GoRuntime

/// jsonschema's `equals`: JSON equality, numbers compared by value (`1` equals `1.0`).
enum SchemaEquality {
    static func equal(_ v: Value, _ json: SchemaJSON) -> Bool {
        switch (v, json) {
        case (.nil, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.int, .number(let text)), (.float, .number(let text)):
            guard let a = SchemaNumber(value: v), let b = SchemaNumber(literal: text) else { return false }
            return sameNumber(a, b)
        case (.list(let l), .array(let items)):
            guard l.elements.count == items.count else { return false }
            return zip(l.elements, items).allSatisfy { equal($0, $1) }
        case (.map(let m), .object(let o)):
            guard m.count == o.count else { return false }
            return o.allSatisfy { key, want in m.entries[key].map { equal($0, want) } ?? false }
        default:
            return false
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.int, .int), (.int, .float), (.float, .int), (.float, .float):
            guard let x = SchemaNumber(value: a), let y = SchemaNumber(value: b) else { return false }
            return sameNumber(x, y)
        case (.list(let x), .list(let y)):
            guard x.elements.count == y.elements.count else { return false }
            return zip(x.elements, y.elements).allSatisfy { equal($0, $1) }
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            return x.entries.allSatisfy { key, value in y.entries[key].map { equal(value, $0) } ?? false }
        default:
            return false
        }
    }

    static func sameNumber(_ a: SchemaNumber, _ b: SchemaNumber) -> Bool {
        a.negative == b.negative && a.digits == b.digits && (a.isZero || a.exponent == b.exponent)
    }

    /// The first equal pair `(j, i)`, `j < i`, with the smallest `i` (jsonschema's `duplicates`).
    static func firstDuplicate(_ items: [Value]) -> (Int, Int)? {
        guard items.count > 1 else { return nil }
        for i in 1..<items.count {
            for j in 0..<i where equal(items[i], items[j]) { return (j, i) }
        }
        return nil
    }
}
