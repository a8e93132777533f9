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
    /// `--skip-schema-validation`: do not check values against `values.schema.json`.
    public var skipSchemaValidation = false
    /// `--no-hooks`.
    public var disableHooks = false
    /// `--include-crds`.
    public var includeCRDs = false
    /// `--output-dir`.
    public var outputDir: String? = nil
    /// `--release-name` (with `--output-dir`).
    public var useReleaseName = false
    /// `--show-only`: glob patterns of template paths (relative to the chart) to print.
    public var showOnly: [String] = []
    /// `--debug`: helm's debug log lines go to `HelmLog`.
    public var debug = false
    /// `--version` (only logged with `--debug`: local charts ignore it).
    public var chartVersion = ""
    /// `--compat`: the helm release whose output to reproduce.
    public var profile = HelmProfile.v4
    /// helm v3's `--post-renderer`: rewrites the manifests (not hooks) before printing.
    public var postRender: ((String) throws -> String)? = nil

    public init(chartPath: String) {
        self.chartPath = chartPath
    }

    /// Renders and returns what `helm template` prints on standard output.
    public func run() throws -> String {
        try runResult().stdout
    }

    /// Renders; returns standard output. Log lines (helm's standard error) go to `HelmLog`
    /// as they happen, so the returned `log` is empty.
    /// - Throws: `ReleaseFailure` for failures after rendering started (helm's partial
    ///   release), other errors before.
    public func runResult() throws -> ReleaseOutput.Result {
        HelmLog.style = profile.logStyle
        // helm parses --kube-version first of all (render builds the capabilities from it).
        if let kubeVersion, !kubeVersion.isEmpty { _ = try KubeVersionFlag.parse(kubeVersion, profile: profile) }
        if debug {
            HelmLog.log(.debugChartVersion(version: chartVersion))
            try ChartLoader.locate(path: chartPath)
            HelmLog.log(.debugChartPath(path: GoPath.absolute(chartPath)))
        }
        let chart = try ChartLoader.load(path: chartPath, profile: profile)
        if chart.metadata.isLibrary {
            var error = ChartError("library charts are not installable")
            error.trace = PkgErrorsTrace(message: error.description, site: .checkIfInstallable)
            throw error
        }
        let user = try UserValues.load(files: valueFiles, sets: setValues, profile: profile)
        var result = try render(chart: chart, user: user)
        if showOnly.isEmpty { return result }
        do {
            result.stdout = try filterShowOnly(result.stdout)
        } catch {
            // helm has printed nothing yet, but `wrote` lines went out as files were written.
            throw ReleaseFailure(error, partialOutput: outputDir == nil ? "" : writtenLines(result.stdout),
                                 suggestsDebug: false)
        }
        return result
    }

    /// Renders a loaded, installable chart with the user's values (what `-f` and `--set`
    /// gave) and assembles the output; `--show-only` is left to the caller. Dependencies of
    /// `chart` are processed in place, as helm does.
    func render(chart: Chart, user: GoMap) throws -> ReleaseOutput.Result {
        let values = try RenderValues.prepare(chart: chart, user: user, profile: profile, releaseName: release.name)
        // helm v4 logs the sub-chart counts once values are ready, before a schema error.
        do {
            if !skipSchemaValidation { try SchemaValidation.validate(chart: chart, values: values, profile: profile) }
        } catch {
            if debug { logDependencies(chart) }
            throw error
        }
        if debug { logDependencies(chart) }
        let caps = try Capabilities(kubeVersion: kubeVersion, profile: profile)
        if !apiVersions.isEmpty {
            caps.apiVersions = APIVersions(profile.defaultAPIVersions + apiVersions, package: profile.valuesPackage)
        }
        var result: ReleaseOutput.Result
        do {
            try KubeVersionCheck.check(chart: chart, kubeVersion: caps.kubeVersion, semver: profile.semverRelease)
            let rendered = try Engine().render(chart: chart, values: values, release: release, capabilities: caps)
            result = try ReleaseOutput.assembleResult(rendered: rendered, chart: chart, options: outputOptions)
            for line in result.log { HelmLog.sink(line + "\n") }
            result.log = []
        } catch let failure as ReleaseFailure {
            for line in failure.log { HelmLog.sink(line + "\n") }
            throw ReleaseFailure(failure.underlying, debugOutput: failure.debugOutput, partialOutput: failure.partialOutput,
                                 suggestsDebug: failure.suggestsDebug)
        } catch {
            throw ReleaseFailure(error)
        }
        return result
    }

    var outputOptions: ReleaseOutput.Options {
        var o = ReleaseOutput.Options()
        o.skipTests = skipTests
        o.disableHooks = disableHooks
        o.includeCRDs = includeCRDs
        o.outputDir = outputDir
        o.useReleaseName = useReleaseName
        o.releaseName = release.name
        o.profile = profile
        o.postRender = postRender
        return o
    }

    /// `number of dependencies in the chart` lines, the chart first, then its sub-charts.
    func logDependencies(_ chart: Chart) {
        HelmLog.log(.debugDependencies(chart: chart.name, count: chart.dependencies.count))
        for sub in chart.dependencies { logDependencies(sub) }
    }

    /// The `wrote PATH` lines at the start of an output-dir run's standard output.
    func writtenLines(_ stdout: String) -> String {
        var out = ""
        for line in stdout.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("wrote ") {
            out += line + "\n"
        }
        return out
    }

    /// helm's `--show-only`: re-split the output, keep documents whose `# Source:` path
    /// (without the chart name) matches a pattern, in pattern order.
    func filterShowOnly(_ output: String) throws -> String {
        let docs = ManifestSorter.split(output, profile.documentSplit)
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
