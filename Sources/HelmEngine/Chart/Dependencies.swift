import GoRuntime
import Sprig

/// helm's dependency handling for `helm template`: `CheckDependencies` (every declared
/// dependency must be vendored in `charts/`) and `ProcessDependencies` (aliases, version
/// matching, `condition`, `tags`, then `import-values`).
enum Dependencies {
    /// helm's `action.CheckDependencies` with the wording `helm template` wraps it in.
    static func check(_ chart: Chart, profile: HelmProfile = .v4) throws {
        guard let declared = chart.declaredDependencies else { return }
        var missing: [String] = []
        for d in declared where !chart.dependencies.contains(where: { $0.name == d.name }) {
            missing.append(d.name)
        }
        if !missing.isEmpty {
            let cause = "found in Chart.yaml, but missing in charts/ directory: " + missing.joined(separator: ", ")
            var error = ChartError(profile.missingDependenciesMessage + ": " + cause)
            var trace = PkgErrorsTrace(message: profile.missingDependenciesMessage, site: .runInstallDependencies)
            trace.wrapped = [PkgErrorsTrace(message: cause, site: .checkDependencies)]
            error.trace = trace
            throw error
        }
    }

    /// helm's `ProcessDependencies`.
    static func process(_ chart: Chart, values: GoMap, profile: HelmProfile = .v4) throws {
        try processEnabled(chart, values: values, path: "", profile: profile)
        try ImportValues.process(chart)
    }

    /// helm's `getAliasDependency`: a copy of the matching vendored chart, renamed to the alias.
    /// v4 copies its sub-charts (re-parented to the copy) and declared dependencies too; v3's
    /// copy shares them, so grandchildren keep the unaliased chart in their paths.
    static func aliasCopy(_ charts: [Chart], _ dep: ChartDependency, profile: HelmProfile) -> Chart? {
        for c in charts where c.name == dep.name {
            if !SemverCheck.isCompatibleRange(dep.version, c.metadata.version, release: profile.semverRelease) { continue }
            let out = c.shallowCopy()
            if profile.aliasCopiesSubcharts {
                out.declaredDependencies = c.declaredDependencies?.map { $0.copy() }
                let children = c.dependencies.map { $0.shallowCopy() }
                out.setDependencies(children)
            }
            if !dep.alias.isEmpty { out.metadata = c.metadata.replacing("name", with: .string(dep.alias)) }
            return out
        }
        return nil
    }

    /// helm's `processDependencyEnabled`.
    static func processEnabled(_ c: Chart, values v: GoMap, path: String, profile: HelmProfile, valuesAreSpare: Bool = false) throws {
        guard let reqs = c.declaredDependencies else { return }
        var chartDependencies: [Chart] = []
        for existing in c.dependencies {
            let declared = reqs.contains { $0.name == existing.name && SemverCheck.isCompatibleRange($0.version, existing.metadata.version, release: profile.semverRelease) }
            if !declared { chartDependencies.append(existing) }
        }
        for req in reqs {
            if let copy = aliasCopy(c.dependencies, req, profile: profile) { chartDependencies.append(copy) }
            if !req.alias.isEmpty { req.name = req.alias }
        }
        c.setDependencies(chartDependencies)
        for r in reqs { r.enabled = true }
        let cvals = try Coalesce.values(chart: c, user: v, userIsSpare: valuesAreSpare)
        processTags(reqs, cvals)
        processConditions(reqs, cvals, path)
        let removed = Set(reqs.filter { !$0.enabled }.map(\.name))
        let kept = c.dependencies.filter { !removed.contains($0.name) }
        let keptReqs = reqs.filter { !removed.contains($0.name) }
        // Each child coalesces a copy of cvals, except the last that coalesces at all, which
        // may change cvals itself: nothing reads it after.
        let lastCoalescing = kept.lastIndex { $0.declaredDependencies != nil }
        for (i, t) in kept.enumerated() {
            try processEnabled(t, values: cvals, path: path + t.name + ".", profile: profile, valuesAreSpare: i == lastCoalescing)
        }
        c.declaredDependencies = keptReqs
        c.metadata.processedDependencies = keptReqs
        c.setDependencies(kept)
    }

    static func processConditions(_ reqs: [ChartDependency], _ cvals: GoMap, _ cpath: String) {
        for r in reqs {
            let trimmed = HelmIgnore.trimSpace(r.condition)
            for cond in trimmed.split(separator: ",", omittingEmptySubsequences: false).map(String.init) where !cond.isEmpty {
                guard let vv = ValuesPath.pathValue(cvals, cpath + cond) else { continue }
                if case .bool(let b) = vv {
                    r.enabled = b
                    break
                }
                HelmLog.log(.conditionNotBool(path: cond, chart: r.name))
            }
        }
    }

    static func processTags(_ reqs: [ChartDependency], _ cvals: GoMap) {
        guard case .success(let vt) = ValuesPath.table(cvals, "tags") else { return }
        for r in reqs {
            var hasTrue = false
            var hasFalse = false
            for k in r.tags {
                guard let b = vt.entries[k] else { continue }
                if case .bool(let bv) = b {
                    if bv { hasTrue = true } else { hasFalse = true }
                } else {
                    HelmLog.log(.tagNotBool(tag: k, chart: r.name))
                }
            }
            if !hasTrue && hasFalse {
                r.enabled = false
            } else if hasTrue || (!hasTrue && !hasFalse) {
                r.enabled = true
            }
        }
    }
}
