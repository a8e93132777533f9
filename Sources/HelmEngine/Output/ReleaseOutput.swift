import GoRuntime

/// `helm template`'s output assembly (helm's `renderResources` plus the printing in
/// `cmd/template.go`): rendered files split into documents, ordered by kind, each printed
/// under a `# Source:` header; CRDs first with `--include-crds`; hooks after the manifests.
/// With an output folder the documents are written to files instead (`wrote PATH` lines).
public enum ReleaseOutput {
    /// Output switches of `helm template`.
    public struct Options {
        public var skipTests = false
        /// `--no-hooks`.
        public var disableHooks = false
        public var includeCRDs = false
        /// `--output-dir`.
        public var outputDir: String? = nil
        /// `--release-name`: put manifests (not CRDs) under `OUTPUT-DIR/RELEASE`.
        public var useReleaseName = false
        public var releaseName = "release-name"
        /// The helm release whose document split and kind order to follow.
        public var profile = HelmProfile.v4
        /// helm v3's post-renderer, run on the manifests (CRDs included, hooks not); with an
        /// output folder it gets what went to standard output instead: nothing.
        public var postRender: ((String) throws -> String)? = nil
        public init() {}
    }

    /// What `helm template` prints: standard output and the log lines of standard error.
    public struct Result {
        public var stdout = ""
        public var log: [String] = []
    }

    public static func assemble(rendered: [String: String], chart: Chart, options: Options) throws -> String {
        try assembleResult(rendered: rendered, chart: chart, options: options).stdout
    }

    /// Assembles the output, writing files when `options.outputDir` is set.
    /// - Throws: `ReleaseFailure` (carrying what `--debug` prints) for invalid documents and
    ///   write errors.
    public static func assembleResult(rendered: [String: String], chart: Chart, options: Options) throws -> Result {
        var files = rendered
        for key in Array(files.keys) where key.hasSuffix("NOTES.txt") { files[key] = nil }
        let sorted: ManifestSorter.Sorted
        do {
            sorted = try ManifestSorter.sort(files, profile: options.profile)
        } catch let failure as ManifestSorter.Failure {
            throw ReleaseFailure(failure.error, debugOutput: debugOutput(files: files, hooks: failure.hooks, options: options),
                                 log: failure.log)
        }
        var result = Result(log: sorted.log)
        let writer = options.outputDir.map { OutputDirWriter(root: $0) }
        var body = ""
        if writer == nil {
            body.reserveCapacity(sorted.manifests.reduce(1) { $0 + $1.name.utf8.count + $1.content.utf8.count + 16 })
        }
        let manifestDir = options.useReleaseName
            ? GoPath.join(options.outputDir ?? "", options.releaseName) : (options.outputDir ?? "")
        do {
            if options.includeCRDs {
                for crd in crdObjects(chart) {
                    if let writer {
                        try writer.write(dir: writer.root, name: crd.path, content: crd.text, append: writer.written(crd.path))
                    } else {
                        body += "---\n# Source: \(crd.path)\n\(crd.text)\n"
                    }
                }
            }
            for m in sorted.manifests {
                if let writer {
                    try writer.write(dir: manifestDir, name: m.name, content: m.content, append: writer.written(m.name))
                } else {
                    // Piece by piece: no copy of the document on the way.
                    body += "---\n# Source: "
                    body += m.name
                    body += "\n"
                    body += m.content
                    body += "\n"
                }
            }
        } catch let error as FileSystem.IOError {
            throw ReleaseFailure(error, partialOutput: writer?.stdout ?? "", log: result.log)
        }
        if let postRender = options.postRender {
            do {
                body = try postRender(body)
            } catch {
                throw ReleaseFailure(ChartError("error while running post render on files: \(error)"),
                                     partialOutput: writer?.stdout ?? "", log: result.log)
            }
        }
        body.trimWhitespace()
        body += "\n"
        do {
            if !options.disableHooks {
                var hookWritten: Set<String> = []
                for h in sorted.hooks {
                    if options.skipTests && h.isTest { continue }
                    if let writer {
                        if FileSystem.exists(manifestDir + "/" + h.path) { hookWritten.insert(h.path) }
                        try writer.write(dir: manifestDir, name: h.path, content: h.manifest, append: hookWritten.contains(h.path))
                    } else {
                        body += "---\n# Source: \(h.path)\n\(h.manifest)\n"
                    }
                }
            }
            result.stdout = writer.map { $0.stdout + body } ?? body
        } catch let error as FileSystem.IOError {
            // Hooks are written by `cmd/template.go`, outside the release: no `--debug` hint.
            throw ReleaseFailure(error, partialOutput: writer?.stdout ?? "", log: result.log, suggestsDebug: false)
        }
        return result
    }

    /// A file of a `crds/` folder as `helm template --include-crds` prints it.
    struct CRDFile {
        let path: String
        let text: String
    }

    /// helm's `Chart.CRDObjects`: the chart's `crds/*.{yaml,yml,json}` files in load order,
    /// then those of each sub-chart, recursively.
    static func crdObjects(_ chart: Chart) -> [CRDFile] {
        var out: [CRDFile] = []
        for f in chart.files where f.name.hasPrefix("crds/") && hasManifestExtension(f.name) {
            out.append(CRDFile(path: GoPath.join(chart.fullPath, f.name), text: f.text))
        }
        for sub in chart.dependencies { out += crdObjects(sub) }
        return out
    }

    static func hasManifestExtension(_ name: String) -> Bool {
        let base = name.split(separator: "/").last ?? ""
        guard let dot = base.lastIndex(of: ".") else { return false }
        let ext = base[dot...].lowercased()
        return ext == ".yaml" || ext == ".yml" || ext == ".json"
    }

    /// What `helm template --debug` prints when a document does not parse: every non-empty
    /// rendered file (helm's order is Go map order, random; sorted here), then the hooks
    /// found before the failure.
    static func debugOutput(files: [String: String], hooks: [Hook], options: Options) -> String {
        var blob = ""
        for name in files.keys.sorted(by: goStringLess) {
            let content = files[name] ?? ""
            if content.trimmingWhitespace().isEmpty { continue }
            blob += "---\n# Source: \(name)\n\(content)\n"
        }
        var out = blob.trimmingWhitespace() + "\n"
        if options.outputDir == nil && !options.disableHooks {
            for h in hooks where !(options.skipTests && h.isTest) {
                out += "---\n# Source: \(h.path)\n\(h.manifest)\n"
            }
        }
        return out
    }
}

/// A failure after rendering started (helm returns a partial release with it): without
/// `--debug` helm adds `Use --debug flag to render out invalid YAML`; with it, helm prints
/// `debugOutput` first.
public struct ReleaseFailure: Error, CustomStringConvertible {
    public let underlying: Error
    /// Standard output printed with `--debug` before the error.
    public let debugOutput: String
    /// Standard output printed in any case before the error (`wrote` lines).
    public let partialOutput: String
    public let log: [String]
    /// Whether helm adds the `--debug` hint (errors of the release, not of the command).
    public let suggestsDebug: Bool

    public init(_ underlying: Error, debugOutput: String = "\n", partialOutput: String = "", log: [String] = [],
                suggestsDebug: Bool = true) {
        self.suggestsDebug = suggestsDebug
        self.underlying = underlying
        self.debugOutput = debugOutput
        self.partialOutput = partialOutput
        self.log = log
    }

    public var description: String { "\(underlying)" }
}
