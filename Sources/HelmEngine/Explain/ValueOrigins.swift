import GoRuntime
import GoYAML

/// Where a value comes from: each chart's `values.yaml`, each `-f` file and each `--set`
/// family flag, looked at one by one, in helm's order of precedence (lowest first).
///
/// A hint for authors, not helm's coalescing: a key counts as set by a source when the
/// source has it (null included).
public struct ValueOrigins {
    /// One place values come from, with the sub-chart path its keys are relative to.
    struct Source {
        let label: String
        let values: GoMap
        let chartPath: [String]
    }

    let sources: [Source]

    /// The sources of a render of `chart` with these `-f` files and `--set` flags; files or
    /// flags that do not parse are left out (the render reports those).
    public init(chart: Chart, valueFiles: [String], sets: [StrVals.Flag: [String]], profile: HelmProfile = .v4) {
        var sources: [Source] = []
        func addDefaults(_ c: Chart, _ path: [String]) {
            sources.append(Source(label: (path.isEmpty ? c.name : path.joined(separator: "/")) + "/values.yaml",
                                  values: c.values, chartPath: path))
            for sub in c.dependencies { addDefaults(sub, path + [sub.name]) }
        }
        addDefaults(chart, [])
        for file in valueFiles {
            if let values = try? UserValues.load(files: [file], sets: [:], profile: profile) {
                sources.append(Source(label: "-f " + file, values: values, chartPath: []))
            }
        }
        for flag in [StrVals.Flag.setJSON, .set, .setString, .setFile, .setLiteral] {
            for argument in sets[flag] ?? [] {
                if let values = try? UserValues.load(files: [], sets: [flag: [argument]]) {
                    sources.append(Source(label: "\(flag.rawValue) \(argument)", values: values, chartPath: []))
                }
            }
        }
        self.sources = sources
    }

    /// One line on `.Values.KEY...` of the chart at `chartPath` (sub-chart names from the root):
    /// which source gives it (the last one, highest precedence) and which others also set it,
    /// or that none does.
    public func describe(_ key: [String], chartPath: [String]) -> String {
        var found: [(label: String, value: Value)] = []
        var looked: [String] = []
        for source in sources where chartPath.starts(with: source.chartPath) {
            looked.append(source.label)
            let full = Array(chartPath.dropFirst(source.chartPath.count)) + key
            if let value = Self.lookup(full, in: source.values) { found.append((source.label, value)) }
        }
        let name = ".Values." + key.joined(separator: ".")
        guard let winner = found.last else {
            return "\(name) is not set (looked in \(looked.joined(separator: ", ")))"
        }
        var line = "\(name) = \(Self.short(winner.value)), from \(winner.label)"
        let others = found.dropLast().map(\.label)
        if !others.isEmpty { line += " (overriding \(others.reversed().joined(separator: ", ")))" }
        return line
    }

    static func lookup(_ path: [String], in values: GoMap) -> Value? {
        var current = Value.map(values)
        for key in path {
            guard case .map(let m) = current, let next = m.entries[key] else { return nil }
            current = next
        }
        return current
    }

    /// The value as JSON, cut to one short line.
    static func short(_ value: Value) -> String {
        let text = (try? GoJSON.encode(value)) ?? "?"
        let limit = 60
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// `.Values.a.b` references in a template line, in order, without repeats.
    public static func references(in line: String) -> [[String]] {
        let bytes = Array(line.utf8)
        let marker = Array(".Values.".utf8)
        var found: [[String]] = []
        var i = 0
        while i + marker.count <= bytes.count {
            guard bytes[i..<(i + marker.count)].elementsEqual(marker) else { i += 1; continue }
            var j = i + marker.count
            var key: [String] = []
            while true {
                let start = j
                while j < bytes.count && isIdentifierByte(bytes[j]) { j += 1 }
                if j == start { break }
                key.append(String(decoding: bytes[start..<j], as: UTF8.self))
                guard j < bytes.count, bytes[j] == UInt8(ascii: "."), j + 1 < bytes.count, isIdentifierByte(bytes[j + 1]) else { break }
                j += 1
            }
            if !key.isEmpty && !found.contains(key) { found.append(key) }
            i = max(j, i + 1)
        }
        return found
    }

    private static func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c >= 0x80
    }
}
