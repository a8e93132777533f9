import Foundation
import Testing

/// `--explain`: helm's error lines first, unchanged (the run without `--explain` prints exactly
/// them, and that run is checked against helm by the golden cases), then the template snippet
/// and the origin of each value the failing line uses.
@Suite struct ExplainTests {
    func chart(_ files: [String: String]) throws -> URL {
        let dir = try RudderRun.temporaryDirectory("explain")
        let chart = dir.appendingPathComponent("ex")
        for (name, text) in files.merging(["Chart.yaml": "apiVersion: v2\nname: ex\nversion: 0.1.0\n"], uniquingKeysWith: { a, _ in a }) {
            let url = chart.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func requiredErrorShowsSnippetAndValueOrigins() throws {
        let dir = try chart([
            "values.yaml": "image:\n  tag: \"\"\nname: web\n",
            "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\ndata:\n  tag: {{ required \"image.tag is required\" .Values.image.tag }}\n  name: {{ .Values.name }}\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name: prod\n".write(to: dir.appendingPathComponent("prod.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["template", "ex", "-f", "prod.yaml", "--set", "image.repo=r"]
        let plain = try RudderRun.run(arguments, in: dir)
        let explained = try RudderRun.run(arguments + ["--explain"], in: dir)
        #expect(plain.status == 1 && explained.status == 1)
        #expect(explained.stderr.hasPrefix(plain.stderr))
        let extra = String(explained.stderr.dropFirst(plain.stderr.count))
        let lines = extra.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  > 6 |   tag: {{ required \"image.tag is required\" .Values.image.tag }}"))
        let caret = try #require(lines.first { $0.hasSuffix("^") })
        #expect(caret.count == "  > 6 |   tag: {{ ".count + 1)
        #expect(lines.contains("  .Values.image.tag = \"\", from ex/values.yaml"))
        #expect(!extra.contains("  .Values.name ="), "only the failing line's values")
    }

    @Test func valuesFromFilesAndSetAreNamed() throws {
        let dir = try chart([
            "values.yaml": "name: web\n",
            "templates/cm.yaml": "x: {{ .Values.name }}\ny: {{ fail (printf \"bad %s %v\" .Values.name .Values.missing.key) }}\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name: prod\n".write(to: dir.appendingPathComponent("prod.yaml"), atomically: true, encoding: .utf8)
        let run = try RudderRun.run(["template", "ex", "-f", "prod.yaml", "--set", "name=cli", "--explain"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("  .Values.name = \"cli\", from --set name=cli (overriding -f prod.yaml, ex/values.yaml)\n"))
        #expect(run.stderr.contains("  .Values.missing.key is not set (looked in ex/values.yaml, -f prod.yaml, --set name=cli)\n"))
    }

    @Test func schemaErrorsNameTheSource() throws {
        let dir = try chart([
            "values.yaml": "replicas: 1\n",
            "values.schema.json": "{\"type\": \"object\", \"properties\": {\"replicas\": {\"type\": \"integer\"}}}",
            "templates/cm.yaml": "x: 1\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try RudderRun.run(["template", "ex", "--set-string", "replicas=two"], in: dir)
        let run = try RudderRun.run(["template", "ex", "--set-string", "replicas=two", "--explain"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(plain.stderr))
        #expect(run.stderr.hasSuffix("\n  .Values.replicas = \"two\", from --set-string replicas=two (overriding ex/values.yaml)\n"))
    }
}
