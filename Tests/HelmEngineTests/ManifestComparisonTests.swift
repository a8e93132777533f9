import Testing
@testable import HelmEngine

/// `rudder diff`'s matching: by resource identity, never by position.
@Suite struct ManifestComparisonTests {
    static let output = """
    ---
    # Source: c/templates/a.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: a
    data:
      k: v
    ---
    # Source: c/templates/b.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: b
      namespace: prod
    spec:
      replicas: 1
    ---
    # Source: c/templates/notes.yaml
    # only a comment

    """

    @Test func identitiesAreRead() {
        let docs = OutputDocument.split(Self.output)
        #expect(docs.map(\.source) == ["c/templates/a.yaml", "c/templates/b.yaml", "c/templates/notes.yaml"])
        #expect(docs[1].identity == ResourceIdentity(apiVersion: "apps/v1", kind: "Deployment", namespace: "prod", name: "b"))
        #expect(docs[2].identity == nil)
        #expect(docs[0].body.hasPrefix("apiVersion: v1\n"))
    }

    @Test func orderAloneIsNoChange() {
        let docs = OutputDocument.split(Self.output)
        let comparison = ManifestComparison(expected: docs, actual: docs.reversed())
        #expect(comparison.isSame)
        #expect(comparison.unchanged == 3)
        #expect(ManifestDiffReport().render(comparison) == "no change: 3 resources the same\n")
    }

    @Test func changedAddedAndRemovedAreFound() {
        let expected = OutputDocument.split(Self.output)
        var actual = OutputDocument.split(Self.output.replacingReplicas())
        actual.removeFirst()
        actual.append(OutputDocument(text: "# Source: c/templates/s.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"))
        let comparison = ManifestComparison(expected: expected, actual: actual)
        let report = ManifestDiffReport().render(comparison)
        #expect(report.contains("~ Deployment b -n prod (apps/v1) changed\n--- expected (c/templates/b.yaml)\n+++ rendered (c/templates/b.yaml)\n"))
        #expect(report.contains("-  replicas: 1\n+  replicas: 3\n"))
        #expect(report.contains("+ Secret s (v1) added (only in rendered)\n@@ -0,0 +1,5 @@\n+# Source: c/templates/s.yaml\n"))
        #expect(report.contains("- ConfigMap a (v1) removed (only in expected)\n"))
        #expect(report.hasSuffix("1 changed, 1 added, 1 removed, 1 unchanged\n"))
    }

    @Test func colourIsOnlyOnRequest() {
        let docs = OutputDocument.split(Self.output)
        let comparison = ManifestComparison(expected: docs, actual: Array(docs.dropFirst()))
        var report = ManifestDiffReport()
        #expect(!report.render(comparison).contains("\u{1B}["))
        report.color = true
        #expect(report.render(comparison).contains("\u{1B}[31m- ConfigMap a (v1) removed"))
    }
}

private extension String {
    func replacingReplicas() -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0 == "  replicas: 1" ? "  replicas: 3" : String($0) }.joined(separator: "\n")
    }
}
