import GoRuntime
import GoTemplate
import Sprig

/// `helm template`: load the chart, coalesce values, render, and assemble the output
/// exactly as helm prints it.
public struct TemplateAction {
    public var chartPath: String
    public var release = ReleaseOptions()
    public var valueFiles: [String] = []
    /// `--set`, `--set-string`, `--set-json`, `--set-file`, `--set-literal` arguments by flag,
    /// each in command-line order (helm applies the flags in a fixed order after `-f`).
    public var setValues: [StrVals.Flag: [String]] = [:]
    public var kubeVersion: String? = nil
    public var apiVersions: [String] = []
    public var skipTests = false
    /// `--show-only`: glob patterns of template paths (relative to the chart) to print.
    public var showOnly: [String] = []

    public init(chartPath: String) {
        self.chartPath = chartPath
    }

    /// Renders and returns what `helm template` prints on standard output.
    public func run() throws -> String {
        let chart = try ChartLoader.load(path: chartPath)
        if chart.metadata.isLibrary { throw ChartError("library charts are not installable") }
        let user = try UserValues.load(files: valueFiles, sets: setValues)
        let values = try RenderValues.prepare(chart: chart, user: user)
        var caps = Capabilities()
        if let kubeVersion { caps = Capabilities(kubeVersion: kubeVersion) }
        if !apiVersions.isEmpty { caps.apiVersions = APIVersions(DefaultAPIVersions.list + apiVersions) }
        let rendered = try Engine().render(chart: chart, values: values, release: release, capabilities: caps)
        let out = try ReleaseOutput.assemble(rendered: rendered, chart: chart, options: outputOptions)
        if showOnly.isEmpty { return out }
        return try filterShowOnly(out)
    }

    var outputOptions: ReleaseOutput.Options {
        var o = ReleaseOutput.Options()
        o.skipTests = skipTests
        return o
    }

    /// helm's `--show-only`: re-split the output, keep documents whose `# Source:` path
    /// (without the chart name) matches a pattern, in pattern order.
    func filterShowOnly(_ output: String) throws -> String {
        let docs = ManifestSorter.splitManifests(output)
        var selected: [String] = []
        for pattern in showOnly {
            var missing = true
            for doc in docs {
                guard let path = ShowOnly.sourcePath(doc) else { continue }
                if ShowOnly.match(pattern, path) {
                    selected.append(doc)
                    missing = false
                }
            }
            if missing { throw ChartError("could not find template \(pattern) in chart") }
        }
        return selected.map { "---\n\($0)\n" }.joined()
    }
}

extension TemplateAction {
    /// helm's `--name-template`: a template rendered with Sprig's functions and no data.
    public static func renderNameTemplate(_ text: String) throws -> String {
        let set = TemplateSet(functions: Sprig.functions())
        try set.parse(name: "name-template", text: text)
        return try set.execute("name-template", data: .nil)
    }
}

