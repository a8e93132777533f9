import Testing
import GoRuntime
@testable import GoYAML

/// `decodeHead` must give, for the wanted keys, exactly what the full decoder gives, and the
/// same error for every document the full decoder rejects (the skimmed keys included).
@Suite struct YAMLHeadDecoderTests {
    static let wanted: Set<String> = ["apiVersion", "kind", "metadata"]

    static let documents: [String] = [
        "",
        "~\n",
        "- a\n- b\n",
        "just a scalar\n",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    a: b\ndata:\n  k: v\n",
        "kind: Pod\nspec:\n  containers:\n  - name: c\n    args: [\"a\", b, 3]\n    env: {A: 1}\n",
        "kind: A\nspec: {x: .inf}\n",
        "kind: A\nspec:\n  - -.Inf\n",
        "kind: A\nspec: .NaN\n",
        "kind: A\nspec: {a: &x 1, b: *x}\n",
        "kind: A\nmetadata: &m {name: n}\nspec: *m\n",
        "kind: A\nspec: !!int x\n",
        "kind: A\nspec:\n  <<: {a: 1}\n",
        "kind: A\nspec:\n  ~: 1\n",
        "kind: A\nspec:\n  18446744073709551615: 1\n",
        "kind: A\nspec:\n  [a]: 1\n",
        "kind: A\nspec:\n  a: b: c\n",
        "kind: A\nspec: [a, b\n",
        "kind: A\nspec:\n\tx: 1\n",
        "kind: A\nkind: B\nspec: {}\n",
        "Kind: A\nMETADATA: {name: x}\nspec: {n: no, y: yes, t: 2001-01-01}\n",
        "kind: A\n---\nkind: B\n",
        "kind: A\nspec: {a: !!binary aGVsbG8=}\n",
        "kind: 5\nmetadata: {name: 1.5, annotations: {a: null}}\n",
    ]

    @Test(arguments: documents)
    func headMatchesTheFullDecoder(_ doc: String) {
        let full = Self.describe { try YAMLDecoder.decode(doc) }
        let head = Self.describe {
            try YAMLDecoder.decodeHead(doc) { key in Self.wanted.contains { $0.lowercased() == key.lowercased() } }
        }
        #expect(head == full)
    }

    /// The wanted keys' values as JSON, or the error text.
    static func describe(_ body: () throws -> Value) -> String {
        do {
            let value = try body()
            guard case .map(let m) = value else { return (try? GoJSON.encode(value)) ?? "?" }
            let kept = GoMap(m.entries.filter { entry in wanted.contains { $0.lowercased() == entry.key.lowercased() } })
            return (try? GoJSON.encode(.map(kept))) ?? "?"
        } catch {
            return "error: \(error)"
        }
    }
}
