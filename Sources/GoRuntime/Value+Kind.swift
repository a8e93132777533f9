/// Go's reflect.Kind of a value, as `kindOf` prints it and comparisons use.
public enum GoKind: String, Sendable {
    case invalid, bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64
    case float64, string, slice, map, ptr, `struct`, `func`
}

extension Value {
    /// The reflect.Kind of the value; `invalid` for nil.
    public var kind: GoKind {
        switch self {
        case .nil: return .invalid
        case .bool: return .bool
        case .int(_, let k):
            switch k {
            case .int: return .int
            case .int8: return .int8
            case .int16: return .int16
            case .int32: return .int32
            case .int64: return .int64
            case .uint: return .uint
            case .uint8: return .uint8
            case .uint16: return .uint16
            case .uint32: return .uint32
            case .uint64: return .uint64
            }
        case .float: return .float64
        case .string: return .string
        case .list: return .slice
        case .map: return .map
        case .object(let o): return o.goTypeName.hasPrefix("*") ? .ptr : .struct
        }
    }

    /// The Go type name, as `%T` and `typeOf` print it; `<nil>` for nil.
    public var goTypeName: String {
        switch self {
        case .nil: return "<nil>"
        case .bool: return "bool"
        case .int(_, let k): return k.goName
        case .float: return "float64"
        case .string: return "string"
        case .list(let l): return "[]" + l.elementType.goName
        case .map(let m): return m.namedType ?? ("map[string]" + m.valueType.goName)
        case .object(let o): return o.goTypeName
        }
    }
}
