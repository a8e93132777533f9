import GoRuntime

/// Helm's values coalescing (`chartutil.CoalesceValues`):
/// - user-supplied values win over a chart's `values.yaml`;
/// - maps are merged key by key, recursively;
/// - a `null` supplied by the user deletes the chart's default for that key;
/// - a sub-chart's values live under its name (or alias) in the parent's values;
/// - `global` is copied down into every sub-chart's values, parents winning.
/// Warnings about type clashes go to `warn`, as helm's `printf` parameter.
public enum Coalesce {
    public static func values(chart: Chart, user: GoMap, warn: (String) -> Void = { _ in }) throws -> GoMap {
        let dest = user.deepCopy()
        try coalesce(chart: chart, dest: dest, prefix: "", warn: warn)
        return dest
    }

    static func concatPrefix(_ a: String, _ b: String) -> String {
        a.isEmpty ? b : a + "." + b
    }

    static func coalesce(chart: Chart, dest: GoMap, prefix: String, warn: (String) -> Void) throws {
        coalesceValues(chart: chart, dest: dest, prefix: prefix, warn: warn)
        try coalesceDeps(chart: chart, dest: dest, prefix: prefix, warn: warn)
    }

    static func coalesceDeps(chart: Chart, dest: GoMap, prefix: String, warn: (String) -> Void) throws {
        for sub in chart.dependencies {
            let sv: GoMap
            switch dest.entries[sub.name] {
            case nil:
                sv = GoMap()
                dest.entries[sub.name] = .map(sv)
            case .map(let m)?:
                sv = m
            case let other?:
                throw ChartError("type mismatch on \(sub.name): %!t(\(other.goTypeName)=\(GoFormat.value(other)))")
            }
            let subPrefix = concatPrefix(prefix, chart.name)
            coalesceGlobals(dest: sv, src: dest, prefix: subPrefix, warn: warn)
            try coalesce(chart: sub, dest: sv, prefix: subPrefix, warn: warn)
        }
    }

    static func coalesceValues(chart: Chart, dest v: GoMap, prefix: String, warn: (String) -> Void) {
        let subPrefix = concatPrefix(prefix, chart.name)
        let vc = chart.values.deepCopy()
        for key in vc.sortedKeys {
            let val = vc.entries[key] ?? .nil
            if let value = v.entries[key] {
                if case .nil = value {
                    v.entries[key] = nil
                } else if case .map(let dst) = value {
                    if case .map(let src) = val {
                        coalesceTables(dst: dst, src: src, prefix: concatPrefix(subPrefix, key), merge: false, warn: warn)
                    } else if !val.isNil {
                        warn("warning: skipped value for \(subPrefix).\(key): Not a table.")
                    }
                }
            } else {
                v.entries[key] = val
            }
        }
    }

    /// Merges `src` into `dst`; `dst` wins (helm's `coalesceTablesFullKey`).
    static func coalesceTables(dst: GoMap, src: GoMap, prefix: String, merge: Bool, warn: (String) -> Void) {
        for (key, val) in dst.entries where val.isNil {
            src.entries[key] = .nil
        }
        for key in src.sortedKeys {
            let val = src.entries[key] ?? .nil
            let fullKey = concatPrefix(prefix, key)
            let dv = dst.entries[key]
            if let dv, !merge, dv.isNil {
                dst.entries[key] = nil
            } else if dv == nil {
                dst.entries[key] = val
            } else if case .map(let srcMap) = val {
                if case .map(let dstMap)? = dv {
                    coalesceTables(dst: dstMap, src: srcMap, prefix: fullKey, merge: merge, warn: warn)
                } else {
                    warn("warning: cannot overwrite table with non table for \(fullKey) (\(GoFormat.value(val)))")
                }
            } else if case .map? = dv, !val.isNil {
                warn("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(GoFormat.value(val)))")
            }
        }
    }

    static func coalesceGlobals(dest: GoMap, src: GoMap, prefix: String, warn: (String) -> Void) {
        let dg: GoMap
        switch dest.entries["global"] {
        case nil: dg = GoMap()
        case .map(let m)?: dg = m
        default:
            warn("warning: skipping globals because destination global is not a table.")
            return
        }
        let sg: GoMap
        switch src.entries["global"] {
        case nil: sg = GoMap()
        case .map(let m)?: sg = m
        default:
            warn("warning: skipping globals because source global is not a table.")
            return
        }
        for key in sg.sortedKeys {
            let val = sg.entries[key] ?? .nil
            if case .map(let m) = val {
                let vv = m.deepCopy()
                if let destv = dg.entries[key] {
                    if case .map(let destMap) = destv {
                        coalesceTables(dst: vv, src: destMap, prefix: concatPrefix(prefix, key), merge: true, warn: warn)
                        dg.entries[key] = .map(vv)
                    } else {
                        warn("Conflict: cannot merge map onto non-map for \(Strconv.quote(key)). Skipping.")
                    }
                } else {
                    dg.entries[key] = .map(vv)
                }
            } else if case .map? = dg.entries[key] {
                warn("key \(key) is table. Skipping")
            } else {
                dg.entries[key] = val
            }
        }
        dest.entries["global"] = .map(dg)
    }

    /// Merges `override` into `base` recursively, override winning (helm's `mergeMaps`,
    /// used to combine several `-f`/`--set` sources).
    public static func mergeMaps(_ base: GoMap, _ override: GoMap) -> GoMap {
        let out = GoMap(base.entries)
        for (k, v) in override.entries {
            if case .map(let vm) = v, case .map(let bm)? = out.entries[k] {
                out.entries[k] = .map(mergeMaps(bm, vm))
            } else {
                out.entries[k] = v
            }
        }
        return out
    }
}
