import GoRuntime

/// How a helm release prints its diagnostic lines: v4 through `log/slog`'s text handler
/// (`level=WARN msg="..." key=value`), v3 through Go's `log` package with `log.Lshortfile`
/// (`coalesce.go:298: warning: ...`), in wording of its own per site.
public enum HelmLogStyle: Sendable {
    /// helm v4.3.1: slog lines without timestamps.
    case slog
    /// helm v3.17.3: `FILE:LINE: message`; the file names and line numbers are those of
    /// v3.17.3's sources, confirmed by running it on the `fixtures/cases/logs-v3` cases.
    case goLog

    /// The line (without its newline) `event` prints, or nil where this release is silent.
    public func line(_ event: HelmLogEvent) -> String? {
        switch self {
        case .slog: return Self.slogLine(event)
        case .goLog: return Self.goLogLine(event)
        }
    }

    static func slogLine(_ event: HelmLogEvent) -> String {
        func info(_ message: String, _ attributes: [(String, String)] = []) -> String {
            SlogLine.format(level: "INFO", message: message, attributes: attributes)
        }
        func warn(_ message: String, _ attributes: [(String, String)] = []) -> String {
            SlogLine.format(level: "WARN", message: message, attributes: attributes)
        }
        func debug(_ message: String, _ attributes: [(String, String)]) -> String {
            SlogLine.format(level: "DEBUG", message: message, attributes: attributes)
        }
        switch event {
        case .skippedNonTable(let key): return info("warning: skipped value for \(key): Not a table.")
        case .cannotOverwriteTable(let key, let value):
            return info("warning: cannot overwrite table with non table for \(key) (\(value))")
        case .ignoringNonTableValue(let key, let value):
            return info("warning: destination for \(key) is a table. Ignoring non-table value (\(value))")
        case .skippingGlobalsDestination: return info("warning: skipping globals because destination global is not a table.")
        case .skippingGlobalsSource: return info("warning: skipping globals because source global is not a table.")
        case .globalConflict(let key): return info("Conflict: cannot merge map onto non-map for \(Strconv.quote(key)). Skipping.")
        case .globalKeyIsTable(let key): return info("key \(key) is table. Skipping")
        case .symbolicLink(let path, let resolved):
            return info("found symbolic link in path. Contents of linked file included and used",
                        [("path", path), ("resolved", resolved)])
        case .conditionNotBool(let path, let chart): return warn("returned non-bool value", [("path", path), ("chart", chart)])
        case .tagNotBool(let tag, let chart): return warn("returned non-bool value", [("tag", tag), ("chart", chart)])
        case .importMissingTableFromChart(let chart, let error):
            return warn("ImportValues missing table from chart", [("chart", chart), ("error", error)])
        case .importMissingTable(let error): return warn("ImportValues missing table", [("error", error)])
        case .deprecatedChart: return warn("this chart is deprecated")
        case .dependencyProcessingFailed(let error):
            return SlogLine.format(level: "ERROR", message: "chart dependencies processing failed", attributes: [("error", error)])
        case .releaseNameCheckFailed(let error):
            return SlogLine.format(level: "ERROR", message: "release name check failed", attributes: [("error", error)])
        case .requirementsYAML:
            return info("Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml.")
        case .requirementsLock:
            return info("Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock.")
        case .unknownHooks(let hookTypes): return info("skipping unknown hooks", [("hookTypes", hookTypes)])
        case .debugChartVersion(let version): return debug("Original chart version", [("version", version)])
        case .debugChartPath(let path): return debug("Chart path", [("path", path)])
        case .debugDependencies(let chart, let count):
            return debug("number of dependencies in the chart", [("chart", chart), ("dependencies", String(count))])
        }
    }

    /// helm v3.17.3's `log.Printf` (and `debug`, `warning`) lines.
    static func goLogLine(_ event: HelmLogEvent) -> String? {
        switch event {
        case .skippedNonTable(let key): return "coalesce.go:237: warning: skipped value for \(key): Not a table."
        case .cannotOverwriteTable(let key, let value):
            return "coalesce.go:298: warning: cannot overwrite table with non table for \(key) (\(value))"
        case .ignoringNonTableValue(let key, let value):
            return "coalesce.go:301: warning: destination for \(key) is a table. Ignoring non-table value (\(value))"
        case .skippingGlobalsDestination: return "coalesce.go:138: warning: skipping globals because destination global is not a table."
        case .skippingGlobalsSource: return "coalesce.go:145: warning: skipping globals because source global is not a table."
        case .globalConflict(let key): return "coalesce.go:161: Conflict: cannot merge map onto non-map for \(Strconv.quote(key)). Skipping."
        case .globalKeyIsTable(let key): return "coalesce.go:175: key \(key) is table. Skipping"
        case .symbolicLink(let path, let resolved):
            return "walk.go:75: found symbolic link in path: \(path) resolves to \(resolved). Contents of linked file included and used"
        case .conditionNotBool(let path, let chart):
            return "dependencies.go:63: Warning: Condition path '\(path)' for chart \(chart) returned non-bool value"
        case .tagNotBool(let tag, let chart):
            return "dependencies.go:94: Warning: Tag '\(tag)' for chart \(chart) returned non-bool value"
        case .importMissingTableFromChart(let chart, let error):
            return "dependencies.go:269: Warning: ImportValues missing table from chart \(chart): \(error)"
        case .importMissingTable(let error): return "dependencies.go:286: Warning: ImportValues missing table: \(error)"
        // cmd/helm's `warning`: `fmt.Fprintf(os.Stderr, "WARNING: %s\n", ...)`, no file prefix.
        case .deprecatedChart: return "WARNING: This chart is deprecated"
        case .dependencyProcessingFailed, .releaseNameCheckFailed: return nil
        case .requirementsYAML:
            return "load.go:120: Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml."
        case .requirementsLock:
            return "load.go:138: Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock."
        case .unknownHooks(let hookTypes): return "manifest_sorter.go:190: info: skipping unknown hook: \(Strconv.quote(hookTypes))"
        // cmd/helm's `debug`: `time.Now().String()`, then `[debug] FORMAT\n` (a format ending in
        // `\n` gives a blank line: `CHART PATH: %s\n`).
        case .debugChartVersion(let version):
            return "install.go:225: \(GoLogTime.now()) [debug] Original chart version: \(Strconv.quote(version))"
        case .debugChartPath(let path): return "install.go:242: \(GoLogTime.now()) [debug] CHART PATH: \(path)\n"
        case .debugDependencies: return nil
        }
    }

    /// What helm prints after `Error: MESSAGE` with `--debug`, or nil (v4 prints nothing):
    /// v3's `helm.go:86` `debug("%+v", err)`, with the Go stack of errors made by
    /// github.com/pkg/errors where `PkgErrorsTrace` knows it.
    public func errorDump(_ error: any Error) -> String? {
        guard case .goLog = self else { return nil }
        return "helm.go:86: \(GoLogTime.now()) [debug] \(PkgErrorsTrace.verbose(error))\n"
    }
}
