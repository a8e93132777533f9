import GoRuntime

/// Errors loading a chart, worded as helm words them.
public struct ChartError: Error, CustomStringConvertible {
    public let description: String
    /// Whether Go's `gzip.ErrHeader` is in the wrapped chain (`errors.Is` in helm's `LoadFile`).
    var wrapsGzipHeader = false
    /// How helm v3 prints it with `--debug` when it is a github.com/pkg/errors error.
    var trace: PkgErrorsTrace? = nil
    public init(_ description: String) { self.description = description }

    /// An error of helm v3's `loader.LoadFiles` (`errors.New`, or `errors.Wrap` of `cause`)
    /// at `load.go:line`, as loading a chart folder makes it.
    static func loadFiles(_ message: String, cause: String? = nil, line: Int) -> ChartError {
        var error = ChartError(cause.map { message + ": " + $0 } ?? message)
        error.trace = PkgErrorsTrace(cause: cause, message: message, site: .loadFiles(line: line, archive: false))
        return error
    }
}

/// Loads a chart folder or `.tgz` archive into a `Chart` (helm's `loader.Load`, then
/// `LoadDir`/`LoadFile` and `LoadFiles`).
public enum ChartLoader {
    /// Loads the chart argument of `helm template`: a folder or a chart archive.
    public static func load(path: String, profile: HelmProfile = .v4) throws -> Chart {
        try locate(path: path)
        let absolute = GoPath.absolute(path)
        if FileSystem.isDirectory(absolute) { return try load(directory: absolute, profile: profile) }
        return try load(archive: absolute, profile: profile)
    }

    /// helm's `LocateChart` for a local chart: the error when `path` does not exist.
    public static func locate(path: String) throws {
        guard FileSystem.exists(path) else {
            if path.hasPrefix("/") || path.hasPrefix(".") {
                let message = "path \(Strconv.quote(path)) not found"
                var error = ChartError(message)
                error.trace = PkgErrorsTrace(message: message, site: .locateChart)
                throw error
            }
            if let slash = path.firstIndex(of: "/") { throw ChartError("repo \(path[..<slash]) not found") }
            throw ChartError("non-absolute URLs should be in form of repo_name/path_to_chart, got: \(path)")
        }
    }

    /// helm's `LoadDir`: `.helmignore` rules, then every remaining file.
    public static func load(directory: String, profile: HelmProfile = .v4) throws -> Chart {
        let top = GoPath.absolute(directory)
        if profile.checksChartAPIVersion {
            let chartYAML = top + "/Chart.yaml"
            let data: [UInt8]
            do {
                data = try FileSystem.readFile(chartYAML)
            } catch {
                throw ChartError("unable to detect chart at \(chartYAML): \(error)")
            }
            try checkAPIVersion(data, profile: profile)
        }
        var rules = HelmIgnore()
        if FileSystem.exists(top + "/.helmignore") {
            do {
                rules = try HelmIgnore.parse(try FileSystem.readText(top + "/.helmignore"))
            } catch {
                throw ChartError("\(error)")
            }
        }
        rules.addDefaults()
        var files: [ChartFile] = []
        try ChartDirectoryWalk(top: top).walk { entry in
            if rules.ignore(entry.relativePath, isDirectory: entry.isDirectory) { return false }
            if !entry.isDirectory {
                let bytes = try FileSystem.readFile(top + "/" + entry.relativePath)
                files.append(ChartFile(name: entry.relativePath, data: ChartArchive.trimBOM(bytes)))
            }
            return true
        }
        return try load(files: files, profile: profile)
    }

    /// helm's `LoadFile`: a gzipped tar archive whose top folder holds the chart.
    public static func load(archive path: String, profile: HelmProfile = .v4) throws -> Chart {
        try load(archiveBytes: try FileSystem.readFile(path), name: path, profile: profile)
    }

    /// helm's `LoadFile` on bytes already in memory; `name` is the path errors mention.
    public static func load(archiveBytes bytes: [UInt8], name path: String, profile: HelmProfile = .v4) throws -> Chart {
        do {
            return try loadArchive(bytes, name: path, profile: profile)
        } catch var error as ChartError {
            if case .loadFiles(let line, _)? = error.trace?.site { error.trace?.site = .loadFiles(line: line, archive: true) }
            throw error
        }
    }

    private static func loadArchive(_ bytes: [UInt8], name path: String, profile: HelmProfile) throws -> Chart {
        try ChartArchive.ensureArchive(name: path, bytes: bytes)
        let files: [ChartFile]
        do {
            files = try ChartArchive.loadFiles(bytes)
        } catch let failure as ChartArchive.Failure {
            if failure.isGzipHeader {
                throw ChartError("file '\(path)' does not appear to be a valid chart file (details: \(failure))")
            }
            throw ChartError("unable to load chart archive")
        }
        if profile.checksChartAPIVersion {
            guard let chartYAML = files.first(where: { $0.name == "Chart.yaml" }) else {
                throw ChartError("unable to detect chart version, no Chart.yaml found")
            }
            try checkAPIVersion(chartYAML.data, profile: profile)
        }
        do {
            return try load(files: files, profile: profile)
        } catch let error as ChartError where error.wrapsGzipHeader {
            throw ChartError("file '\(path)' does not appear to be a valid chart file (details: \(error))")
        }
    }

    /// helm v4's version switch: v1, v2 and unset load as v2 charts (v3 loads any version).
    static func checkAPIVersion(_ data: [UInt8], profile: HelmProfile) throws {
        let map: GoMap
        do {
            map = try YAMLBridge.decodeMap(String(decoding: data, as: UTF8.self))
        } catch {
            throw ChartError("cannot load Chart.yaml: \(error)")
        }
        switch map.entries["apiVersion"] {
        case nil, .nil?, .string("v1")?, .string("v2")?, .string("")?: return
        // helm v4.3 routes v3 charts to an experimental loader that rejects them here.
        case .string("v3")?: throw ChartError("invalid chart apiVersion")
        default: throw ChartError("unsupported chart version")
        }
    }

    /// Builds a chart from its files (paths relative to the chart root; helm's `LoadFiles`).
    public static func load(files all: [ChartFile], subchartRoot: String? = nil, profile: HelmProfile = .v4) throws -> Chart {
        guard let chartYAML = all.first(where: { $0.name == "Chart.yaml" }) else {
            throw ChartError.loadFiles("Chart.yaml file is missing", line: 161)
        }
        var metadataMap: GoMap
        do {
            metadataMap = try ChartMetadataTypes.decode(chartYAML.text)
        } catch {
            throw ChartError.loadFiles("cannot load Chart.yaml", cause: "\(error)", line: 85)
        }
        if let problem = ChartMetadataTypes(profile: profile).problem(metadataMap) {
            throw ChartError.loadFiles("cannot load Chart.yaml", cause: "error unmarshaling JSON: while decoding JSON: json: " + problem, line: 85)
        }
        var metadata = ChartMetadata(raw: metadataMap)
        if metadata.apiVersion.isEmpty { metadata = metadata.replacing("apiVersion", with: .string("v1")) }
        let isV1 = metadata.apiVersion == "v1"
        var values = GoMap([:])
        var rawValues: String? = nil
        var templates: [ChartFile] = []
        var others: [ChartFile] = []
        var schema: [UInt8]? = nil
        var subchartFiles: [String: [ChartFile]] = [:]
        for file in all {
            let name = file.name
            switch name {
            case "Chart.yaml", "Chart.lock":
                continue
            case "values.yaml":
                rawValues = file.text
                do {
                    values = try YAMLBridge.loadValues(file.data, profile: profile)
                } catch {
                    throw ChartError.loadFiles("cannot load values.yaml", cause: "\(error)", line: 108)
                }
                continue
            case "values.schema.json":
                schema = file.data
                continue
            case "requirements.yaml":
                if !isV1 {
                    HelmLog.log(.requirementsYAML)
                }
                let req: GoMap
                do {
                    // chart.Requirements: the dependencies' string fields are text.
                    req = try ChartMetadataTypes.decode(file.text, fields: ChartMetadataTypes.requirements)
                } catch {
                    throw ChartError.loadFiles("cannot load requirements.yaml", cause: "\(error)", line: 123)
                }
                if let deps = req.entries["dependencies"] {
                    metadataMap = GoMap(metadata.raw.entries)
                    metadataMap.entries["dependencies"] = deps
                    metadata = ChartMetadata(raw: metadataMap)
                }
                if isV1 { others.append(file) }
                continue
            case "requirements.lock":
                if !isV1 {
                    HelmLog.log(.requirementsLock)
                }
                if isV1 { others.append(file) }
                continue
            default:
                break
            }
            if name.hasPrefix("templates/") { templates.append(file); continue }
            if name.hasPrefix("charts/") {
                if goPathExt(name) == ".prov" { others.append(file); continue }
                let rest = String(name.dropFirst("charts/".count))
                let sub = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? rest
                subchartFiles[sub, default: []].append(ChartFile(name: rest, data: file.data))
                continue
            }
            others.append(file)
        }
        var declared: [Value]? = nil
        if case .list(let l)? = metadata.raw.entries["dependencies"] { declared = l.elements }
        try ChartValidation.validate(metadata, dependencies: declared, semver: profile.semverRelease)
        let chart = Chart(metadata: metadata, values: values, templates: templates, files: others)
        chart.rawValues = rawValues
        chart.schema = schema
        if let declared { chart.declaredDependencies = declared.compactMap(ChartDependency.decode) }
        for sub in subchartFiles.keys.sorted(by: goStringLess) {
            guard let files = subchartFiles[sub] else { continue }
            if sub.hasPrefix("_") || sub.hasPrefix(".") { continue }
            let isArchive = goPathExt(sub) == ".tgz"
            if isArchive && files[0].name != sub {
                throw ChartError("error unpacking subchart tar in \(chart.name): expected \(sub), got \(files[0].name)")
            }
            let child: Chart
            do {
                if isArchive {
                    child = try load(files: try ChartArchive.loadFiles(files[0].data), profile: profile)
                } else {
                    var buff: [ChartFile] = []
                    for f in files {
                        guard let slash = f.name.firstIndex(of: "/") else { continue }
                        buff.append(ChartFile(name: String(f.name[f.name.index(after: slash)...]), data: f.data))
                    }
                    child = try load(files: buff, profile: profile)
                }
            } catch {
                var wrapped = ChartError("error unpacking subchart \(sub) in \(chart.name): \(error)")
                if let f = error as? ChartArchive.Failure { wrapped.wrapsGzipHeader = f.isGzipHeader }
                if let c = error as? ChartError { wrapped.wrapsGzipHeader = c.wrapsGzipHeader }
                throw wrapped
            }
            child.parent = chart
            chart.dependencies.append(child)
        }
        return chart
    }
}
