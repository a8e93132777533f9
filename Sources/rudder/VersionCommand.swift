import ArgumentParser

/// Rudder's version and the helm release whose output it reproduces.
enum RudderVersion {
    static let current = "v0.10.0"
    static let helm = "v4.3.1"
    static let kubeVersion = "v1.37"
}

/// `rudder version`: printed the way `helm version` prints its build info.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version information",
        discussion: """
        Show the version for Rudder, in helm's format, with the helm release whose
        'helm template' output Rudder reproduces.

        - Version is Rudder's version.
        - HelmVersion is the helm release Rudder renders like.
        - KubeVersion is the default Capabilities.KubeVersion (as helm's KubeClientVersion).
        """
    )

    @Flag(name: .customLong("short"), help: "print the version number")
    var short = false

    mutating func run() throws {
        if short {
            Console.out(RudderVersion.current + "\n")
            return
        }
        Console.out("version.BuildInfo{Version:\"\(RudderVersion.current)\", HelmVersion:\"\(RudderVersion.helm)\", KubeVersion:\"\(RudderVersion.kubeVersion)\"}\n")
    }
}

/// `rudder diff` for help and completion; `main.swift` runs it without ArgumentParser.
struct DiffHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Render a chart and compare it, resource by resource, with helm's output.",
        usage: "rudder diff [NAME] [CHART] [template flags] --against FILE|DIR | --against-helm [--helm PATH]",
        discussion: DiffCommand.usage
    )

    @Argument(parsing: .captureForPassthrough, help: "Chart, template flags and diff flags (see above).")
    var arguments: [String] = []

    mutating func run() throws {
        do throws(InvocationError) {
            try DiffCommand(arguments).run()
        } catch {
            Console.fail(error.message, explanation: nil, status: 2)
        }
    }
}

/// `rudder watch` for help and completion; `main.swift` runs it without ArgumentParser.
struct WatchHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a chart, then render it again each time one of its files changes.",
        usage: "rudder watch [NAME] [CHART] [template flags] [--max-renders N]",
        discussion: WatchCommand.usage
    )

    @Argument(parsing: .captureForPassthrough, help: "Chart and template flags (see above).")
    var arguments: [String] = []

    mutating func run() throws {
        do throws(InvocationError) {
            try WatchCommand(arguments).run()
        } catch {
            Console.fail(error.message)
        }
    }
}
