import GoRuntime

/// Errors loading a chart, worded as helm words them.
public struct ChartError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Loads a chart folder into a `Chart` (helm's `loader.LoadDir`): `Chart.yaml`,
/// `values.yaml`, `templates/`, `charts/`, `values.schema.json` and every other file.
public enum ChartLoader {
    /// Loads a chart folder (archives come with issue 4's loader work).
    public static func load(path: String) throws -> Chart {
        try load(directory: path)
    }

    public static func load(directory: String) throws -> Chart {
        guard FileSystem.isDirectory(directory) else {
            if FileSystem.exists(directory) {
                throw ChartError("file '\(directory)' does not appear to be a gzipped archive; got 'application/octet-stream'")
            }
            throw ChartError("path \"\(directory)\" not found")
        }
        let paths = try FileSystem.walkFiles(directory)
        var files: [ChartFile] = []
        for path in paths {
            files.append(ChartFile(name: path, data: try FileSystem.readFile(directory + "/" + path)))
        }
        return try load(files: files, subchartRoot: directory)
    }

    /// Builds a chart from its files (paths relative to the chart root).
    public static func load(files all: [ChartFile], subchartRoot: String? = nil) throws -> Chart {
        guard let chartYAML = all.first(where: { $0.name == "Chart.yaml" }) else {
            throw ChartError("Chart.yaml file is missing")
        }
        let metadataMap: GoMap
        do {
            metadataMap = try YAMLBridge.decodeMap(chartYAML.text)
        } catch {
            throw ChartError("cannot load Chart.yaml: \(error)")
        }
        let metadata = ChartMetadata(raw: metadataMap)
        var values = GoMap([:])
        var rawValues: String? = nil
        var templates: [ChartFile] = []
        var others: [ChartFile] = []
        var schema: [UInt8]? = nil
        var subchartFiles: [String: [ChartFile]] = [:]
        var subchartOrder: [String] = []
        for file in all {
            let name = file.name
            if name == "Chart.yaml" { continue }
            if name == "values.yaml" {
                rawValues = file.text
                do {
                    values = try YAMLBridge.loadValues(file.data)
                } catch {
                    throw ChartError("cannot load values.yaml: \(error)")
                }
                continue
            }
            if name == "values.schema.json" { schema = file.data; continue }
            if name.hasPrefix("templates/") { templates.append(file); continue }
            if name.hasPrefix("charts/") {
                let rest = name.dropFirst("charts/".count)
                if let slash = rest.firstIndex(of: "/") {
                    let sub = String(rest[..<slash])
                    if subchartFiles[sub] == nil { subchartOrder.append(sub) }
                    subchartFiles[sub, default: []].append(ChartFile(name: String(rest[rest.index(after: slash)...]), data: file.data))
                    continue
                }
            }
            others.append(file)
        }
        if metadata.name.isEmpty {
            throw ChartError("validation: chart.metadata.name is required")
        }
        if metadata.version.isEmpty {
            throw ChartError("validation: chart.metadata.version is required")
        }
        let chart = Chart(metadata: metadata, values: values, templates: templates, files: others)
        chart.rawValues = rawValues
        chart.schema = schema
        for sub in subchartOrder {
            guard let subFiles = subchartFiles[sub], subFiles.contains(where: { $0.name == "Chart.yaml" }) else { continue }
            let child = try load(files: subFiles)
            child.parent = chart
            chart.dependencies.append(child)
        }
        return chart
    }
}
