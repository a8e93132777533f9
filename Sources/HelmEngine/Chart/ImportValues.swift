import GoRuntime

/// helm's `processDependencyImportValues` (merge mode, as `helm template` runs it): each
/// chart's declared `import-values` copy tables from a child's values into the parent's,
/// with the parent's own values winning. Children are processed first.
enum ImportValues {
    static func process(_ c: Chart) throws {
        for d in c.dependencies { try process(d) }
        try processChart(c)
    }

    /// helm's `pathToMap`: `a.b` and data become `{a: {b: data}}`; `.` is the data itself.
    static func pathToMap(_ path: String, _ data: GoMap) -> GoMap {
        if path == "." { return data }
        var cur = data
        for part in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            cur = GoMap([String(part): .map(cur)])
        }
        return cur
    }

    static func processChart(_ c: Chart) throws {
        guard let reqs = c.declaredDependencies else { return }
        let cvals = try Coalesce.values(chart: c, user: GoMap(), merge: true)
        var b = GoMap()
        for r in reqs {
            var normalized: [Value] = []
            for riv in r.importValues {
                switch riv {
                case .map(let iv):
                    let child = GoFormat.value(iv.entries["child"] ?? .nil)
                    let parent = GoFormat.value(iv.entries["parent"] ?? .nil)
                    normalized.append(.map(GoMap(["child": .string(child), "parent": .string(parent)], valueType: .string)))
                    switch ValuesPath.table(cvals, r.name + "." + child) {
                    case .success(let vv):
                        b = Coalesce.coalesceTables(dst: b, src: pathToMap(parent, vv), prefix: "", merge: true)
                    case .failure(let err):
                        HelmLog.log(.importMissingTableFromChart(chart: r.name, error: err.description))
                    }
                case .string(let iv):
                    let child = "exports." + iv
                    normalized.append(.map(GoMap(["child": .string(child), "parent": .string(".")], valueType: .string)))
                    switch ValuesPath.table(cvals, r.name + "." + child) {
                    case .success(let vm):
                        b = Coalesce.coalesceTables(dst: b, src: vm, prefix: "", merge: true)
                    case .failure(let err):
                        HelmLog.log(.importMissingTable(error: err.description))
                    }
                default:
                    continue
                }
            }
            r.importValues = normalized
        }
        // helm copies cvals first because b may hold tables of it; with nothing imported the
        // merge changes nothing, and cvals (made just above) is no other map's.
        c.values = b.count == 0 ? cvals : Coalesce.coalesceTables(dst: cvals.deepCopy(), src: b, prefix: "", merge: true)
    }
}
