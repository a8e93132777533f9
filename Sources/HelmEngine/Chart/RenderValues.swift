import GoRuntime
import Sprig

/// The values a chart is rendered with (helm's `ProcessDependencies` then `ToRenderValues`):
/// declared dependencies checked and processed (aliases, conditions, tags, import-values),
/// then the user's values coalesced with the chart's and its sub-charts' defaults.
public enum RenderValues {
    public static func prepare(chart: Chart, user: GoMap, nulls: Coalesce.Nulls = .dropDefaults,
                               semver: SemverRelease = .v3_5) throws -> GoMap {
        if case .bool(true)? = chart.metadata.raw.entries["deprecated"] {
            HelmLog.warn("this chart is deprecated")
        }
        try Dependencies.check(chart)
        do {
            try Dependencies.process(chart, values: user, semver: semver)
        } catch {
            HelmLog.emit(level: "ERROR", "chart dependencies processing failed", [("error", "\(error)")])
            throw ChartError("chart dependencies processing failed: \(error)")
        }
        return try Coalesce.values(chart: chart, user: user, nulls: nulls)
    }
}
