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
    /// Sub-charts from `charts/`.
    public var dependencies: [Chart] = []
    public weak var parent: Chart?

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
}

/// A file of a chart: its path relative to the chart root and its bytes.
public struct ChartFile {
    public let name: String
    public let data: [UInt8]
    public init(name: String, data: [UInt8]) { self.name = name; self.data = data }
    public var text: String { String(decoding: data, as: UTF8.self) }
}
