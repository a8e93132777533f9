/// What `--explain` adds after helm's error message: the template lines around the place
/// the error names, and where the values that line (or a schema error) uses come from.
public enum ErrorExplanation {
    /// The explanation of `message` for a render of the chart at `chartPath`, or nil when the
    /// message names no place Rudder can find. Loading the chart again logs nothing.
    public static func text(for message: String, chartPath: String, valueFiles: [String],
                            sets: [StrVals.Flag: [String]], profile: HelmProfile = .v4) -> String? {
        let savedSink = HelmLog.sink
        HelmLog.sink = { _ in }
        defer { HelmLog.sink = savedSink }
        guard let chart = try? ChartLoader.load(path: chartPath, profile: profile) else { return nil }
        let origins = ValueOrigins(chart: chart, valueFiles: valueFiles, sets: sets, profile: profile)
        if let schema = schemaText(message, chart: chart, origins: origins) { return schema }
        guard let location = ErrorLocation.first(in: message),
              let (file, chartPath) = find(location.template, in: chart),
              let snippet = TemplateSnippet.render(file.text, line: location.line, column: location.column) else {
            return nil
        }
        var out = "\n" + location.template + ":" + String(location.line)
            + (location.column.map { ":" + String($0) } ?? "") + "\n" + snippet
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let references = ValueOrigins.references(in: String(lines[location.line - 1]))
        for key in references { out += "  " + origins.describe(key, chartPath: chartPath) + "\n" }
        return out
    }

    /// The template file a full template name refers to, with its chart's path of sub-chart
    /// names: an exact match on `fullPath/name`, else (aliased sub-charts) a template of the
    /// same relative name at the same depth.
    static func find(_ name: String, in root: Chart) -> (ChartFile, [String])? {
        var fallback: (ChartFile, [String])? = nil
        let depth = name.components(separatedBy: "/charts/").count - 1
        func walk(_ chart: Chart, _ path: [String]) -> (ChartFile, [String])? {
            for file in chart.templates {
                if chart.fullPath + "/" + file.name == name { return (file, path) }
                if fallback == nil && path.count == depth && name.hasSuffix("/" + file.name) {
                    var aliased = path
                    if !aliased.isEmpty, let alias = aliasName(name, relative: file.name) { aliased[aliased.count - 1] = alias }
                    fallback = (file, aliased)
                }
            }
            for sub in chart.dependencies {
                if let found = walk(sub, path + [sub.name]) { return found }
            }
            return nil
        }
        return walk(root, []) ?? fallback
    }

    /// `sub` in `parent/charts/sub/templates/x.yaml` for the relative name `templates/x.yaml`.
    static func aliasName(_ name: String, relative: String) -> String? {
        let chartPart = name.dropLast(relative.count + 1)
        guard let range = chartPart.range(of: "/charts/", backwards: true) else { return nil }
        return String(chartPart[range.upperBound...])
    }

    /// For helm's schema error (`CHART:` lines, then `- at '/a/b': ...` lines): each failing
    /// path and where its value comes from.
    static func schemaText(_ message: String, chart: Chart, origins: ValueOrigins) -> String? {
        guard message.contains("values don't meet the specifications of the schema(s)") else { return nil }
        var out = "\n"
        var chartPath: [String] = []
        for raw in message.split(separator: "\n") {
            let line = String(raw)
            if line.hasSuffix(":") && !line.hasPrefix("- ") && !line.contains(" ") {
                let name = String(line.dropLast())
                chartPath = name == chart.name ? [] : subchartPath(named: name, in: chart) ?? [name]
                continue
            }
            guard line.hasPrefix("- at '"), let end = line.dropFirst(6).firstIndex(of: "'") else { continue }
            let pointer = String(line[line.index(line.startIndex, offsetBy: 6)..<end])
            let key = pointer.split(separator: "/").map {
                String($0).components(separatedBy: "~1").joined(separator: "/").components(separatedBy: "~0").joined(separator: "~")
            }
            if key.isEmpty { continue }
            out += "  " + origins.describe(key, chartPath: chartPath) + "\n"
        }
        return out == "\n" ? nil : out
    }

    static func subchartPath(named name: String, in chart: Chart) -> [String]? {
        for sub in chart.dependencies {
            if sub.name == name { return [sub.name] }
            if let deeper = subchartPath(named: name, in: sub) { return [sub.name] + deeper }
        }
        return nil
    }
}
