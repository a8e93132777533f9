import Testing
import GoRuntime
@testable import HelmEngine

/// Dependency processing and values coalescing on in-memory charts (expected values taken
/// from helm v4.3.1 runs of the matching `fixtures/cases/deps` cases).
@Suite struct ChartDependencyTests {
    static func file(_ name: String, _ text: String) -> ChartFile {
        ChartFile(name: name, data: Array(text.utf8))
    }

    static func umbrella(condition: String = "sub.enabled", parentValues: String) throws -> Chart {
        try ChartLoader.load(files: [
            file("Chart.yaml", "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.2.3\n  alias: al\n  condition: \(condition)\n- name: sub\n  version: 1.2.3\n"),
            file("values.yaml", parentValues),
            file("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.2.3\n"),
            file("charts/sub/values.yaml", "x: 1\ndrop: null\n"),
        ])
    }

    @Test func aliasAndConditionSelectSubcharts() throws {
        let chart = try Self.umbrella(condition: "al.enabled", parentValues: "al:\n  enabled: false\n")
        let values = try RenderValues.prepare(chart: chart, user: GoMap())
        #expect(chart.dependencies.map(\.name) == ["sub"])
        #expect(values.entries["sub"]?.mapValue?.entries["x"] != nil)
    }

    @Test func aliasKeepsBothCopies() throws {
        let chart = try Self.umbrella(condition: "al.enabled", parentValues: "al:\n  enabled: true\n  x: 2\n")
        let values = try RenderValues.prepare(chart: chart, user: GoMap())
        #expect(Set(chart.dependencies.map(\.name)) == ["al", "sub"])
        #expect(chart.dependencies.allSatisfy { $0.parent === chart })
        guard case .float(let x)? = values.entries["al"]?.mapValue?.entries["x"] else {
            Issue.record("al.x missing")
            return
        }
        #expect(x == 2)
        // Chart default nulls never reach the rendered values.
        #expect(values.entries["sub"]?.mapValue?.entries["drop"] == nil)
    }

    @Test func missingDependencyIsAnError() throws {
        let chart = try ChartLoader.load(files: [
            Self.file("Chart.yaml", "apiVersion: v2\nname: p\nversion: 0.1.0\ndependencies:\n- name: gone\n  version: 1.0.0\n  repository: https://example.com\n"),
        ])
        #expect(throws: ChartError.self) { try RenderValues.prepare(chart: chart, user: GoMap()) }
    }

    @Test func userNullDeletesOnlyNonNullDefaults() throws {
        let chart = try ChartLoader.load(files: [
            Self.file("Chart.yaml", "apiVersion: v2\nname: p\nversion: 0.1.0\n"),
            Self.file("values.yaml", "m: {a: null, b: 1}\nz: null\n"),
        ])
        let user = GoMap(["m": .map(GoMap(["a": .nil, "b": .nil, "c": .nil]))])
        let values = try Coalesce.values(chart: chart, user: user)
        let m = try #require(values.entries["m"]?.mapValue)
        #expect(Set(m.entries.keys) == ["a", "c"])
        #expect(values.entries["z"] == nil)
    }

    @Test func importValuesExports() throws {
        let chart = try ChartLoader.load(files: [
            Self.file("Chart.yaml", "apiVersion: v2\nname: p\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.2.3\n  import-values:\n  - data\n"),
            Self.file("values.yaml", "port: 1\n"),
            Self.file("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.2.3\n"),
            Self.file("charts/sub/values.yaml", "exports:\n  data:\n    port: 80\n    host: sub\n"),
        ])
        let values = try RenderValues.prepare(chart: chart, user: GoMap())
        #expect(values.entries["host"]?.stringValue == "sub")
        guard case .float(let port)? = values.entries["port"] else {
            Issue.record("port missing")
            return
        }
        #expect(port == 1)
    }
}
