import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// `rudder diff [NAME] CHART [template flags] --against FILE|DIR | --against-helm`: renders
/// and compares with a golden resource by resource. Exit 0 same, 1 different, 2 error.
struct DiffCommand {
    static let usage = """
    Render a chart and compare it, resource by resource, with what helm printed.

    Resources are matched by apiVersion, kind, namespace and name (documents without them by
    their "# Source:" template), not by position: a change of order alone is no change.
    Prints a unified diff per changed resource, added and removed resources, and a summary.

    Usage:
      rudder diff [NAME] [CHART] [template flags] --against FILE|DIR
      rudder diff [NAME] [CHART] [template flags] --against-helm [--helm PATH]

    Flags:
          --against string   a file of 'helm template' output, or an --output-dir tree
          --against-helm     run 'helm template' with the same arguments and compare with it
          --helm string      the helm binary for --against-helm (default "helm", from PATH)
          --color string     auto, always or never (default "auto": colour on a terminal)
      -h, --help             help for diff

    Every 'rudder template' flag (-f, --set, -n, --kube-version, ...) is accepted.
    Exit status: 0 no change, 1 changes found, 2 error.

    """

    var against: String?
    var againstHelm = false
    var helm = "helm"
    var color = "auto"
    var templateArguments: [String] = []

    /// Separates diff's own flags from the template flags.
    init(_ args: [String]) throws(InvocationError) {
        var i = 0
        func value(_ name: String) throws(InvocationError) -> String {
            let arg = args[i]
            if let eq = arg.firstIndex(of: "=") { return String(arg[arg.index(after: eq)...]) }
            i += 1
            guard i < args.count else { throw InvocationError("flag needs an argument: \(name)") }
            return args[i]
        }
        while i < args.count {
            let arg = args[i]
            let name = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            switch name {
            case "--":
                templateArguments += args[i...]
                i = args.count
                continue
            case "--against": against = try value(name)
            case "--against-helm": againstHelm = true
            case "--helm": helm = try value(name)
            case "--color", "--colour": color = try value(name)
            default: templateArguments.append(arg)
            }
            i += 1
        }
        guard ["auto", "always", "never"].contains(color) else {
            throw InvocationError("invalid argument \"\(color)\" for \"--color\" flag: must be auto, always or never")
        }
        if against != nil && againstHelm { throw InvocationError("--against and --against-helm cannot be used together") }
    }

    func run() -> Never {
        let invocation: TemplateInvocation
        do {
            invocation = try TemplateInvocation.reading(templateArguments, command: "diff", usage: Self.usage)
        } catch {
            Console.fail("\(error)", explanation: nil, status: 2)
        }
        if invocation.outputDir != nil {
            Console.fail("--output-dir: rudder diff compares in memory, it writes no files", explanation: nil, status: 2)
        }
        guard against != nil || againstHelm else {
            Console.fail("rudder diff needs --against FILE|DIR or --against-helm", explanation: nil, status: 2)
        }
        let action: TemplateAction
        do {
            action = try invocation.makeAction()
        } catch {
            Console.fail(error.message, explanation: nil, status: 2)
        }
        let rendered: String
        do {
            let result = try action.runResult()
            for line in result.log { Console.err(line + "\n") }
            rendered = result.stdout
        } catch {
            Console.fail("\(error)", explanation: ErrorExplainer.explanation(error, invocation: invocation, action: action),
                         status: 2)
        }
        var report = ManifestDiffReport()
        report.color = useColor
        report.actualLabel = "rudder"
        let expected: String
        if againstHelm {
            report.expectedLabel = "helm"
            expected = helmOutput()
        } else {
            let path = against ?? ""
            report.expectedLabel = path
            expected = golden(path)
        }
        let comparison = ManifestComparison(expected: OutputDocument.split(expected), actual: OutputDocument.split(rendered))
        Console.out(report.render(comparison))
        exit(comparison.isSame ? 0 : 1)
    }

    var useColor: Bool {
        switch color {
        case "always": return true
        case "never": return false
        default:
            if getenv("NO_COLOR") != nil { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            return isatty(1) != 0
        }
    }

    /// The golden: a file of `helm template` output, or every file of an `--output-dir` tree
    /// in path order.
    func golden(_ path: String) -> String {
        do {
            guard FileSystem.isDirectory(path) else { return try FileSystem.readText(path) }
            var text = ""
            for file in try FileSystem.walkFiles(path) {
                text += try FileSystem.readText(path + "/" + file)
                if !text.hasSuffix("\n") { text += "\n" }
            }
            return text
        } catch {
            Console.fail("--against \(path): \(error)", explanation: nil, status: 2)
        }
    }

    /// The template arguments without Rudder's own flags (`--compat`, `--explain`), which
    /// helm does not know.
    static func helmArguments(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg == "--" { out += arguments[i...]; break }
            if arg == "--compat" { i += 2; continue }
            if arg.hasPrefix("--compat=") || arg == "--explain" { i += 1; continue }
            out.append(arg)
            i += 1
        }
        return out
    }

    /// `helm template` with the same arguments.
    func helmOutput() -> String {
        do {
            let result = try ChildProcess.run(helm, ["template"] + Self.helmArguments(templateArguments))
            guard result.status == 0 else {
                Console.fail("\(helm) template failed (exit status \(result.status)):\n" + String(decoding: result.stderr, as: UTF8.self),
                             explanation: nil, status: 2)
            }
            return String(decoding: result.stdout, as: UTF8.self)
        } catch {
            Console.fail("--against-helm: \(error)", explanation: nil, status: 2)
        }
    }
}
