import ArgumentParser
import HelmEngine
import ModelOps

/// `rudder preprocess IR... [-o values.yaml]`: scoring pipeline IR files to modelops chart values.
struct PreprocessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preprocess",
        abstract: "Pre-process scoring pipeline IR files (YAML or JSON) into values for the modelops chart."
    )

    @Argument(help: "IR files, merged in order.")
    var files: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the values to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("chart"), help: "The modelops chart folder (default: the bundled templates/modelops).")
    var chart: String?

    @Option(name: .customLong("job"), help: "The scoring job id (overrides the IR's metadata.job).")
    var job: String?

    mutating func run() throws {
        if files.isEmpty { Console.fail("\"rudder preprocess\" requires at least 1 IR file") }
        guard let chartPath = chart ?? ChartLocator.find() else {
            Console.fail("cannot find the modelops chart next to the rudder binary: pass --chart")
        }
        let yaml: String
        do {
            yaml = try ModelOps.preprocessToYAML(files: files, options: ModelOps.Options(chartPath: chartPath, job: job))
        } catch {
            Console.fail("invalid scoring pipeline IR\n\(error)")
        }
        guard let output else {
            Console.out(yaml)
            return
        }
        do {
            try FileSystem.writeFileAtomically(output, Array(yaml.utf8))
        } catch {
            Console.fail("\(error)")
        }
    }
}
