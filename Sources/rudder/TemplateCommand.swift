import ArgumentParser
import HelmEngine

/// `rudder template [NAME] CHART`: what `helm template` prints.
///
/// `main.swift` first reads the command line with pflag's rules (`TemplateFlags`), which
/// also accepts helm's cluster and repository flags that do not change the output.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Render chart templates locally and display the output.",
        usage: "rudder template [NAME] [CHART] [flags]",
        discussion: """
        Any values that would normally be looked up or retrieved in-cluster will be
        faked locally. Additionally, none of the server-side testing of chart validity
        (e.g. whether an API is supported) is done.

        To specify the Kubernetes API versions used for Capabilities.APIVersions, use
        the '--api-versions' flag. This flag can be specified multiple times or as a
        comma-separated list:

            $ rudder template --api-versions networking.k8s.io/v1 --api-versions cert-manager.io/v1 mychart ./mychart

        The output is byte for byte what helm v4.3.1's 'helm template' prints. Helm's
        cluster, repository and registry flags are accepted and have no effect.
        """
    )

    @Argument(help: "Release name (optional) and chart: a folder or a .tgz archive.")
    var arguments: [String] = []

    @Option(name: [.customShort("f"), .customLong("values")], help: "specify values in a YAML file (can specify multiple)")
    var values: [String] = []

    @Option(name: [.customShort("n"), .customLong("namespace")], help: "namespace scope for this request")
    var namespace: String = "default"

    @Option(name: .customLong("kube-version"), help: "Kubernetes version used for Capabilities.KubeVersion")
    var kubeVersion: String?

    @Option(name: [.customShort("a"), .customLong("api-versions")], help: "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)")
    var apiVersions: [String] = []

    @Option(name: .customLong("set"), help: "set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)")
    var set: [String] = []

    @Option(name: .customLong("set-string"), help: "set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)")
    var setString: [String] = []

    @Option(name: .customLong("set-json"), help: "set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2 or using json format: {\"key1\": jsonval1, \"key2\": \"jsonval2\"})")
    var setJSON: [String] = []

    @Option(name: .customLong("set-file"), help: "set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)")
    var setFile: [String] = []

    @Option(name: .customLong("set-literal"), help: "set a literal STRING value on the command line")
    var setLiteral: [String] = []

    @Flag(name: .customLong("skip-tests"), help: "skip tests from templated output")
    var skipTests = false

    @Flag(name: .customLong("no-hooks"), help: "prevent hooks from running during install")
    var noHooks = false

    @Flag(name: .customLong("include-crds"), help: "include CRDs in the templated output")
    var includeCRDs = false

    @Option(name: .customLong("output-dir"), help: "writes the executed templates to files in output-dir instead of stdout")
    var outputDir: String?

    @Flag(name: .customLong("release-name"), help: "use release name in the output-dir path.")
    var useReleaseName = false

    @Flag(name: .customLong("is-upgrade"), help: "set .Release.IsUpgrade instead of .Release.IsInstall")
    var isUpgrade = false

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "only show manifests rendered from the given templates")
    var showOnly: [String] = []

    @Option(name: .customLong("name-template"), help: "specify template used to name the release")
    var nameTemplate: String?

    @Flag(name: [.customShort("g"), .customLong("generate-name")], help: "generate the name (and omit the NAME parameter)")
    var generateName = false

    @Flag(name: .customLong("debug"), help: "enable verbose output")
    var debug = false

    @Option(name: .customLong("version"), help: "specify a version constraint for the chart version to use (local charts: ignored)")
    var chartVersion: String?

    @Option(name: .customLong("post-renderer"), help: "Post-renderer plugin name (not supported).")
    var postRenderer: String?

    @Option(name: .customLong("post-renderer-args"), help: "Post-renderer arguments.")
    var postRendererArgs: [String] = []

    @Option(name: .customLong("repo"), help: "Chart repository URL (not supported: local charts only).")
    var repo: String?

    @Flag(name: .customLong("verify"), help: "verify the package before using it (not supported: no provenance files)")
    var verify = false

    @Option(name: .customLong("ca-file"), help: "verify certificates of HTTPS-enabled servers using this CA bundle")
    var caFile: String?

    @Option(name: .customLong("dry-run"), help: "client (default); server needs a cluster.")
    var dryRun: String?

    @Flag(name: .customLong("validate"), help: "Deprecated: validate against a cluster (not supported).")
    var validate = false

    @Flag(name: .customLong("skip-schema-validation"), help: "if set, disables JSON schema validation")
    var skipSchemaValidation = false

    @Option(name: .customLong("compat"), help: "print what this helm prints: v4 (helm v4.3.1, the default) or v3 (helm v3.17.3)")
    var compat: String?

    @Flag(name: .customLong("explain"), help: "After an error, show the template lines around it and which values file or --set gave the values it uses (also on by default when stderr is a terminal).")
    var explain = false

    mutating func run() throws {
        TemplateInvocation(self).run()
    }
}
