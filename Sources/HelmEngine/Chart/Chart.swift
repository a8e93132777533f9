import GoRuntime

/// A loaded chart: its metadata, default values, templates, other files and sub-charts
/// (helm's `chart.Chart`).
public final class Chart {
    /// `Chart.yaml` decoded.
    public var metadata: ChartMetadata
    /// `values.yaml` decoded (empty when absent).
    public var values: GoMap
    /// Raw `values.yaml` text, when present.
    public var rawValues: String?
    /// Files under `templates/`, paths relative to the chart root (`templates/x.yaml`).
    public var templates: [ChartFile]
    /// Every other file of the chart (visible through `.Files`).
    public var files: [ChartFile]
    /// `values.schema.json`, when present.
    public var schema: [UInt8]?
    /// Sub-charts from `charts/` (after dependency processing: the enabled ones, aliased).
    public var dependencies: [Chart] = []
    /// The declared dependencies (`Chart.yaml` `dependencies`, or `requirements.yaml` for
    /// apiVersion v1), nil when none are declared (helm's `Metadata.Dependencies`).
    public var declaredDependencies: [ChartDependency]?
    /// The parent chart. Strong, as Go's pointer: alias copies keep their originals alive.
    public var parent: Chart?

    public init(metadata: ChartMetadata, values: GoMap, templates: [ChartFile], files: [ChartFile]) {
        self.metadata = metadata
        self.values = values
        self.templates = templates
        self.files = files
    }

    public var name: String { metadata.name }
    public var isRoot: Bool { parent == nil }

    /// `parent/charts/child/...` path used for template names (helm's `ChartFullPath`).
    public var fullPath: String {
        guard let parent else { return name }
        return parent.fullPath + "/charts/" + name
    }

    /// helm's `AddDependency`/`SetDependencies`: replaces the sub-charts and re-parents them.
    func setDependencies(_ charts: [Chart]) {
        dependencies = charts
        for c in charts { c.parent = self }
    }

    /// A shallow copy (Go's `out := *c`): same values, templates and sub-chart objects.
    func shallowCopy() -> Chart {
        let out = Chart(metadata: metadata, values: values, templates: templates, files: files)
        out.rawValues = rawValues
        out.schema = schema
        out.dependencies = dependencies
        out.declaredDependencies = declaredDependencies
        out.parent = parent
        return out
    }
}

/// A file of a chart: its path relative to the chart root and its bytes.
public struct ChartFile {
    public let name: String
    public let data: [UInt8]
    public init(name: String, data: [UInt8]) { self.name = name; self.data = data }
    public var text: String { String(decoding: data, as: UTF8.self) }
}
