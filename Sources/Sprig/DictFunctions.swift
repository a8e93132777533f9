import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's dictionary functions (dict.go). Dictionaries are `map[string]interface{}`
    /// and references: `set` and `unset` change the map they are given and return it.
    ///
    /// Go ranges over maps in random order, so `keys`, `values` and `pluck` over several
    /// maps have no defined order in helm; we use sorted key order.
    static var dictFunctions: FunctionMap {
        var f: FunctionMap = [
            "dict": TemplateFunction([], variadic: .any) { a in
                let d = GoMap()
                d.entries.reserveCapacity((a.count + 1) / 2)
                for i in stride(from: 0, to: a.count, by: 2) {
                    d[SprigCast.toString(a[i])] = i + 1 < a.count ? a[i + 1] : .string("")
                }
                return .map(d)
            },
            "get": TemplateFunction([.map, .string]) { a in a.dict(0)?[a.string(1)] ?? .string("") },
            "set": TemplateFunction([.map, .string, .any]) { a in
                guard let d = a.dict(0) else { throw GoPanic("assignment to entry in nil map") }
                d[a.string(1)] = a.arg(2)
                return .map(d)
            },
            "unset": TemplateFunction([.map, .string]) { a in
                guard let d = a.dict(0) else { return a.arg(0) }
                d.entries.removeValue(forKey: a.string(1))
                return .map(d)
            },
            "hasKey": TemplateFunction([.map, .string]) { a in .bool(a.dict(0)?[a.string(1)] != nil) },
            "pluck": TemplateFunction([.string], variadic: .map) { a in
                let key = a.string(0)
                return .interfaceList(a.indices.dropFirst().compactMap { a.dict($0)?[key] })
            },
            "keys": TemplateFunction([], variadic: .map) { a in
                .stringList(a.indices.flatMap { a.dict($0)?.sortedKeys ?? [] })
            },
            "pick": TemplateFunction([.map], variadic: .string) { a in
                let source = a.dict(0)
                let result = GoMap()
                for i in a.indices.dropFirst() {
                    let key = a.string(i)
                    if let value = source?[key] { result[key] = value }
                }
                return .map(result)
            },
            "omit": TemplateFunction([.map], variadic: .string) { a in
                let omitted = Set(a.indices.dropFirst().map { a.string($0) })
                let result = GoMap()
                for (key, value) in a.dict(0)?.entries ?? [:] where !omitted.contains(key) {
                    result[key] = value
                }
                return .map(result)
            },
            "values": TemplateFunction([.map]) { a in
                guard let d = a.dict(0) else { return .interfaceList([]) }
                return .interfaceList(d.sortedKeys.map { d.entries[$0] ?? .nil })
            },
            "deepCopy": deepCopy,
            "mustDeepCopy": deepCopy,
            "dig": TemplateFunction([], variadic: .any) { a in try dig(a) },
        ]
        f.merge(mergeFunctions) { first, _ in first }
        return f
    }

    /// copystructure.Copy: maps and lists are copied all the way down.
    private static var deepCopy: TemplateFunction {
        TemplateFunction([.any]) { a in
            let v = a.arg(0)
            if v.isNil { throw GoPanic("reflect: call of reflect.Value.Type on zero Value") }
            return v.deepCopy()
        }
    }

    /// Port of dict.go `dig`: `dig "a" "b" default $dict`, with Go's type-assertion panics.
    private static func dig(_ ps: [Value]) throws -> Value {
        if ps.count < 3 { throw GoPanic("dig needs at least three arguments") }
        var dict = try assertMap(ps[ps.count - 1])
        let fallback = ps[ps.count - 2]
        let keys = try ps[0..<(ps.count - 2)].map { key -> String in
            guard case .string(let s) = key else {
                throw GoPanic("interface conversion: interface {} is \(assertionTypeName(key)), not string")
            }
            return s
        }
        for (i, key) in keys.enumerated() {
            guard let step = dict[key] else { return fallback }
            if i == keys.count - 1 { return step }
            dict = try assertMap(step)
        }
        return fallback
    }

    private static func assertMap(_ v: Value) throws -> GoMap {
        if case .map(let m) = v, m.valueType == .interface, m.namedType == nil { return m }
        throw GoPanic("interface conversion: interface {} is \(assertionTypeName(v)), not map[string]interface {}")
    }

    /// The dynamic type a failed Go type assertion names (`nil` for a nil interface).
    private static func assertionTypeName(_ v: Value) -> String {
        v.isNil ? "nil" : v.goTypeName
    }
}
