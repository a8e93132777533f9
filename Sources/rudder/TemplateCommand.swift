import ArgumentParser
import HelmEngine

/// `rudder template [NAME] CHART`: what `helm template` prints.
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

    @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    var isUpgrade = false

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "Only print manifests rendered from the given templates.")
    var showOnly: [String] = []

    @Option(name: .customLong("name-template"), help: "Template used to name the release.")
    var nameTemplate: String?

    mutating func run() throws {
        let name: String
        let chart: String
        switch arguments.count {
        case 1: name = "release-name"; chart = arguments[0]
        case 2: name = arguments[0]; chart = arguments[1]
        case 0: Console.fail("\"rudder template\" requires at least 1 argument\n\nUsage:  rudder template [NAME] [CHART] [flags]")
        default: Console.fail("\"rudder template\" accepts at most 2 arguments")
        }
        var releaseName = name
        if let nameTemplate, arguments.count == 1 {
            do {
                releaseName = try TemplateAction.renderNameTemplate(nameTemplate)
            } catch {
                Console.fail("\(error)")
            }
        }
        var action = TemplateAction(chartPath: chart)
        action.release = ReleaseOptions(name: releaseName, namespace: namespace)
        action.release.isUpgrade = isUpgrade
        action.showOnly = showOnly
        action.valueFiles = values
        action.setValues = [.set: set, .setString: setString, .setJSON: setJSON, .setFile: setFile, .setLiteral: setLiteral]
        action.kubeVersion = kubeVersion
        action.apiVersions = apiVersions
        action.skipTests = skipTests
        do {
            Console.out(try action.run())
        } catch let error as RenderError {
            Console.fail("\(error)\n\nUse --debug flag to render out invalid YAML")
        } catch let error as ManifestError {
            Console.fail("\(error)\n\nUse --debug flag to render out invalid YAML")
        } catch {
            Console.fail("\(error)")
        }
    }
}
