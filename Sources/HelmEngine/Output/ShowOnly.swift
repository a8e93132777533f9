#if canImport(Glibc)
import Glibc
#endif

/// Helpers for `--show-only`.
enum ShowOnly {
    /// The path after the chart name in the first `# Source: CHART/PATH` line
    /// (helm's `# Source: [^/]+/(.+)`).
    static func sourcePath(_ doc: String) -> String? {
        guard let r = doc[...].range(of: "# Source: ") else { return nil }
        let rest = doc[r.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let chartName = rest[..<slash]
        if chartName.isEmpty || chartName.contains("\n") { return nil }
        let path = rest[rest.index(after: slash)...].prefix { $0 != "\n" }
        return path.isEmpty ? nil : String(path)
    }

    /// Go's `filepath.Match`: `*` and `?` do not cross `/`.
    static func match(_ pattern: String, _ path: String) -> Bool {
        fnmatch(pattern, path, FNM_PATHNAME) == 0
    }
}
