import Foundation
import Testing

/// `rudder diff` on the example charts against helm's goldens (`fixtures/charts/*.out`, from
/// `scripts/update-chart-goldens`), as they are and edited: a change of order is no change;
/// a changed, an added and a removed resource are each reported; exit 0, 1, 2.
@Suite struct DiffCommandTests {
    static let charts = GoldenCasesTests.root.appendingPathComponent("fixtures/charts")

    /// What helm printed for `helm template demo fixtures/charts/NAME`.
    static func helmOutput(_ name: String) throws -> String {
        var text = try String(contentsOf: charts.appendingPathComponent(name + ".out"), encoding: .utf8)
        if text.hasSuffix("exit:0") { text.removeLast("exit:0".count) }
        return text
    }

    static func documents(_ output: String) -> [String] {
        output.components(separatedBy: "---\n").filter { !$0.isEmpty }
    }

    func diff(_ chart: String, against golden: String, _ extra: [String] = []) throws -> RudderRun {
        let dir = try RudderRun.temporaryDirectory("diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("golden.yaml")
        try golden.write(to: file, atomically: true, encoding: .utf8)
        return try RudderRun.run(["diff", "demo", Self.charts.appendingPathComponent(chart).path, "--against", file.path] + extra)
    }

    @Test(arguments: ["umbrella", "bitnami-style", "prometheus-stack-style"])
    func helmsOutputIsNoChange(_ chart: String) throws {
        let golden = try Self.helmOutput(chart)
        let run = try diff(chart, against: golden)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "no change: \(Self.documents(golden).count) resources the same\n")
        let reordered = Self.documents(golden).reversed().map { "---\n" + $0 }.joined()
        let again = try diff(chart, against: reordered)
        #expect(again.status == 0)
        #expect(again.stdout == run.stdout)
    }

    @Test func changedAddedAndRemovedResources() throws {
        var docs = Self.documents(try Self.helmOutput("umbrella"))
        let serviceIndex = try #require(docs.firstIndex { $0.contains("kind: Service\n") && $0.contains("replicas: 3") })
        docs[serviceIndex] = docs[serviceIndex].replacingOccurrences(of: "replicas: 3", with: "replicas: 4")
        let dropped = docs.removeLast()
        docs.append("# Source: umbrella/templates/gone.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: old-secret\n")
        let run = try diff("umbrella", against: docs.map { "---\n" + $0 }.joined())
        #expect(run.status == 1)
        #expect(run.stdout.contains("~ Service demo-worker (v1) changed\n"))
        #expect(run.stdout.contains("-  replicas: 4\n+  replicas: 3\n"))
        let droppedKind = try #require(dropped.split(separator: "\n").first { $0.hasPrefix("kind: ") }).dropFirst(6)
        #expect(run.stdout.contains("+ \(droppedKind) "), "the resource left out of the golden is added")
        #expect(run.stdout.contains("- Secret old-secret (v1) removed (only in "))
        #expect(run.stdout.hasSuffix("1 changed, 1 added, 1 removed, \(docs.count - 2) unchanged\n"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        let coloured = try diff("umbrella", against: docs.map { "---\n" + $0 }.joined(), ["--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[32m+  replicas: 3\u{1B}[0m"))
    }

    @Test func outputDirTreeAndHelmBinary() throws {
        let dir = try RudderRun.temporaryDirectory("diff-tree")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = Self.charts.appendingPathComponent("umbrella").path
        let tree = dir.appendingPathComponent("tree")
        #expect(try RudderRun.run(["template", "demo", chart, "--output-dir", tree.path]).status == 0)
        let fromTree = try RudderRun.run(["diff", "demo", chart, "--against", tree.path])
        #expect(fromTree.status == 0, "\(fromTree.stdout)\(fromTree.stderr)")
        // A stand-in for helm that prints helm's golden and records its arguments.
        let golden = dir.appendingPathComponent("golden.yaml")
        try Self.helmOutput("umbrella").write(to: golden, atomically: true, encoding: .utf8)
        let fake = dir.appendingPathComponent("helm")
        let argsFile = dir.appendingPathComponent("args")
        try "#!/bin/sh\necho \"$@\" > '\(argsFile.path)'\ncat '\(golden.path)'\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let run = try RudderRun.run(["diff", "demo", chart, "--set", "global.env=staging", "--against-helm", "--helm", fake.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try String(contentsOf: argsFile, encoding: .utf8) == "template demo \(chart) --set global.env=staging\n")
        let failing = try RudderRun.run(["diff", "demo", chart, "--against-helm", "--helm", "/bin/false"])
        #expect(failing.status == 2)
        #expect(failing.stderr.hasPrefix("Error: /bin/false template failed (exit status 1)"))
    }

    @Test func errorsExitTwo() throws {
        let chart = Self.charts.appendingPathComponent("umbrella").path
        let missing = try RudderRun.run(["diff", chart])
        #expect(missing.status == 2)
        #expect(missing.stderr == "Error: rudder diff needs --against FILE|DIR or --against-helm\n")
        let noChart = try RudderRun.run(["diff", "/nonexistent/chart", "--against", "/dev/null"])
        #expect(noChart.status == 2)
        #expect(noChart.stderr.hasPrefix("Error: "))
        let badColor = try RudderRun.run(["diff", chart, "--against", "/dev/null", "--color=pink"])
        #expect(badColor.status == 2)
        let noGolden = try RudderRun.run(["diff", chart, "--against", "/nonexistent/golden.yaml"])
        #expect(noGolden.status == 2)
        #expect(noGolden.stderr.hasPrefix("Error: --against /nonexistent/golden.yaml: "))
    }
}
