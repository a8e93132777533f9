import ArgumentParser
import HelmEngine
import ModelOps

/// `rudder pipeline IR... [template flags]`: pre-process IR files and render the modelops chart.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Pre-process scoring pipeline IR files and render the modelops chart with the result."
    )

    @Argument(help: "IR files, merged in order.")
    var files: [String] = []

    @Option(name: .customLong("chart"), help: "The modelops chart folder (default: the bundled templates/modelops).")
    var chart: String?

    @Option(name: .customLong("job"), help: "The scoring job id (overrides the IR's metadata.job).")
    var job: String?

    @Option(name: .customLong("release"), help: "Release name.")
    var release = "modelops"

    @Option(name: [.customShort("f"), .customLong("values")], help: "More values files, applied after the IR's values.")
    var values: [String] = []

    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Release namespace.")
    var namespace = "default"

    @Option(name: .customLong("kube-version"), help: "Kubernetes version for Capabilities.KubeVersion.")
    var kubeVersion: String?

    @Option(name: [.customShort("a"), .customLong("api-versions")], help: "Extra API versions for Capabilities.")
    var apiVersions: [String] = []

    @Option(name: .customLong("set"), help: "Set values (key=value, comma separated).")
    var set: [String] = []

    @Option(name: .customLong("set-string"), help: "Set string values.")
    var setString: [String] = []

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "Only print manifests rendered from the given templates.")
    var showOnly: [String] = []

    @Option(name: .customLong("output-dir"), help: "Write the manifests to files in this folder instead of standard output.")
    var outputDir: String?

    @Option(name: .customLong("compat"), help: "print what this helm prints: v4 (helm v4.3.1, the default) or v3 (helm v3.17.3)")
    var compat: String?

    mutating func run() throws {
        let profile: HelmProfile
        do {
            profile = try TemplateInvocation.profile(compat)
        } catch {
            Console.fail(error.message)
        }
        if files.isEmpty { Console.fail("\"rudder pipeline\" requires at least 1 IR file") }
        guard let chartPath = chart ?? ChartLocator.find() else {
            Console.fail("cannot find the modelops chart next to the rudder binary: pass --chart")
        }
        var action = TemplateAction(chartPath: chartPath)
        action.release = ReleaseOptions(name: release, namespace: namespace)
        action.valueFiles = values
        action.setValues = [.set: set, .setString: setString]
        action.kubeVersion = kubeVersion
        action.apiVersions = apiVersions
        action.showOnly = showOnly
        action.outputDir = outputDir
        action.profile = profile
        do {
            let options = ModelOps.Options(chartPath: chartPath, job: job, profile: profile)
            Console.out(try PipelineRenderer.render(files: files, options: options, action: action))
        } catch let error as IRErrors {
            Console.fail("invalid scoring pipeline IR\n\(error)")
        } catch {
            Console.fail("\(error)")
        }
    }
}
