import GoRuntime

/// sigs.k8s.io/yaml `convertToJSONableObject`: the string a YAML map key becomes in JSON.
enum YAMLKeyConversion {
    enum Failure: Error {
        /// go-yaml refused the key (`invalid map key: ...`), a decode error.
        case invalidKey(String)
        /// sigs.k8s.io/yaml refused the key type (`unsupported map key of type: ...`).
        case unsupported(String)
    }

    static func string(forKey key: YAMLNode, value: YAMLNode) -> Result<String, Failure> {
        switch key {
        case .scalar(let s):
            switch s {
            case .string(let str): return .success(str)
            case .int(let i): return .success(String(i))
            case .float(let f): return .success(formatFloat32(f))
            case .bool(let b): return .success(b ? "true" : "false")
            case .null:
                return .failure(.unsupported(
                    "unsupported map key of type: %!s(<nil>), key: <nil>, value: \(GoSyntax.describe(value))"))
            case .uint(let u):
                return .failure(.unsupported(
                    "unsupported map key of type: uint64, key: 0x\(String(u, radix: 16)), value: \(GoSyntax.describe(value))"))
            }
        case .sequence, .mapping:
            return .failure(.invalidKey("invalid map key: \(GoSyntax.describe(key))"))
        }
    }

    /// `strconv.FormatFloat(f, 'g', -1, 32)` with go-yaml's `.inf`/`-.inf`/`.nan` spellings.
    static func formatFloat32(_ f: Double) -> String {
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        let single = Float(f)
        if single.isInfinite { return single < 0 ? "-.inf" : ".inf" }
        return ShortestFloat.formatG(description: single.magnitude.description, negative: single.sign == .minus)
    }
}

/// Go's `%#v` of the values go-yaml decodes into `interface{}`, for error messages.
enum GoSyntax {
    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let s):
            switch s {
            case .null: return "<nil>"
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            case .uint(let u): return "0x" + String(u, radix: 16)
            case .float(let f): return describeFloat(f)
            case .string(let s): return goQuote(s)
            }
        case .sequence(let l): return describe(.list(l))
        case .mapping(let m): return describe(.map(m))
        }
    }

    private static func describe(_ value: Value) -> String {
        switch value {
        case .nil: return "interface {}(nil)"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f): return describeFloat(f)
        case .string(let s): return goQuote(s)
        case .list(let l):
            return "[]interface {}{" + l.elements.map(describe).joined(separator: ", ") + "}"
        case .map(let m):
            let items = m.sortedKeys.map { goQuote($0) + ":" + describe(m.entries[$0] ?? .nil) }
            return "map[interface {}]interface {}{" + items.joined(separator: ", ") + "}"
        case .object(let o): return o.formatted
        }
    }

    private static func describeFloat(_ f: Double) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
        return FloatFormat.format(f, "g")
    }

    static func goQuote(_ s: String) -> String { GoQuote.quote(s) }
}
