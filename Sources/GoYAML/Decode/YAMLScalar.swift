/// A scalar as go-yaml v2 decodes it into `interface{}`: before sigs.k8s.io/yaml turns it into JSON.
enum YAMLScalar {
    case null
    case bool(Bool)
    /// Go `int` (64-bit).
    case int(Int64)
    /// Go `uint64`, for integers above `Int64.max`.
    case uint(UInt64)
    case float(Double)
    case string(String)

    /// The value after the JSON round trip: every number becomes a float64.
    var jsonValue: GoRuntime.Value {
        switch self {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .float(Double(i))
        case .uint(let u): return .float(Double(u))
        case .float(let f): return .float(f)
        case .string(let s): return .string(s)
        }
    }
}

import GoRuntime
