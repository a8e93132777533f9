import GoRuntime

/// What `helm template`'s flags set for an embedded render (`render(chart:values:options:)`).
public struct RenderOptions {
    /// `.Release`: name (default `release-name`), namespace, install or upgrade.
    public var release = ReleaseOptions()
    /// `--kube-version`.
    public var kubeVersion: String? = nil
    /// `--api-versions`, added to the defaults.
    public var apiVersions: [String] = []
    /// `--include-crds`.
    public var includeCRDs = false
    /// `--skip-tests`.
    public var skipTests = false
    /// `--no-hooks`.
    public var disableHooks = false
    /// `--skip-schema-validation`.
    public var skipSchemaValidation = false
    /// `--compat`: the helm release whose output to reproduce (load the chart with the same
    /// profile: it decides how `values.yaml` is read).
    public var profile = HelmProfile.v4

    public init() {}
}

extension Chart {
    /// Loads a chart folder or `.tgz` archive with its sub-charts (helm's `loader.Load`),
    /// reading values files as `profile`'s helm does.
    public static func load(path: String, profile: HelmProfile = .v4) throws -> Chart {
        try ChartLoader.load(path: path, profile: profile)
    }

    /// A copy that a render may change (dependency processing removes disabled sub-charts
    /// and renames aliased ones, coalescing writes into values) without touching this chart.
    func copyForRender() -> Chart {
        let out = Chart(metadata: ChartMetadata(raw: metadata.raw.deepCopy()), values: values.deepCopy(),
                        templates: templates, files: files)
        out.rawValues = rawValues
        out.schema = schema
        out.declaredDependencies = declaredDependencies?.map { $0.copy() }
        out.setDependencies(dependencies.map { $0.copyForRender() })
        return out
    }
}

extension UserValues {
    /// Values from YAML text, as a `-f` file gives them.
    public static func parse(yaml: String) throws -> GoMap {
        try YAMLBridge.loadValues(Array(yaml.utf8))
    }
}

/// Renders `chart` as `helm template` does, with `values` as the user's values (what `-f`
/// files and `--set` flags would give), and returns the documents in the order helm prints
/// them: CRDs (with `includeCRDs`), manifests by kind, then hooks. The chart is not changed,
/// so one loaded chart can be rendered many times. Renders must not run on two threads at once.
/// - Throws: the error `helm template` would print after `Error: `.
public func render(chart: Chart, values: GoMap = GoMap(), options: RenderOptions = RenderOptions()) throws -> [Manifest] {
    if chart.metadata.isLibrary { throw ChartError("library charts are not installable") }
    var action = TemplateAction(chartPath: chart.name)
    action.release = options.release
    action.kubeVersion = options.kubeVersion
    action.apiVersions = options.apiVersions
    action.includeCRDs = options.includeCRDs
    action.skipTests = options.skipTests
    action.disableHooks = options.disableHooks
    action.skipSchemaValidation = options.skipSchemaValidation
    action.profile = options.profile
    let result = try action.render(chart: chart.copyForRender(), user: values.deepCopy())
    return OutputDocument.split(result.stdout).map { doc in
        var manifest = Manifest(name: doc.source, content: doc.body, kind: doc.identity?.kind ?? "", isHook: doc.isHook)
        manifest.identity = doc.identity
        return manifest
    }
}
