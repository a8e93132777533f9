import Testing
import GoRuntime
@testable import GoYAML

/// Large documents go through `BlockScalarElider` before `decodeHead`: the wanted keys and
/// every error must stay what the full decoder gives.
@Suite struct BlockScalarEliderTests {
    static let payload = (0..<120).map { "      \"panel\($0)\": {\"expr\": \"sum(rate(http_requests_total[5m])) by (job)\", \"n\": \($0)}," }
        .joined(separator: "\n") + "\n      \"description\": \"" + String(repeating: "long text ", count: 40) + "\""
    static let keys = (0..<400).map { "  k\($0): value \($0)" }.joined(separator: "\n")
    static let longPlain = String(repeating: "abcdefghij", count: 40)
    static let head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dashboards\n  labels:\n    app: x\n"

    static let documents: [String] = [
        head + "data:\n  dash.json: |\n" + payload + "\n  other: v\n",
        head + "data:\n  dash.json: |-\n" + payload + "\n\n\n  after: >\n" + payload + "\n",
        head + "data:\n  dash.json: |\n" + payload + "\nspec: [a, b\n",
        head + "data:\n  dash.json: |\n" + payload + "\n  bad: : x\n",
        head + "data:\n  dash.json: |\n" + payload + "\n   misindented: x\n",
        head + "data:\n  dash.json: |2\n" + payload + "\n",
        head + "data:\n  dash.json: |\n" + payload + "\n\tx\n",
        head + "data:\n  plain: " + longPlain + "\n  dq: \"" + longPlain + "\\n\\t\"\n  sq: '" + longPlain + "''s'\n" + Self.keys + "\n",
        head + "data:\n  plain: " + longPlain + "\n    continued line\n" + "  pad: |\n" + payload + "\n",
        head + "data:\n  dq: \"\\x4" + longPlain + "\"\n  pad: |\n" + payload + "\n",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    script: |\n" + payload + "\ndata: {}\n",
        head + "items:\n- |\n" + payload + "\n- " + longPlain + "\n- name: n\n  value: |\n" + payload + "\n",
        head + "data:\n  dash.json: |\n" + payload + "\n  ünïcode: |\n    é " + longPlain + "\n" + payload + "\n",
        head + "data:\n  dash.json: |\n" + payload + "\nkind: Twice\n",
        head + "data:\n  a: &anchor |\n" + payload + "\n  b: *anchor\n",
        head + "data:\n  dash.json: |\n" + payload + "\n---\nkind: Second\n",
    ]

    @Test(arguments: documents)
    func largeDocumentHeadMatchesTheFullDecoder(_ doc: String) {
        #expect(doc.utf8.count >= YAMLDecoder.elisionThreshold)
        let full = YAMLHeadDecoderTests.describe { try YAMLDecoder.decode(doc) }
        let head = YAMLHeadDecoderTests.describe {
            try YAMLDecoder.decodeHead(doc) { key in YAMLHeadDecoderTests.wanted.contains { $0.lowercased() == key.lowercased() } }
        }
        #expect(head == full)
    }

    @Test func blockScalarBodiesAreEmptiedOutsideTheHead() throws {
        let doc = Self.documents[0]
        let shorter = Array(doc.utf8).withUnsafeBufferPointer { BlockScalarElider.elide($0) }
        let text = try #require(shorter.map { String(decoding: $0, as: UTF8.self) })
        #expect(text.utf8.count < doc.utf8.count / 4)
        #expect(text.hasPrefix(Self.head + "data:\n  dash.json: |\n"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count
                == doc.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func explicitIndentationIsLeftAlone() {
        let doc = Self.documents[5]
        #expect(Array(doc.utf8).withUnsafeBufferPointer { BlockScalarElider.elide($0) } == nil)
    }
}
