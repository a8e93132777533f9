import GoRuntime

/// A Go struct as templates see it (helm v3 passes `chart.Metadata` and its dependencies as
/// structs): exported fields by Go name, fields of an embedded struct promoted, `%v` as
/// `{a b c}`, and `json.Marshal` by the fields' tags in declaration order.
final class GoStructValue: GoObject, GoJSONMarshaler {
    /// One field: its Go name, its JSON name (nil for an embedded struct, whose members are
    /// inlined) and whether `omitempty` drops it when empty.
    struct Field {
        let name: String
        let json: String?
        let omitEmpty: Bool
        let value: Value

        init(_ name: String, json: String?, omitEmpty: Bool = true, _ value: Value) {
            self.name = name
            self.json = json
            self.omitEmpty = omitEmpty
            self.value = value
        }
    }

    let goTypeName: String
    let fields: [Field]
    /// Printed `&{...}` (a pointer to the struct) rather than `{...}`.
    let isPointer: Bool

    init(type: String, isPointer: Bool = false, fields: [Field]) {
        goTypeName = type
        self.isPointer = isPointer
        self.fields = fields
    }

    func field(_ name: String) -> Value? {
        for f in fields where f.name == name { return f.value }
        for f in fields where f.json == nil {
            if case .object(let inner as GoStructValue) = f.value, let v = inner.field(name) { return v }
        }
        return nil
    }

    var formatted: String {
        (isPointer ? "&{" : "{") + fields.map { GoFormat.value($0.value) }.joined(separator: " ") + "}"
    }

    func jsonFields() throws -> [(String, Value)]? {
        var out: [(String, Value)] = []
        for f in fields {
            guard let key = f.json else {
                if case .object(let inner as GoStructValue) = f.value, let members = try inner.jsonFields() {
                    out += members
                }
                continue
            }
            if f.omitEmpty && Self.isEmpty(f.value) { continue }
            out.append((key, f.value))
        }
        return out
    }

    /// The members as a map (what `toYaml` sorts and writes).
    func jsonValue() throws -> Value {
        var entries: [String: Value] = [:]
        for (key, value) in try jsonFields() ?? [] { entries[key] = value }
        return .map(GoMap(entries))
    }

    /// `encoding/json`'s `isEmptyValue`.
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .nil: return true
        case .bool(let b): return !b
        case .int(let i, _): return i == 0
        case .float(let f): return f == 0
        case .string(let s): return s.isEmpty
        case .list(let l): return l.elements.isEmpty
        case .map(let m): return m.count == 0
        case .object: return false
        }
    }
}
