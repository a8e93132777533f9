import GoRuntime

/// Helm's values coalescing (`CoalesceValues` / `MergeValues` in helm v4.3):
/// - user-supplied values win over a chart's `values.yaml`;
/// - maps are merged key by key, recursively;
/// - when coalescing (not merging), a chart default `null` is dropped, and a user `null`
///   deletes the chart's non-null default for that key;
/// - a sub-chart's values live under its name (or alias) in the parent's values, merged
///   keeping nulls until the sub-chart itself is coalesced;
/// - `global` is copied down into every sub-chart's values, parents winning.
/// Type-clash warnings go to `HelmLog.log`, as helm's `log.Printf`.
public enum Coalesce {
    /// How `null`s of a chart's defaults are treated when coalescing.
    public enum Nulls: Sendable {
        /// helm v4: a chart default `null` is dropped; a user `null` deletes only a
        /// non-null default.
        case dropDefaults
        /// helm v3.17: chart default `null`s are kept; a user `null` deletes the key
        /// whatever the default.
        case keepDefaults
    }

    /// helm's `CoalesceValues` (`merge: false`) or `MergeValues` (`merge: true`), which work on
    /// a copy of `user`; a caller that has no further use for `user` may let it be changed in
    /// place instead (`userIsSpare`).
    public static func values(chart: Chart, user: GoMap, merge: Bool = false, nulls: Nulls = .dropDefaults,
                              userIsSpare: Bool = false) throws -> GoMap {
        let dest = userIsSpare ? user : user.deepCopy()
        try coalesce(chart: chart, dest: dest, prefix: "", merge: merge, nulls: nulls)
        return dest
    }

    static func concatPrefix(_ a: String, _ b: String) -> String {
        a.isEmpty ? b : a + "." + b
    }

    static func coalesce(chart: Chart, dest: GoMap, prefix: String, merge: Bool, nulls: Nulls) throws {
        coalesceValues(chart: chart, dest: dest, prefix: prefix, merge: merge, nulls: nulls)
        try coalesceDeps(chart: chart, dest: dest, prefix: prefix, merge: merge, nulls: nulls)
    }

    static func coalesceDeps(chart: Chart, dest: GoMap, prefix: String, merge: Bool, nulls: Nulls) throws {
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
            coalesceGlobals(dest: sv, src: dest, prefix: subPrefix)
            try coalesce(chart: sub, dest: sv, prefix: subPrefix, merge: merge, nulls: nulls)
        }
    }

    /// Removes `null` entries in place, recursively (helm's `cleanNilValues`).
    static func cleanNil(_ m: GoMap) {
        // One pass over the entries (no look-up per key); the few nulls are removed after.
        var nulls: [String] = []
        for (key, value) in m.entries {
            switch value {
            case .nil: nulls.append(key)
            case .map(let sub): cleanNil(sub)
            default: break
            }
        }
        for key in nulls { m.entries[key] = nil }
    }

    static func coalesceValues(chart: Chart, dest v: GoMap, prefix: String, merge: Bool, nulls: Nulls) {
        let dropsDefaults = nulls == .dropDefaults
        let subPrefix = concatPrefix(prefix, chart.name)
        let vc = chart.values.deepCopy()
        for key in vc.sortedKeys {
            let val = vc.entries[key] ?? .nil
            if let value = v.entries[key] {
                if value.isNil && !merge {
                    v.entries[key] = nil
                } else if case .map(let dst) = value {
                    if case .map(let src) = val {
                        let mergeHere = merge || chart.dependencies.contains { $0.name == key }
                        if !mergeHere && dropsDefaults { cleanNil(src) }
                        coalesceTables(dst: dst, src: src, prefix: concatPrefix(subPrefix, key), merge: mergeHere, nulls: nulls)
                    } else if !val.isNil {
                        HelmLog.log(.skippedNonTable(key: "\(subPrefix).\(key)"))
                    }
                }
            } else {
                if !merge && dropsDefaults {
                    if val.isNil { continue }
                    if case .map(let sub) = val { cleanNil(sub) }
                }
                v.entries[key] = val
            }
        }
    }

    /// Merges `src` into `dst`; `dst` wins (helm's `coalesceTablesFullKey`).
    @discardableResult
    static func coalesceTables(dst: GoMap, src: GoMap, prefix: String, merge: Bool, nulls: Nulls = .dropDefaults) -> GoMap {
        // Whether `src` held a non-null value (any value, keeping default nulls) before the
        // nulls of `dst` are copied into it: only read for keys whose `dst` value is null.
        var srcHadValue: [String: Bool] = [:]
        for (key, val) in dst.entries where val.isNil {
            srcHadValue[key] = src.entries[key].map { !$0.isNil || nulls == .keepDefaults } ?? false
            if nulls == .dropDefaults { src.entries[key] = .nil }
        }
        for key in src.sortedKeys {
            let val = src.entries[key] ?? .nil
            let dv = dst.entries[key]
            if let dv, !merge, dv.isNil, srcHadValue[key] == true {
                dst.entries[key] = nil
            } else if dv == nil {
                dst.entries[key] = val
            } else if case .map(let srcMap) = val {
                if case .map(let dstMap)? = dv {
                    coalesceTables(dst: dstMap, src: srcMap, prefix: concatPrefix(prefix, key), merge: merge, nulls: nulls)
                } else {
                    HelmLog.log(.cannotOverwriteTable(key: concatPrefix(prefix, key), value: GoFormat.value(val)))
                }
            } else if case .map? = dv, !val.isNil {
                HelmLog.log(.ignoringNonTableValue(key: concatPrefix(prefix, key), value: GoFormat.value(val)))
            }
        }
        return dst
    }

    static func coalesceGlobals(dest: GoMap, src: GoMap, prefix: String) {
        let dg: GoMap
        switch dest.entries["global"] {
        case nil: dg = GoMap()
        case .map(let m)?: dg = m
        default:
            HelmLog.log(.skippingGlobalsDestination)
            return
        }
        let sg: GoMap
        switch src.entries["global"] {
        case nil: sg = GoMap()
        case .map(let m)?: sg = m
        default:
            HelmLog.log(.skippingGlobalsSource)
            return
        }
        for key in sg.sortedKeys {
            let val = sg.entries[key] ?? .nil
            if case .map(let m) = val {
                let vv = GoMap(m.entries)
                if let destv = dg.entries[key] {
                    if case .map(let destMap) = destv {
                        coalesceTables(dst: vv, src: destMap, prefix: concatPrefix(prefix, key), merge: true)
                        dg.entries[key] = .map(vv)
                    } else {
                        HelmLog.log(.globalConflict(key: key))
                    }
                } else {
                    dg.entries[key] = .map(vv)
                }
            } else if case .map? = dg.entries[key] {
                HelmLog.log(.globalKeyIsTable(key: key))
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
