import GoRuntime

/// `helm template`: load the chart, coalesce values, render, and assemble the output
/// exactly as helm prints it.
public struct TemplateAction {
    public var chartPath: String
    public var release = ReleaseOptions()
    public var valueFiles: [String] = []
    public var kubeVersion: String? = nil
    public var apiVersions: [String] = []
    public var skipTests = false

    public init(chartPath: String) {
        self.chartPath = chartPath
    }

    /// Renders and returns what `helm template` prints on standard output.
    public func run() throws -> String {
        let chart = try ChartLoader.load(directory: chartPath)
        if chart.metadata.isLibrary { throw ChartError("library charts are not installable") }
        var user = GoMap()
        for file in valueFiles {
            let text: String
            do {
                text = try FileSystem.readText(file)
            } catch {
                throw ChartError("open \(file): no such file or directory")
            }
            let map: GoMap
            do {
                map = try YAMLBridge.decodeMap(text)
            } catch {
                throw ChartError("failed to parse \(file): \(error)")
            }
            user = Coalesce.mergeMaps(user, map)
        }
        let values = try Coalesce.values(chart: chart, user: user)
        var caps = Capabilities()
        if let kubeVersion { caps = Capabilities(kubeVersion: kubeVersion) }
        if !apiVersions.isEmpty { caps.apiVersions = APIVersions(DefaultAPIVersions.list + apiVersions) }
        var rendered = try Engine().render(chart: chart, values: values, release: release, capabilities: caps)
        for key in Array(rendered.keys) where key.hasSuffix("NOTES.txt") { rendered[key] = nil }
        let (manifests, hooks) = try ManifestSorter.sort(rendered)
        var body = ""
        for m in manifests { body += "---\n# Source: \(m.name)\n\(m.content)\n" }
        var out = body.trimmingWhitespace() + "\n"
        for h in hooks {
            if skipTests && h.isTestHook { continue }
            out += "---\n# Source: \(h.name)\n\(h.content)\n"
        }
        return out
    }
}

extension Manifest {
    var isTestHook: Bool { false }
}
