import Foundation
import Testing

/// `rudder version`, shell completion and `--help` texts.
@Suite struct CommandLineHelpTests {
    @Test func versionIsPrintedAsHelmPrintsBuildInfo() throws {
        let full = try RudderRun.run(["version"])
        let short = try RudderRun.run(["version", "--short"])
        #expect(full.status == 0 && short.status == 0)
        let version = short.stdout.trimmingCharacters(in: .newlines)
        #expect(version.hasPrefix("v") && version.split(separator: ".").count == 3)
        #expect(full.stdout == "version.BuildInfo{Version:\"\(version)\", HelmVersion:\"v4.3.1\", KubeVersion:\"v1.37\"}\n")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommand(_ shell: String) throws {
        let run = try RudderRun.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for command in ["template", "diff", "watch", "pipeline", "version"] {
            #expect(run.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }

    @Test func helpTextsReadLikeHelms() throws {
        let template = try RudderRun.run(["template", "--help"])
        #expect(template.status == 0)
        #expect(template.stdout.hasPrefix("OVERVIEW: Render chart templates locally and display the output."))
        #expect(template.stdout.contains("USAGE: rudder template [NAME] [CHART] [flags]"))
        #expect(template.stdout.contains("set values on the command line"))
        for command in ["diff", "watch"] {
            let help = try RudderRun.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Usage:\n  rudder \(command) [NAME] [CHART] [template flags]"))
        }
        let root = try RudderRun.run(["--help"])
        #expect(root.stdout.contains("diff ") && root.stdout.contains("watch ") && root.stdout.contains("version "))
    }
}
