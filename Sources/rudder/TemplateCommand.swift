import ArgumentParser
import HelmEngine

/// `rudder template [NAME] CHART`: what `helm template` prints.
///
/// `main.swift` first reads the command line with pflag's rules (`TemplateFlags`), which
/// also accepts helm's cluster and repository flags that do not change the output.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Render chart templates locally and print the manifests."
    )

    @Argument(help: "Release name (optional) and chart path.")
    var arguments: [String] = []

    @Option(name: [.customShort("f"), .customLong("values")], help: "Values files (may repeat).")
    var values: [String] = []

    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Release namespace.")
    var namespace: String = "default"

    @Option(name: .customLong("kube-version"), help: "Kubernetes version for Capabilities.KubeVersion.")
    var kubeVersion: String?

    @Option(name: [.customShort("a"), .customLong("api-versions")], help: "Extra API versions for Capabilities.")
    var apiVersions: [String] = []

    @Option(name: .customLong("set"), help: "Set values (key=value, comma separated).")
    var set: [String] = []

    @Option(name: .customLong("set-string"), help: "Set string values.")
    var setString: [String] = []

    @Option(name: .customLong("set-json"), help: "Set JSON values.")
    var setJSON: [String] = []

    @Option(name: .customLong("set-file"), help: "Set values from files (key=path).")
    var setFile: [String] = []

    @Option(name: .customLong("set-literal"), help: "Set a literal string value.")
    var setLiteral: [String] = []

    @Flag(name: .customLong("skip-tests"), help: "Skip test hooks.")
    var skipTests = false

    @Flag(name: .customLong("no-hooks"), help: "Leave hooks out of the output.")
    var noHooks = false

    @Flag(name: .customLong("include-crds"), help: "Include the charts' crds/ files in the output.")
    var includeCRDs = false

    @Option(name: .customLong("output-dir"), help: "Write the manifests to files under this folder.")
    var outputDir: String?

    @Flag(name: .customLong("release-name"), help: "Use the release name in the output-dir path.")
    var useReleaseName = false

    @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    var isUpgrade = false

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "Only print manifests rendered from the given templates.")
    var showOnly: [String] = []

    @Option(name: .customLong("name-template"), help: "Template used to name the release.")
    var nameTemplate: String?

    @Flag(name: [.customShort("g"), .customLong("generate-name")], help: "Generate the name (helm template keeps release-name).")
    var generateName = false

    @Flag(name: .customLong("debug"), help: "Print the invalid YAML on errors, and debug log lines.")
    var debug = false

    @Option(name: .customLong("version"), help: "Chart version constraint (ignored for local charts).")
    var chartVersion: String?

    @Option(name: .customLong("post-renderer"), help: "Post-renderer plugin name (not supported).")
    var postRenderer: String?

    @Option(name: .customLong("post-renderer-args"), help: "Post-renderer arguments.")
    var postRendererArgs: [String] = []

    @Option(name: .customLong("repo"), help: "Chart repository URL (not supported: local charts only).")
    var repo: String?

    @Flag(name: .customLong("verify"), help: "Verify the chart package (not supported).")
    var verify = false

    @Option(name: .customLong("ca-file"), help: "CA bundle for chart downloads.")
    var caFile: String?

    @Option(name: .customLong("dry-run"), help: "client (default); server needs a cluster.")
    var dryRun: String?

    @Flag(name: .customLong("validate"), help: "Deprecated: validate against a cluster (not supported).")
    var validate = false

    @Flag(name: .customLong("skip-schema-validation"), help: "Skip values.schema.json validation.")
    var skipSchemaValidation = false

    @Flag(name: .customLong("explain"), help: "After an error, show the template lines around it and which values file or --set gave the values it uses (also on by default when stderr is a terminal).")
    var explain = false

    mutating func run() throws {
        TemplateInvocation(self).run()
    }
}
