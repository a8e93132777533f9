import GoRuntime
import HelmEngine
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Uses only the public API, as an embedding program would: load an example chart, render it
/// with values and options, and compare with what real helm printed for it
/// (`fixtures/charts/*.out`, from `scripts/update-chart-goldens`).
@Suite struct LibraryAPITests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static func golden(_ chart: String) throws -> String {
        var text = try FileSystem.readText(root + "/fixtures/charts/" + chart + ".out")
        // The golden ends with the exit status line the CLI test records.
        if text.hasSuffix("exit:0") { text.removeLast("exit:0".count) }
        return text
    }

    @Test(arguments: ["umbrella", "bitnami-style", "basic"])
    func renderEqualsHelm(_ name: String) throws {
        let chart = try Chart.load(path: Self.root + "/fixtures/charts/" + name)
        var options = RenderOptions()
        options.release = ReleaseOptions(name: "demo")
        let manifests = try render(chart: chart, options: options)
        let printed = manifests.map { "---\n" + $0.text }.joined()
        #expect(printed == (try Self.golden(name)))
        // The same chart renders again to the same result: rendering does not change it.
        #expect(try render(chart: chart, options: options).map(\.text) == manifests.map(\.text))
    }

    /// With the v3 profile the render is helm v3.17.3's (`fixtures/charts/*.v3.out`).
    @Test func renderEqualsHelmV3() throws {
        let chart = try Chart.load(path: Self.root + "/fixtures/charts/umbrella", profile: .v3)
        var options = RenderOptions()
        options.release = ReleaseOptions(name: "demo")
        options.profile = .v3
        var golden = try FileSystem.readText(Self.root + "/fixtures/charts/umbrella.v3.out")
        if golden.hasSuffix("exit:0") { golden.removeLast("exit:0".count) }
        #expect(try render(chart: chart, options: options).map { "---\n" + $0.text }.joined() == golden)
    }

    @Test func valuesAndIdentities() throws {
        let chart = try Chart.load(path: Self.root + "/fixtures/charts/umbrella")
        var options = RenderOptions()
        options.release = ReleaseOptions(name: "demo", namespace: "prod")
        let values = try UserValues.parse(yaml: "worker:\n  replicas: 7\n")
        let manifests = try render(chart: chart, values: values, options: options)
        #expect(!manifests.isEmpty)
        #expect(manifests.contains { $0.content.contains("replicas: 7") })
        #expect(manifests.allSatisfy { $0.text.hasPrefix("# Source: umbrella/") })
        #expect(manifests.filter(\.isHook).map(\.kind) == manifests.filter(\.isHook).compactMap { $0.identity?.kind })
        #expect(manifests.contains { $0.isHook })
    }

    @Test func errorsAreReported() throws {
        #expect(throws: (any Error).self) { try Chart.load(path: Self.root + "/fixtures/charts/missing") }
        var template = [CChar]("/tmp/rudder-library-XXXXXX".utf8CString)
        let dir = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { _ = try? FileSystem.walkFiles(dir).map { unlink(dir + "/" + $0) } }
        try FileSystem.makeDirectories(dir + "/templates")
        try FileSystem.writeFileAtomically(dir + "/Chart.yaml", Array("apiVersion: v2\nname: e\nversion: 1.0.0\n".utf8))
        try FileSystem.writeFileAtomically(dir + "/templates/t.yaml", Array("x: {{ required \"need x\" .Values.x }}\n".utf8))
        let chart = try Chart.load(path: dir)
        do {
            _ = try render(chart: chart)
            Issue.record("rendered without x")
        } catch {
            #expect("\(error)".hasPrefix("execution error at (e/templates/t.yaml:1:"))
            #expect("\(error)".hasSuffix(": need x"))
        }
        #expect(try render(chart: chart, values: UserValues.parse(yaml: "x: 1\n")).map(\.content) == ["x: 1\n"])
    }
}
