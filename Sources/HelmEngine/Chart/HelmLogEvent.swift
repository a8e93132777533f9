/// One diagnostic line helm writes on standard error, with its data; `HelmLogStyle` words
/// it as the helm release of the profile does.
public enum HelmLogEvent: Sendable {
    /// A chart default table given a non-table value for a sub-chart (`coalesceValues`).
    case skippedNonTable(key: String)
    /// A user scalar over a chart table (`coalesceTablesFullKey`).
    case cannotOverwriteTable(key: String, value: String)
    /// A user table over a chart scalar (`coalesceTablesFullKey`).
    case ignoringNonTableValue(key: String, value: String)
    /// `coalesceGlobals`: the sub-chart's `global` is not a table.
    case skippingGlobalsDestination
    /// `coalesceGlobals`: the parent's `global` is not a table.
    case skippingGlobalsSource
    /// `coalesceGlobals`: a parent global table over a sub-chart's global scalar.
    case globalConflict(key: String)
    /// `coalesceGlobals`: a parent global scalar over a sub-chart's global table.
    case globalKeyIsTable(key: String)
    /// A symbolic link inside a chart folder (`sympath.Walk`).
    case symbolicLink(path: String, resolved: String)
    /// A dependency `condition` that is not a boolean.
    case conditionNotBool(path: String, chart: String)
    /// A dependency tag that is not a boolean.
    case tagNotBool(tag: String, chart: String)
    /// `import-values` in the `child`/`parent` form naming a missing table.
    case importMissingTableFromChart(chart: String, error: String)
    /// `import-values` in the short form naming a missing table.
    case importMissingTable(error: String)
    /// `deprecated: true` in `Chart.yaml`.
    case deprecatedChart
    /// A failure processing dependencies (v4 logs it before returning it).
    case dependencyProcessingFailed(error: String)
    /// helm v4's log of an invalid release name, before its error.
    case releaseNameCheckFailed(error: String)
    /// `requirements.yaml` in an apiVersion v2 chart.
    case requirementsYAML
    /// `requirements.lock` in an apiVersion v2 chart.
    case requirementsLock
    /// A hook annotation naming an unknown hook type.
    case unknownHooks(hookTypes: String)
    /// `--debug`: the `--version` flag's value.
    case debugChartVersion(version: String)
    /// `--debug`: the chart's absolute path.
    case debugChartPath(path: String)
    /// `--debug`: a chart's number of sub-charts (v4 only).
    case debugDependencies(chart: String, count: Int)
}
