import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's reflection functions: Go type names (`%T`) and reflect kinds, plus
    /// `deepEqual` (`reflect.DeepEqual`).
    static var reflectionFunctions: FunctionMap {
        [
            "typeOf": TemplateFunction([.any]) { a in .string(a.arg(0).goTypeName) },
            "typeIs": TemplateFunction([.string, .any]) { a in .bool(a.string(0) == a.arg(1).goTypeName) },
            "typeIsLike": TemplateFunction([.string, .any]) { a in
                let name = a.arg(1).goTypeName
                let target = a.string(0)
                return .bool(target == name || "*" + target == name)
            },
            "kindOf": TemplateFunction([.any]) { a in .string(a.arg(0).kind.rawValue) },
            "kindIs": TemplateFunction([.string, .any]) { a in .bool(a.string(0) == a.arg(1).kind.rawValue) },
            "deepEqual": TemplateFunction([.any, .any]) { a in .bool(goDeepEqual(a.arg(0), a.arg(1))) },
        ]
    }

    /// `reflect.DeepEqual` on template values: equal dynamic types, then equal contents.
    ///
    /// Go also tells a nil slice or map from an empty one; our value model does not.
    static func goDeepEqual(_ x: Value, _ y: Value) -> Bool {
        switch (x, y) {
        case (.nil, .nil): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a, let ka), .int(let b, let kb)): return ka == kb && a == b
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.elementType == b.elementType, a.elements.count == b.elements.count else { return false }
            return zip(a.elements, b.elements).allSatisfy { goDeepEqual($0, $1) }
        case (.map(let a), .map(let b)):
            if a === b { return true }
            guard a.valueType == b.valueType, a.namedType == b.namedType, a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = b.entries[key], goDeepEqual(value, other) else { return false }
            }
            return true
        case (.object(let a), .object(let b)):
            return a === b
        default:
            return false
        }
    }
}
