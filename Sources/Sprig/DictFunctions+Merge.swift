import GoRuntime
import GoTemplate

extension Sprig {
    /// `merge`, `mergeOverwrite` and their `must` forms: dario.cat/mergo v1.0.1 merges of
    /// each source into the first map, which is changed in place and returned.
    static var mergeFunctions: FunctionMap {
        let merge = TemplateFunction([.map], variadic: .map) { a in mergeAll(a, overwrite: false) }
        let mergeOverwrite = TemplateFunction([.map], variadic: .map) { a in mergeAll(a, overwrite: true) }
        return [
            "merge": merge, "mustMerge": merge,
            "mergeOverwrite": mergeOverwrite, "mustMergeOverwrite": mergeOverwrite,
        ]
    }

    private static func mergeAll(_ a: [Value], overwrite: Bool) -> Value {
        var destination = a.dict(0)
        for i in a.indices.dropFirst() {
            guard let source = a.dict(i) else { continue }
            // mergo makes a nil destination map before merging a non-nil source.
            let target = destination ?? GoMap()
            destination = target
            mergoMerge(into: target, from: source, overwrite: overwrite)
        }
        // A nil destination with only nil sources stays a (printable, empty) nil map.
        return .map(destination ?? GoMap())
    }

    /// Port of mergo's `deepMerge` for `map[string]interface{}`.
    ///
    /// For each source key:
    /// - a nil source value is copied only when overwriting;
    /// - a map source value is merged into a map destination value (in place);
    /// - a list source value replaces the destination value only when overwriting or
    ///   when the destination is absent or empty (lists are never merged element-wise);
    /// - otherwise the source value is stored when overwriting, or when the destination
    ///   value is absent or empty (mergo's `isEmptyValue`, which looks through interfaces).
    ///
    /// Source maps stored this way are shared, not copied, as in Go.
    static func mergoMerge(into dst: GoMap, from src: GoMap, overwrite: Bool) {
        // Keys are independent of each other, so map order (Go's is random) does not matter.
        for (key, srcElement) in src.entries {
            let dstElement = dst[key]
            switch srcElement {
            case .nil:
                if overwrite { dst[key] = .nil }
                continue
            case .map(let srcMap):
                if case .map(let dstMap)? = dstElement, dstMap !== srcMap {
                    mergoMerge(into: dstMap, from: srcMap, overwrite: overwrite)
                }
                if let existing = dstElement, !isEmpty(existing), case .map = existing { continue }
            case .list:
                if let existing = dstElement, !isEmpty(existing) {
                    if overwrite { dst[key] = srcElement }
                    continue
                }
            default:
                break
            }
            if overwrite || dstElement.map(isEmpty) ?? true {
                dst[key] = srcElement
            }
        }
    }
}
