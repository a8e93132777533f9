import GoRuntime

/// Typed access to the arguments a function body receives.
///
/// The template executor has already converted each argument to its declared parameter
/// type, so these accessors only unwrap; a missing or mismatched argument (which the
/// executor prevents) reads as the Go zero value instead of trapping.
extension Array where Element == Value {
    /// The argument at `index`, or nil (Go's untyped nil) when absent.
    func arg(_ index: Int) -> Value {
        index < count ? self[index] : .nil
    }

    /// A `string` parameter.
    func string(_ index: Int) -> String {
        if case .string(let s) = arg(index) { return s }
        return ""
    }

    /// An `int`/`int64` parameter.
    func int(_ index: Int) -> Int64 {
        switch arg(index) {
        case .int(let i, _): return i
        case .float(let f): return SprigCast.goInt64(f)
        default: return 0
        }
    }

    /// A `float64` parameter.
    func float(_ index: Int) -> Double {
        switch arg(index) {
        case .float(let f): return f
        case .int(let i, _): return Double(i)
        default: return 0
        }
    }

    /// A `bool` parameter.
    func bool(_ index: Int) -> Bool {
        if case .bool(let b) = arg(index) { return b }
        return false
    }

    /// A `map[string]interface{}` parameter; nil for a nil map.
    func dict(_ index: Int) -> GoMap? {
        if case .map(let m) = arg(index) { return m }
        return nil
    }

    /// The arguments from `index` on (a variadic parameter).
    func rest(from index: Int) -> [Value] {
        index < count ? Array(self[index...]) : []
    }
}

extension Value {
    /// A Go `int` result.
    static func goInt(_ v: Int64) -> Value { .int(v, .int) }
    /// A Go `int64` result.
    static func goInt64(_ v: Int64) -> Value { .int(v, .int64) }
    /// A Go `[]interface{}` result.
    static func interfaceList(_ elements: [Value]) -> Value { .list(GoList(elements)) }
}
