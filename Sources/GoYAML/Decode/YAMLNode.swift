import GoRuntime

/// A decoded YAML node: a typed scalar (still needed as a map key), or a collection already
/// in its JSON form (string keys, float64 numbers).
enum YAMLNode {
    case scalar(YAMLScalar)
    case sequence(GoList)
    case mapping(GoMap)

    /// The value after the JSON round trip.
    var jsonValue: Value {
        switch self {
        case .scalar(let s): return s.jsonValue
        case .sequence(let l): return .list(l)
        case .mapping(let m): return .map(m)
        }
    }

    /// A copy that shares no maps with this node, for alias expansion: go-yaml decodes an
    /// alias afresh each time, so the results are independent after the JSON round trip.
    func copied() -> YAMLNode {
        switch self {
        case .scalar: return self
        case .sequence(let l): return .sequence(GoList(l.elements.map { $0.deepCopy() }))
        case .mapping(let m): return .mapping(m.deepCopy())
        }
    }
}
