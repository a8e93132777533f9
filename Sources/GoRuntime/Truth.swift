extension Value {
    /// Go template truth (`text/template.isTrue`): false for the zero value of its type,
    /// nil, empty strings, lists and maps; true otherwise.
    public var isTrue: Bool {
        switch self {
        case .nil: return false
        case .bool(let b): return b
        case .int(let i, _): return i != 0
        case .float(let f): return f != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.elements.isEmpty
        case .map(let m): return m.count > 0
        case .object(let o): return o.truth
        }
    }
}
