import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's splitting and joining functions.
    ///
    /// `split` and `splitn` return a `map[string]string` keyed `_0`, `_1`, ... (so that
    /// templates can write `$parts._0`); `splitList` returns a `[]string`.
    static var splitFunctions: FunctionMap {
        [
            "split": TemplateFunction([.string, .string]) { a in
                indexed(GoStrings.split(a.string(1), a.string(0)))
            },
            "splitn": TemplateFunction([.string, .int, .string]) { a in
                indexed(GoStrings.split(a.string(2), a.string(0), n: Int(clamping: a.int(1))))
            },
            "splitList": TemplateFunction([.string, .string]) { a in
                .stringList(GoStrings.split(a.string(1), a.string(0)))
            },
            "join": TemplateFunction([.string, .any]) { a in
                .string(SprigCast.toStringList(a.arg(1)).joined(separator: a.string(0)))
            },
        ]
    }

    /// The `map[string]string{"_0": parts[0], ...}` that `split` returns.
    static func indexed(_ parts: [String]) -> Value {
        var entries: [String: Value] = [:]
        entries.reserveCapacity(parts.count)
        for (i, part) in parts.enumerated() { entries["_\(i)"] = .string(part) }
        return .map(GoMap(entries, valueType: .string))
    }
}
