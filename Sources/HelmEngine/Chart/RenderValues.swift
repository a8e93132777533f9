import GoRuntime
import Sprig

/// The values a chart is rendered with (helm's `ProcessDependencies` then `ToRenderValues`):
/// declared dependencies checked and processed (aliases, conditions, tags, import-values),
/// then the user's values coalesced with the chart's and its sub-charts' defaults.
public enum RenderValues {
    /// `releaseName`, when given, is checked as helm checks it, between the dependency check
    /// and dependency processing.
    public static func prepare(chart: Chart, user: GoMap, profile: HelmProfile = .v4, releaseName: String? = nil) throws -> GoMap {
        if case .bool(true)? = chart.metadata.raw.entries["deprecated"] {
            HelmLog.log(.deprecatedChart)
        }
        try Dependencies.check(chart, profile: profile)
        if let releaseName { try ReleaseNameCheck.check(releaseName, profile: profile) }
        do {
            try Dependencies.process(chart, values: user, profile: profile)
        } catch {
            guard profile.wrapsDependencyErrors else { throw error }
            HelmLog.log(.dependencyProcessingFailed(error: "\(error)"))
            throw ChartError("chart dependencies processing failed: \(error)")
        }
        return try Coalesce.values(chart: chart, user: user, nulls: profile.coalesceNulls)
    }
}
