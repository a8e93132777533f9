import Foundation
import Testing
@testable import HelmEngine

/// `ManifestHeadReader` (the byte-level head reader) against the libyaml path
/// (`ManifestHead.decodeFully`): whenever the reader gives a head, libyaml must accept the
/// document and give the same head. Checked on hand-written tricky documents, on every
/// rendered document and YAML file of the fixtures, and on deterministic mutations of them.
@Suite struct ManifestHeadReaderTests {
    /// What the two paths did with one document.
    enum Agreement: Equatable {
        case fastAccepted, declined
        case disagree(String)
    }

    static func compare(_ doc: String) -> Agreement {
        guard let fast = ManifestHeadReader.read(doc) else { return .declined }
        let slow = Result { try ManifestHead.decodeFully(doc, path: "c/templates/t.yaml") }
        switch slow {
        case .success(let head):
            return head == fast ? .fastAccepted : .disagree("heads differ: fast \(fast) libyaml \(head)")
        case .failure(let error):
            return .disagree("fast accepted, libyaml failed: \(error)")
        }
    }

    /// Documents the reader must read itself (and agree on).
    static let accepted: [String] = [
        "",
        "# only a comment\n",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
        "# Source: c/templates/a.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: demo\n  labels:\n    app: x\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: a\n          image: \"nginx:1.2\"\n          args: [\"--x\", '--y', z]\n          ports:\n          - containerPort: 80\n            protocol: TCP\n",
        "kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install,post-install\n    helm.sh/hook-weight: \"-5\"\n    checksum/config: 3f2a9c0d1e\n    empty:\n    quoted: 'it''s'\n    escaped: \"a\\tb\\\\c\\\"d/e\"\n    null-word: ~\n    yes-word: yes\n    off-word: Off\n    version: 5.12.0\n    size: 10Gi\n",
        "kind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  script.sh: |\n    #!/bin/sh\n    echo \"a: b\" # not a comment\n\n    \tx\n  other: >-\n    folded\n    text\n  keep: |+\n    a\n\n",
        "kind: A\nmetadata: {}\nspec: {}\nlist: []\nflow: {a: 1, \"b\": [x, y/z, 80], c: {d: e}}\n",
        "kind: A\nmetadata:\n  name: n\n  annotations: {}\n",
        "kind: A\nitems:\n- a\n- b:\n  - c\n  d: e\n-\n- f\n",
        "kind: A\nspec:\n - a\n  -b\n",
        "kind: A\nmetadata:\n  annotations:\n    nul: \"a\\0b\\N\\_\\L\\P\\e\"\n",
        "kind: A\nspec:\n  description: this is a long\n    plain scalar on\n\n    several lines\n  next: 1\n",
        "kind: A\nmetadata:\n  annotations:\n    description: first line\n      second line\n\n      after blank\n",
        "kind: A\nmetadata:\n  name: x\nspec:\n  expr: up{job=\"a\"}\n    == 0\n  port: :9121\n  q: ?x\n  arg: --config=/etc/x\n  neg: -1\n",
        "kind: Service\nmetadata:\n  name: s # trailing comment\n  namespace: \"default\"\nspec:\n  ports:\n    - port: 80 # http\n",
        "kind: A\nmetadata:\n  name: x\nspec:\n  01-extensions.sql: |\n    create extension x;\n",
        "kind: A\nmetadata:\n  name: café\n  annotations:\n    note: naïve – ok\n",
        "\"kind\": Pod\n'metadata':\n  'name': n\n",
        "kind: A\nmetadata:\n  name: n\n  labels:\n    \"app.kubernetes.io/name\": x\n",
    ]

    /// Documents the reader must leave to libyaml.
    static let declined: [String] = [
        "  kind: A\n",
        "- kind: A\n",
        "just a scalar\n",
        "kind: A\r\nmetadata: {}\r\n",
        "kind:\tA\n",
        "kind: &a A\n",
        "kind: *a\n",
        "kind: !!str A\n",
        "%YAML 1.1\n---\nkind: A\n",
        "kind: A\n...\n",
        "kind: A\n---\nkind: B\n",
        "? kind\n: A\n",
        "kind: A\nKind: B\n",
        "kind: A\nkind: B\n",
        "kind: A\nmetadata:\n  Name: x\n",
        "kind: A\nmetadata:\n  annotations:\n    a: x\n    'a': y\n",
        "kind: 5\n",
        "kind: 1.0\n",
        "kind: 2001-12-14\n",
        "kind: 0x1F\n",
        "kind: .inf\n",
        "kind: A\nspec:\n  x: .inf\n",
        "kind: A\nspec:\n  x: -.Inf\n",
        "kind: A\nspec:\n  <<: {a: 1}\n",
        "kind: A\nspec:\n  ~: 1\n",
        "kind: A\nspec:\n  null: 1\n",
        "kind: A\nspec:\n  18446744073709551615: 1\n",
        "kind: A\nspec:\n  a: |2\n    x\n",
        "kind: A\nspec:\n  a: |\n      \n    x\n",
        "kind: A\nmetadata:\n  annotations:\n    a: |\n      x\n",
        "kind: A\nmetadata:\n  name:\n    x\n",
        "kind: A\nspec:\n  a: \"multi\n    line\"\n",
        "kind: A\nspec:\n  a: b: c\n",
        "kind: A\nspec:\n  a: b\n   c: d\n",
        "kind: A\nmetadata: []\n",
        "kind: [A]\n",
        "kind: A\nmetadata:\n  annotations:\n    a: [x]\n",
        "kind: A\nspec:\n  a: \"\\x41\"\n",
        "kind: A\nspec:\n  a: \"\\q\"\n",
        "kind: A\nspec:\n  a: [a, b,]\n",
        "kind: A\nspec:\n  a: [a: 1]\n",
        "kind: A\nspec:\n  a: x\u{85}y\n",
        "kind: A\nspec:\n  a: x\u{2028}y\n",
        "\u{FEFF}kind: A\n",
        "kind: A\nspec:\n  a: x\u{7}y\n",
        "kind: A\n\u{212A}ind: B\n",
        "kind: A\nspec:\n  a: 1\n b: 2\n",
        "kind: A\nmetadata:\n  name: [n]\n",
        "kind: A\nmetadata:\n  name: \"caf\\u00e9\"\n",
        "kind: A\nitems:\n- - nested\n",
        "kind: A\nspec:\n - a\n  - b\n",
        "kind: A\nspec:\n  a: b\n    [c]\n",
        "kind: Cu #stomReso\n urceDefinition\n",
        "kind: A\nb:\n  - x # item\n   inner\n",
    ]

    @Test(arguments: accepted) func readsPlainDocuments(_ doc: String) {
        #expect(Self.compare(doc) == .fastAccepted, "\(doc.debugDescription)")
    }

    @Test(arguments: declined) func leavesTheRestToLibYAML(_ doc: String) {
        #expect(Self.compare(doc) == .declined, "\(doc.debugDescription)")
    }

    @Test func plainScalarTyping() {
        func head(_ s: String) -> String? {
            var t = s
            return t.withUTF8 { PlainYAMLScalar.headString($0, 0, $0.count) }
        }
        #expect(head("Deployment") == "Deployment")
        #expect(head("null") == "" && head("~") == "")
        #expect(head("y") == "true" && head("NO") == "false" && head("On") == "true")
        #expect(head("nope") == "nope" && head("Yess") == "Yess")
        for number in ["1", "-1", "+1", "0x1F", "0o17", "0b101", "1e3", "1.5", "1_000", "2001-12-14",
                       "2001-12-14T21:59:43.10-05:00", "123456789012345678901234567890", ".5", ".inf"] {
            #expect(head(number) == nil, "\(number)")
        }
        for text in ["5.12.0", "10Gi", "500m", "1password", "3f2a9c", "deadbeef"] {
            #expect(head(text) == text, "\(text)")
        }
    }

    // MARK: corpus

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")

    /// Every rendered document of the fixtures' goldens and every YAML file of the cases.
    static func corpus() -> [String] {
        var docs: [String] = []
        let fm = FileManager.default
        for group in ["charts", "cases"] {
            let root = fixtures.appendingPathComponent(group)
            guard let walker = fm.enumerator(atPath: root.path) else { continue }
            for case let path as String in walker {
                guard path.hasSuffix(".out") || path.hasSuffix(".txtar") else { continue }
                guard let text = try? String(contentsOfFile: root.appendingPathComponent(path).path, encoding: .utf8) else {
                    continue
                }
                if path.hasSuffix(".out") {
                    docs += ManifestSorter.split(text, .lineSeparators)
                } else {
                    docs += txtarFiles(text).filter { !$0.contains("{{") }.flatMap { ManifestSorter.split($0, .lineSeparators) }
                }
            }
        }
        return docs
    }

    /// The file bodies of a txtar archive.
    static func txtarFiles(_ text: String) -> [String] {
        var files: [String] = []
        var current: [Substring]? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") {
                if let c = current { files.append(c.joined(separator: "\n") + "\n") }
                current = []
            } else {
                current?.append(line)
            }
        }
        if let c = current { files.append(c.joined(separator: "\n") + "\n") }
        return files
    }

    @Test func agreesOnTheFixtureCorpus() {
        var accepted = 0
        var total = 0
        for doc in Self.corpus() {
            total += 1
            switch Self.compare(doc) {
            case .fastAccepted: accepted += 1
            case .declined: break
            case .disagree(let why): Issue.record("\(why)\n\(doc)")
            }
        }
        #expect(total > 2000)
        #expect(accepted * 10 > total * 8, "accepted \(accepted) of \(total)")
    }

    /// Small edits that break or bend YAML, inserted at chosen places.
    static let edits = [
        "", ":", ": ", "#", " #", "\t", "-", "- ", "'", "\"", "|", ">", "&a ", "*a", "!", "[", "]",
        "{", "}", ",", "\n", "\n ", "  ", "? ", "~", ".inf", "0x1", "\\", "%", "@", "---\n", "...\n",
        "kind: X\n", "Kind: Y\n", "metadata:\n", "\u{85}", "é", "null", "<<: ", "\"\\x", "|2", "1: ",
        "  - ", "\n  - ", "\nkind: Z", "\n  name: q", "{}", "[]", "''", "\"\"", "a: b: c", " : ",
    ]

    @Test func agreesOnMutations() {
        var rng = SplitMix64(seed: 0x5eed)
        var accepted = 0
        var declined = 0
        let docs = Self.corpus().filter { $0.utf8.count < 6000 }
        for doc in docs.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) {
            let bytes = Array(doc.utf8)
            for _ in 0..<24 {
                var mutated = bytes
                for _ in 0...(rng.next() % 2) { Self.mutate(&mutated, &rng) }
                let text = String(decoding: mutated, as: UTF8.self)
                switch Self.compare(text) {
                case .fastAccepted: accepted += 1
                case .declined: declined += 1
                case .disagree(let why): Issue.record("\(why)\n\(text.debugDescription)")
                }
            }
        }
        #expect(accepted > 1000 && declined > 1000, "accepted \(accepted), declined \(declined)")
    }
}

extension ManifestHeadReaderTests {
    /// One edit: a byte removed, a line re-indented by one space, or one of `edits` inserted.
    static func mutate(_ mutated: inout [UInt8], _ rng: inout SplitMix64) {
        let at = Int(rng.next() % UInt64(mutated.count + 1))
        let kind = rng.next() % 4
        if kind == 0 && at < mutated.count {
            mutated.remove(at: at)
        } else if kind == 1 {
            var lineStart = at
            while lineStart > 0 && mutated[lineStart - 1] != 10 { lineStart -= 1 }
            if rng.next() % 2 == 0 {
                mutated.insert(32, at: lineStart)
            } else if lineStart < mutated.count && mutated[lineStart] == 32 {
                mutated.remove(at: lineStart)
            }
        } else {
            let edit = edits[Int(rng.next() % UInt64(edits.count))]
            mutated.insert(contentsOf: Array(edit.utf8), at: at)
        }
    }
}

/// A small deterministic random number generator (SplitMix64) for the mutation test.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
