import Testing
@testable import HelmEngine

/// `.helmignore` rules and Go's `filepath.Match`, as helm's `pkg/ignore` applies them.
@Suite struct ChartIgnoreTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "a/b.txt", false), ("a/*", "a/b", true),
        ("a/*", "a/b/c", false), ("[ab].md", "b.md", true), ("[^ab].md", "b.md", false),
        ("?x", "ax", true), ("?x", "/x", false), ("\\*", "*", true), ("a[", "a", nil),
        ("[a-", "a", nil), ("*", "", true),
    ] as [(String, String, Bool?)])
    func globMatch(_ pattern: String, _ name: String, _ expected: Bool?) {
        let got = try? GlobMatch.match(pattern, name)
        #expect(got == expected)
    }

    @Test func rules() throws {
        let rules = try HelmIgnore.parse("# comment\n  *.txt  \nsecret/\n/root.md\nconf/*.ini\r\n")
        #expect(rules.ignore("a.txt", isDirectory: false))
        #expect(rules.ignore("deep/a.txt", isDirectory: false))
        #expect(rules.ignore("secret", isDirectory: true))
        #expect(!rules.ignore("secret", isDirectory: false))
        #expect(rules.ignore("root.md", isDirectory: false))
        #expect(!rules.ignore("sub/root.md", isDirectory: false))
        #expect(rules.ignore("conf/a.ini", isDirectory: false))
        #expect(!rules.ignore("Chart.yaml", isDirectory: false))
    }

    @Test func negationIgnoresEverythingElse() throws {
        let rules = try HelmIgnore.parse("!keep.md\n")
        #expect(!rules.ignore("keep.md", isDirectory: false))
        #expect(rules.ignore("Chart.yaml", isDirectory: false))
    }

    @Test func defaultsHideDotfilesInTemplates() {
        var rules = HelmIgnore()
        rules.addDefaults()
        #expect(rules.ignore("templates/.hidden.yaml", isDirectory: false))
        #expect(!rules.ignore("templates/shown.yaml", isDirectory: false))
    }

    @Test func doubleStarIsAnError() {
        #expect(throws: HelmIgnore.Failure.self) { try HelmIgnore.parse("**/x\n") }
    }
}
