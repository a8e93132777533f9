import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's list functions (list.go). They accept any slice type through reflection and
    /// return `[]interface{}`.
    ///
    /// Each `mustX` returns its error; the plain `X` panics with the same error, which
    /// text/template reports identically, so both share one body.
    static var listFunctions: FunctionMap {
        var f: FunctionMap = [
            "list": TemplateFunction([], variadic: .any) { a in .interfaceList(a) },
            "tuple": TemplateFunction([], variadic: .any) { a in .interfaceList(a) },
            "sortAlpha": TemplateFunction([.any]) { a in
                let v = a.arg(0)
                guard case .list = v else { return .stringList([SprigCast.toString(v)]) }
                return .stringList(SprigCast.toStringList(v).sorted(by: goStringLess))
            },
            "concat": TemplateFunction([], variadic: .any) { a in
                var result: [Value] = []
                for list in a {
                    result += try elements(of: list) { "Cannot concat type \($0) as list" }
                }
                return .interfaceList(result)
            },
        ]
        for (name, function) in mustPairs {
            f[name] = function
            f["must" + name.prefix(1).uppercased() + name.dropFirst()] = function
        }
        f["mustAppend"] = f["mustPush"]
        f["append"] = f["push"]
        f.merge(listSearchFunctions) { first, _ in first }
        return f
    }

    /// The functions that exist as `name` and `mustName`.
    private static var mustPairs: FunctionMap {
        [
            "push": TemplateFunction([.any, .any]) { a in
                .interfaceList(try elements(of: a.arg(0)) { "Cannot push on type \($0)" } + [a.arg(1)])
            },
            "prepend": TemplateFunction([.any, .any]) { a in
                .interfaceList([a.arg(1)] + (try elements(of: a.arg(0)) { "Cannot prepend on type \($0)" }))
            },
            "first": TemplateFunction([.any]) { a in
                try elements(of: a.arg(0)) { "Cannot find first on type \($0)" }.first ?? .nil
            },
            "last": TemplateFunction([.any]) { a in
                try elements(of: a.arg(0)) { "Cannot find last on type \($0)" }.last ?? .nil
            },
            "rest": TemplateFunction([.any]) { a in
                .interfaceList(Array(try elements(of: a.arg(0)) { "Cannot find rest on type \($0)" }.dropFirst()))
            },
            "initial": TemplateFunction([.any]) { a in
                .interfaceList(Array(try elements(of: a.arg(0)) { "Cannot find initial on type \($0)" }.dropLast()))
            },
            "reverse": TemplateFunction([.any]) { a in
                .interfaceList(try elements(of: a.arg(0)) { "Cannot find reverse on type \($0)" }.reversed())
            },
            "compact": TemplateFunction([.any]) { a in
                .interfaceList(try elements(of: a.arg(0)) { "Cannot compact on type \($0)" }.filter { !isEmpty($0) })
            },
            "chunk": TemplateFunction([.int, .any]) { a in
                try chunk(a.int(0), try elements(of: a.arg(1)) { "Cannot chunk type \($0)" })
            },
        ]
    }

    /// The elements of a slice argument, or Sprig's error naming the value's kind.
    /// A nil argument fails like Go's `reflect.TypeOf(nil).Kind()`.
    static func elements(of v: Value, _ message: (String) -> String) throws -> [Value] {
        switch v {
        case .list(let l): return l.elements
        case .nil: throw GoPanic("runtime error: invalid memory address or nil pointer dereference")
        default: throw FunctionError(message(v.kind.rawValue))
        }
    }

    /// Port of list.go `mustChunk`, including Go's float arithmetic for the chunk count.
    private static func chunk(_ size: Int64, _ list: [Value]) throws -> Value {
        let l = list.count
        let count = SprigCast.goInt64((Double(l - 1) / Double(size)).rounded(.down) + 1)
        guard count >= 0 else { throw GoPanic("runtime error: makeslice: len out of range") }
        var chunks: [Value] = []
        for i in 0..<Int(count) {
            var length = Int(size)
            if i == Int(count) - 1 {
                let remainder = Double(l).truncatingRemainder(dividingBy: Double(size))
                length = Int(SprigCast.goInt64(remainder.rounded(.down)))
                if length == 0 { length = Int(size) }
            }
            guard length >= 0 else { throw GoPanic("runtime error: makeslice: len out of range") }
            var chunk: [Value] = []
            for j in 0..<length {
                let index = i * Int(size) + j
                guard index >= 0 && index < l else {
                    throw GoPanic("runtime error: index out of range [\(index)] with length \(l)")
                }
                chunk.append(list[index])
            }
            chunks.append(.interfaceList(chunk))
        }
        return .list(GoList(chunks, elementType: .interfaceList))
    }
}
