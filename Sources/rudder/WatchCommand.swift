import GoRuntime
import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// `rudder watch [NAME] CHART [template flags]`: renders, then renders again whenever a file
/// of the chart, its sub-charts or a values file changes (inotify, no polling), printing
/// the output or the error, and how long the render took.
struct WatchCommand {
    static let usage = """
    Render a chart, then render it again each time one of its files changes.

    Watches every folder of the chart (sub-charts included), the -f values files and the
    --set-file files through inotify. Each render prints its manifests on standard output, or
    its error on standard error, then a line on standard error with the time it took.

    Usage:
      rudder watch [NAME] [CHART] [template flags]

    Flags:
          --max-renders int   stop after this many renders (default: run until interrupted)
      -h, --help              help for watch

    Every 'rudder template' flag (-f, --set, -n, --kube-version, ...) is accepted.

    """

    var maxRenders: Int? = nil
    var templateArguments: [String] = []

    init(_ args: [String]) throws(InvocationError) {
        var i = 0
        while i < args.count {
            let arg = args[i]
            if arg == "--" { templateArguments += args[i...]; break }
            if arg == "--max-renders" || arg.hasPrefix("--max-renders=") {
                var value: String
                if let eq = arg.firstIndex(of: "=") {
                    value = String(arg[arg.index(after: eq)...])
                } else {
                    i += 1
                    guard i < args.count else { throw InvocationError("flag needs an argument: --max-renders") }
                    value = args[i]
                }
                guard let n = Int(value), n > 0 else {
                    throw InvocationError("invalid argument \"\(value)\" for \"--max-renders\" flag: must be a positive number")
                }
                maxRenders = n
            } else {
                templateArguments.append(arg)
            }
            i += 1
        }
    }

    func run() -> Never {
        // Many renders in one process: free what each render built.
        ProcessLifetime.isEnabled = false
        let invocation: TemplateInvocation
        let action: TemplateAction
        do {
            invocation = try TemplateInvocation.reading(templateArguments, command: "watch", usage: Self.usage)
        } catch {
            Console.fail("\(error)")
        }
        do {
            action = try invocation.makeAction()
        } catch {
            Console.fail(error.message)
        }
        let watchedFiles = invocation.values + invocation.setFile.compactMap { argument in
            argument.split(separator: "=", maxSplits: 1).last.map(String.init)
        }
        var renders = 0
        while true {
            // Watch first, then render: a change made during the render is not missed.
            let watcher: ChartWatcher
            do {
                watcher = try ChartWatcher(chart: action.chartPath, files: watchedFiles)
            } catch {
                Console.fail("\(error)")
            }
            let succeeded = renderOnce(action, invocation, watching: watcher.folderCount)
            renders += 1
            if let maxRenders, renders >= maxRenders {
                watcher.close()
                exit(succeeded ? 0 : 1)
            }
            let changed = watcher.waitForChange()
            watcher.close()
            if !changed { Console.fail("inotify: \(String(cString: strerror(errno)))") }
        }
    }

    /// One render: the output on stdout or the error on stderr, then the timing line.
    func renderOnce(_ action: TemplateAction, _ invocation: TemplateInvocation, watching: Int) -> Bool {
        let start = Self.now()
        var succeeded = true
        do {
            let result = try action.runResult()
            for line in result.log { Console.err(line + "\n") }
            Console.out(result.stdout)
        } catch {
            succeeded = false
            let explanation = ErrorExplainer.explanation(error, invocation: invocation, action: action)
            Console.err("Error: \(error)\n" + (explanation ?? ""))
        }
        let milliseconds = Double(Self.now() - start) / 1_000_000
        let status = succeeded ? "rendered" : "failed"
        Console.err("rudder watch: \(status) in \(Self.format(milliseconds)) ms; watching \(watching) folders for changes (Ctrl-C stops)\n")
        return succeeded
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// One decimal place.
    static func format(_ ms: Double) -> String {
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
