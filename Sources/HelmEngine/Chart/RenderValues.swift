import GoRuntime

/// The values a chart is rendered with: the user's values coalesced with the chart's and its
/// sub-charts' defaults (helm's `CoalesceValues`), globals copied down.
public enum RenderValues {
    public static func prepare(chart: Chart, user: GoMap) throws -> GoMap {
        try Coalesce.values(chart: chart, user: user)
    }
}
