import Foundation
import Testing
@testable import HelmEngine

/// `--output-dir`: the written tree must equal the tree real helm wrote for the same case
/// (`fixtures/cases/output/NAME.tree`, captured from helm v4.3.1), and standard output the
/// case's golden `.out`.
@Suite struct OutputDirTests {
    struct TreeCase: CustomTestStringConvertible {
        let name: String
        let outputDir: String
        var includeCRDs = false
        var useReleaseName = false
        var disableHooks = false
        var skipTests = false
        var testDescription: String { name }
    }

    static let cases: [TreeCase] = [
        TreeCase(name: "outputdir_basic", outputDir: "out"),
        TreeCase(name: "outputdir_crds", outputDir: "out/x/", includeCRDs: true, useReleaseName: true),
        TreeCase(name: "outputdir_no_hooks", outputDir: "out", disableHooks: true, skipTests: true),
    ]

    @Test(arguments: cases)
    func writtenTreeMatchesHelm(_ tc: TreeCase) throws {
        let root = OutputTestSupport.fixtures + "/" + tc.name
        let work = try OutputTestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try OutputTestSupport.materialize(try OutputTestSupport.readTxtar(root + ".txtar").files, into: work + "/case")

        var action = TemplateAction(chartPath: work + "/case")
        action.outputDir = work + "/" + tc.outputDir
        action.includeCRDs = tc.includeCRDs
        action.useReleaseName = tc.useReleaseName
        action.disableHooks = tc.disableHooks
        action.skipTests = tc.skipTests
        let stdout = try action.run().replacingOccurrences(of: work + "/", with: "")
        let golden = try String(contentsOfFile: root + ".out", encoding: .utf8)
        #expect(stdout == golden)

        let expected = try OutputTestSupport.readTxtar(root + ".tree").files
        let written = try OutputTestSupport.readTree(work + "/out")
        #expect(written.map(\.0) == expected.map(\.0))
        for ((path, got), (_, want)) in zip(written, expected) {
            #expect(got == want, "content of \(path)")
        }
    }

    @Test func hooksAppendToFilesOfAnEarlierRun() throws {
        let work = try OutputTestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try OutputTestSupport.materialize([
            ("Chart.yaml", "apiVersion: v2\nname: case\nversion: 0.1.0\n"),
            ("templates/h.yaml", "kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n"),
        ], into: work + "/case")
        var action = TemplateAction(chartPath: work + "/case")
        action.outputDir = work + "/out"
        _ = try action.run()
        _ = try action.run()
        // helm appends hooks to a file that already exists (os.Stat check in cmd/template.go).
        let text = try String(contentsOfFile: work + "/out/case/templates/h.yaml", encoding: .utf8)
        #expect(text.components(separatedBy: "# Source: case/templates/h.yaml").count == 3)
    }

    @Test func writeFailureLeavesNoPartialFile() throws {
        let work = try OutputTestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try OutputTestSupport.materialize([
            ("Chart.yaml", "apiVersion: v2\nname: case\nversion: 0.1.0\n"),
            ("templates/a.yaml", "kind: Pod\n"),
        ], into: work + "/case")
        // A file where the `case` folder must go.
        try "x".write(toFile: work + "/out", atomically: true, encoding: .utf8)
        var action = TemplateAction(chartPath: work + "/case")
        action.outputDir = work + "/out"
        #expect(throws: ReleaseFailure.self) { try action.run() }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.contains("rudder-tmp") }
        #expect(leftovers.isEmpty)
    }
}

/// Helpers shared by the output tests: txtar reading, chart materializing, tree reading.
enum OutputTestSupport {
    static let fixtures: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/HelmEngineTests/OutputDirTests.swift
        return parts.joined(separator: "/") + "/fixtures/cases/output"
    }()

    static func makeTemporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "rudder-output-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Go's txtar format: a comment, then `-- NAME --` marker lines each starting a file.
    static func readTxtar(_ path: String) throws -> (comment: String, files: [(String, String)]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var comment = ""
        var files: [(String, String)] = []
        var current: String? = nil
        var body = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count >= 6 {
                if let current { files.append((current, body)) } else { comment = body }
                current = String(line.dropFirst(3).dropLast(3)).trimmingCharacters(in: .whitespaces)
                body = ""
            } else {
                body += line + "\n"
            }
        }
        if let current { files.append((current, body)) } else { comment = body }
        return (comment, files)
    }

    static func materialize(_ files: [(String, String)], into dir: String) throws {
        var all = files
        if !files.contains(where: { $0.0 == "Chart.yaml" }) {
            all.append(("Chart.yaml", "apiVersion: v2\nname: case\nversion: 0.1.0\nappVersion: \"1.0\"\n"))
        }
        for (name, content) in all {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try content.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Every file under `dir` as (relative path, content), sorted by path.
    static func readTree(_ dir: String) throws -> [(String, String)] {
        guard let walker = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [(String, String)] = []
        for case let rel as String in walker {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out.append((rel, try String(contentsOfFile: dir + "/" + rel, encoding: .utf8)))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
