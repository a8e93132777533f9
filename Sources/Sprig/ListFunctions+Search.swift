import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's list functions that compare elements (`reflect.DeepEqual`) or cut slices.
    static var listSearchFunctions: FunctionMap {
        let uniq = TemplateFunction([.any]) { a in
            var result: [Value] = []
            for item in try elements(of: a.arg(0), { "Cannot find uniq on type \($0)" })
            where !result.contains(where: { goDeepEqual(item, $0) }) {
                result.append(item)
            }
            return .interfaceList(result)
        }
        let without = TemplateFunction([.any], variadic: .any) { a in
            let omit = a.rest(from: 1)
            let items = try elements(of: a.arg(0)) { "Cannot find without on type \($0)" }
            return .interfaceList(items.filter { item in !omit.contains { goDeepEqual(item, $0) } })
        }
        let has = TemplateFunction([.any, .any]) { a in
            let haystack = a.arg(1)
            if haystack.isNil { return .bool(false) }
            let needle = a.arg(0)
            return .bool(try elements(of: haystack) { "Cannot find has on type \($0)" }.contains { goDeepEqual(needle, $0) })
        }
        let slice = TemplateFunction([.any], variadic: .any) { a in try cut(a.arg(0), a.rest(from: 1)) }
        return [
            "uniq": uniq, "mustUniq": uniq,
            "without": without, "mustWithout": without,
            "has": has, "mustHas": has,
            "slice": slice, "mustSlice": slice,
        ]
    }

    /// Port of list.go `mustSlice`: `list[start:end]` keeping the slice's type; an empty
    /// list gives nil.
    private static func cut(_ v: Value, _ indices: [Value]) throws -> Value {
        guard case .list(let list) = v else {
            if v.isNil { throw GoPanic("runtime error: invalid memory address or nil pointer dereference") }
            throw FunctionError("list should be type of slice or array but \(v.kind.rawValue)")
        }
        let length = Int64(list.elements.count)
        if length == 0 { return .nil }
        let start = indices.isEmpty ? 0 : SprigCast.toInt(indices[0])
        let end = indices.count < 2 ? length : SprigCast.toInt(indices[1])
        guard start >= 0, end >= start, end <= length else {
            throw GoPanic("reflect.Value.Slice: slice index out of bounds")
        }
        return .list(GoList(Array(list.elements[Int(start)..<Int(end)]), elementType: list.elementType))
    }
}
