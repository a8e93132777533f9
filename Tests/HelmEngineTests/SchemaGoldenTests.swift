import Foundation
import GoRuntime
import HelmEngine
import Testing

/// Runs each `fixtures/cases/schema` and `schema-v3` case through `ChartLoader`,
/// `UserValues`, `RenderValues` and `SchemaValidation`, and compares with helm's golden: a
/// schema error `.err` must be thrown word for word, an `.out` case must validate. The v3
/// test uses helm v3's profile and its `.v3` goldens (the v4 ones where v3 printed the same).
@Suite struct SchemaGoldenTests {
    static let casesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/cases")

    static var caseNames: [String] {
        var all: [String] = []
        for group in ["schema", "schema-v3"] {
            let names = (try? FileManager.default.contentsOfDirectory(
                atPath: casesDirectory.appendingPathComponent(group).path)) ?? []
            all += names.filter { $0.hasSuffix(".txtar") }.map { group + "/" + String($0.dropLast(6)) }.sorted()
        }
        return all + ["helm/error_values_schema"]
    }

    @Test(arguments: caseNames)
    func matchesHelm(_ name: String) throws {
        try check(name, profile: .v4, goldenSuffix: "")
    }

    @Test(arguments: caseNames)
    func matchesHelmV3(_ name: String) throws {
        let base = Self.casesDirectory.appendingPathComponent(name).path
        let own = FileManager.default.fileExists(atPath: base + ".v3.err") || FileManager.default.fileExists(atPath: base + ".v3.out")
        try check(name, profile: .v3, goldenSuffix: own ? ".v3" : "")
    }

    private func check(_ name: String, profile: HelmProfile, goldenSuffix: String) throws {
        let base = Self.casesDirectory.appendingPathComponent(name)
        let archive = try String(contentsOf: base.appendingPathExtension("txtar"), encoding: .utf8)
        let errText = try? String(contentsOfFile: base.path + goldenSuffix + ".err", encoding: .utf8)
        let root = try SchemaCaseChart.materialize(archive)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outcome = SchemaCaseChart.validate(root: root, args: SchemaCaseChart.args(archive), profile: profile)
        if let errText {
            let expected = errText.hasPrefix("Error: ") ? String(errText.dropFirst("Error: ".count).dropLast()) : errText
            #expect(outcome == expected, "\(name) under helm \(profile.name)")
        } else {
            #expect(outcome == nil, "\(name) under helm \(profile.name)")
        }
    }
}

/// Turns a txtar case into a chart folder and runs the validation steps of `helm template`.
enum SchemaCaseChart {
    /// Writes the case's files under a new temporary folder's `case/`; returns the folder.
    static func materialize(_ archive: String) throws -> String {
        let root = NSTemporaryDirectory() + "schema-case-" + UUID().uuidString
        let chart = root + "/case"
        var files: [(String, String)] = []
        var current: String?
        var body = ""
        for line in archive.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                if let current { files.append((current, body)) }
                current = String(line.dropFirst(3).dropLast(3)).trimmingCharacters(in: .whitespaces)
                body = ""
            } else if current != nil {
                body += line + "\n"
            }
        }
        if let current { files.append((current, String(body.dropLast()))) }
        if !files.contains(where: { $0.0 == "Chart.yaml" }) {
            files.append(("Chart.yaml", "apiVersion: v2\nname: case\nversion: 0.1.0\nappVersion: \"1.0\"\n"))
        }
        for (path, text) in files {
            let full = chart + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// The words of the case's `args:` line, split as a shell would (quotes removed).
    static func args(_ archive: String) -> [String] {
        guard let first = archive.split(separator: "\n").first, first.hasPrefix("args:") else { return [] }
        var words: [String] = []
        var word: String?
        var quote: Character?
        for c in first.dropFirst(5) {
            if let q = quote {
                if c == q { quote = nil } else { word = (word ?? "") + String(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                word = word ?? ""
            } else if c == " " {
                if let w = word { words.append(w) }
                word = nil
            } else {
                word = (word ?? "") + String(c)
            }
        }
        if let w = word { words.append(w) }
        return words
    }

    /// The schema error message, or nil when the values validate (other errors count as nil).
    static func validate(root: String, args: [String], profile: HelmProfile = .v4) -> String? {
        var files: [String] = []
        var sets: [StrVals.Flag: [String]] = [:]
        var i = 0
        while i + 1 < args.count {
            let value = args[i + 1]
            switch args[i] {
            case "-f", "--values": files.append(root + "/" + value)
            case "--set": sets[.set, default: []].append(value)
            case "--set-string": sets[.setString, default: []].append(value)
            case "--set-json": sets[.setJSON, default: []].append(value)
            default: break
            }
            i += 2
        }
        do {
            let chart = try ChartLoader.load(path: root + "/case", profile: profile)
            let user = try UserValues.load(files: files, sets: sets, profile: profile)
            let values = try RenderValues.prepare(chart: chart, user: user, nulls: profile.coalesceNulls, semver: profile.semverRelease)
            try SchemaValidation.validate(chart: chart, values: values, profile: profile)
            return nil
        } catch let fatal as GoRuntimeFatal {
            return fatal.text
        } catch {
            return "\(error)"
        }
    }
}
