import GoRuntime
import HelmEngine

/// Validates pre-processed values as `helm template` would: coalesced with the chart's own
/// values, then checked against the `values.schema.json` of the chart and its sub-charts.
enum SchemaCheck {
    static func validate(_ values: GoMap, chart: Chart, file: String, profile: HelmProfile = .v4) throws {
        do {
            let coalesced = try RenderValues.prepare(chart: chart, user: values.deepCopy(), profile: profile)
            try SchemaValidation.validate(chart: chart, values: coalesced, profile: profile)
        } catch {
            throw IRErrors.single(file: file, "the pre-processed values do not meet the modelops chart's schema: \(error)")
        }
    }
}
