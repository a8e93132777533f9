import GoRuntime

/// helm's `Values.Table` and `Values.PathValue`: dotted paths into a values map.
enum ValuesPath {
    /// A lookup failure: `"key" is not a table` / `"key" is not a value`.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func table(_ values: GoMap, _ name: String) -> Result<GoMap, Failure> {
        var table = values
        for part in name.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard case .map(let next)? = table.entries[part] else {
                return .failure(Failure(description: "\(Strconv.quote(part)) is not a table"))
            }
            table = next
        }
        return .success(table)
    }

    /// The non-table value at the path, or nil when there is none (`ErrNoValue`).
    static func pathValue(_ values: GoMap, _ path: String) -> Value? {
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let key = parts.removeLast()
        var t = values
        if !parts.isEmpty {
            guard case .success(let found) = table(values, parts.joined(separator: ".")) else { return nil }
            t = found
        }
        guard let v = t.entries[key] else { return nil }
        if case .map = v { return nil }
        return v
    }
}
