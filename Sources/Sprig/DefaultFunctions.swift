import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's defaults and flow control (defaults.go, and `fail`, which helm replaces
    /// with its own version).
    static var defaultFunctions: FunctionMap {
        [
            "default": TemplateFunction([.any], variadic: .any) { a in
                // dfault: `empty(given) || empty(given[0])`.
                isEmpty(a.arg(1)) ? a.arg(0) : a.arg(1)
            },
            "empty": TemplateFunction([.any]) { a in .bool(isEmpty(a.arg(0))) },
            "coalesce": TemplateFunction([], variadic: .any) { a in a.first { !isEmpty($0) } ?? .nil },
            "all": TemplateFunction([], variadic: .any) { a in .bool(a.allSatisfy { !isEmpty($0) }) },
            "any": TemplateFunction([], variadic: .any) { a in .bool(a.contains { !isEmpty($0) }) },
            "ternary": TemplateFunction([.any, .any, .bool]) { a in a.bool(2) ? a.arg(0) : a.arg(1) },
            "fail": TemplateFunction([.string]) { a in throw FunctionError(a.string(0)) },
        ]
    }

    /// Sprig `empty`: the zero value of its type (nil, false, 0, "", empty list or map);
    /// structs are never empty, pointers only when nil.
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .nil: return true
        case .bool(let b): return !b
        case .int(let i, _): return i == 0
        case .float(let f): return f == 0
        case .string(let s): return s.isEmpty
        case .list(let l): return l.elements.isEmpty
        case .map(let m): return m.count == 0
        case .object(let o): return !o.truth
        }
    }
}
