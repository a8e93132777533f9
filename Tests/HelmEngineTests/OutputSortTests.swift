import GoRuntime
import Testing
@testable import HelmEngine

/// Manifest splitting, head decoding, hook classification and kind ordering
/// (helm's `releaseutil.SortManifests`); expectations come from helm v4.3.1 runs.
@Suite struct OutputSortTests {
    @Test func hooksAreSeparatedAndSortedByKindOnly() throws {
        let files = [
            "c/templates/h.yaml": """
            kind: Pod
            metadata:
              annotations:
                helm.sh/hook: post-install
                helm.sh/hook-weight: "-5"
            ---
            kind: ConfigMap
            metadata:
              annotations:
                helm.sh/hook: pre-install
                helm.sh/hook-weight: "5"
            ---
            kind: Pod
            metadata:
              annotations:
                helm.sh/hook: bogus
            """,
            "c/templates/m.yaml": "kind: Zeta\n---\nkind: Service\n",
        ]
        let sorted = try ManifestSorter.sort(files)
        #expect(sorted.hooks.map(\.kind) == ["ConfigMap", "Pod"])
        #expect(sorted.manifests.map(\.kind) == ["Service", "Zeta"])
        #expect(sorted.log == [#"level=INFO msg="skipping unknown hooks" hookTypes=bogus"#])
    }

    @Test func testHooksIncludeLegacyTestSuccess() throws {
        let doc = "kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: \" Pre-Install ,test-success\"\n"
        let sorted = try ManifestSorter.sort(["c/templates/t.yaml": doc])
        #expect(sorted.hooks.first?.events == ["pre-install", "test"])
        #expect(sorted.hooks.first?.isTest == true)
    }

    @Test func unknownKindsGoLastByName() {
        let kinds = ["Zeta", "Deployment", "alpha", "Alpha", "Namespace", ""]
        let sorted = ManifestSorter.stableSortByKind(kinds, kind: { $0 })
        #expect(sorted == ["Namespace", "Deployment", "", "Alpha", "Zeta", "alpha"])
    }

    @Test func splitKeepsTrailingNewlinesAndDropsBlankDocuments() {
        let docs = ManifestSorter.splitManifests("\n\na: 1\n\n---\n\n---   \nb: 2\n--- # c\nc: 3")
        #expect(docs == ["a: 1\n\n", "b: 2\n", "# c\nc: 3"])
    }

    @Test(arguments: [
        ("kind: 5", "5"), ("kind: true", "true"), ("kind: null", ""), ("kind: 1.5", "1.5"), ("kind: Pod", "Pod"),
    ])
    func scalarKindsDecodeAsStrings(_ doc: String, _ kind: String) throws {
        #expect(try ManifestHead.decode(doc, path: "p").kind == kind)
    }

    @Test(arguments: [
        ("metadata: foo", #"cannot unmarshal string into Go struct field .metadata of type struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#),
        ("kind: [a]", "cannot unmarshal array into Go struct field .kind of type string"),
        ("metadata:\n  annotations: []", "cannot unmarshal array into Go struct field .metadata.annotations of type map[string]string"),
        ("metadata:\n  annotations:\n    b: [1]\n    a: {x: y}", "cannot unmarshal object into Go struct field .metadata.annotations.a of type string"),
        ("- a", "cannot unmarshal array into Go value of type util.SimpleHead"),
    ])
    func headErrorsUseEncodingJSONWording(_ doc: String, _ detail: String) {
        #expect {
            _ = try ManifestHead.decode(doc, path: "c/templates/x.yaml")
        } throws: { error in
            "\(error)" == "YAML parse error on c/templates/x.yaml: error unmarshaling JSON: while decoding JSON: json: " + detail
        }
    }

    @Test func failureCarriesHooksSortedBeforeIt() {
        let files = ["c/templates/a.yaml": "kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n---\nx: [\n"]
        #expect {
            _ = try ManifestSorter.sort(files)
        } throws: { error in
            (error as? ManifestSorter.Failure)?.hooks.count == 1
        }
    }

    @Test(arguments: [
        ("plain", "plain"), ("", "\"\""), ("a b", "\"a b\""), ("a=b", "\"a=b\""), ("q\"", "\"q\\\"\""), ("a\\b", "a\\b"),
    ])
    func slogQuoting(_ value: String, _ expected: String) {
        #expect(SlogLine.quoted(value) == expected)
    }

    @Test(arguments: [
        ("files/*", "files/a.txt", true), ("files/*", "files/sub/c.txt", false),
        ("files/**", "files/sub/c.txt", true), ("**.txt", "files/sub/c.txt", true),
        ("files/{a,b}.*", "files/b.conf", true), ("files/{a,b}.*", "files/c.conf", false),
        ("files/[ab]*", "files/bin", true), ("files/[!ab]*", "files/bin", false), ("files/[a-c]", "files/b", true),
        ("files/?.txt", "files/b.txt", true), ("files/?.txt", "files/bb.txt", false), ("a\\*", "a*", true),
    ])
    func globMatching(_ pattern: String, _ name: String, _ matches: Bool) throws {
        let glob = try #require(FileGlob(pattern))
        #expect(glob.matches(name) == matches)
    }

    @Test func invalidGlobsDoNotCompile() {
        #expect(FileGlob("files/[") == nil)
        #expect(FileGlob("files/{a,b") == nil)
        #expect(FileGlob("trailing\\") == nil)
    }

    @Test(arguments: [
        ("out/x/", "out/x"), ("out//x/../y", "out/y"), ("./a", "a"), ("/a/../..", "/"), ("", "."), ("../a", "../a"),
    ])
    func goPathClean(_ path: String, _ cleaned: String) {
        #expect(GoPath.clean(path) == cleaned)
    }

    @Test func crdsOfSubchartsFollowTheChart() throws {
        let sub = Chart(metadata: ChartMetadata(raw: GoMap(["name": .string("sub")])), values: GoMap(),
                        templates: [], files: [ChartFile(name: "crds/s.yaml", data: Array("kind: S\n".utf8))])
        let top = Chart(metadata: ChartMetadata(raw: GoMap(["name": .string("top")])), values: GoMap(),
                        templates: [], files: [
                            ChartFile(name: "crds/b.json", data: []), ChartFile(name: "crds/n.txt", data: []),
                            ChartFile(name: "crds/a.YML", data: []), ChartFile(name: "other/c.yaml", data: []),
                        ])
        top.dependencies = [sub]
        sub.parent = top
        #expect(ReleaseOutput.crdObjects(top).map(\.path) == ["top/crds/b.json", "top/crds/a.YML", "top/charts/sub/crds/s.yaml"])
    }
}
