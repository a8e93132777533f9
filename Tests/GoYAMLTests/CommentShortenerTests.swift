import Testing
import GoRuntime
@testable import GoYAML

/// Values files go through `BlockScalarElider.shortenComments` before libyaml: the values
/// and every error must stay what decoding the original text gives.
@Suite struct CommentShortenerTests {
    /// bitnami-style documentation comments, enough to pass `elisionThreshold`.
    static let docs = (0..<60).map { "## @param section.key\($0) Description of key \($0), with `code` and \"quotes\" and 'apostrophes'" }
        .joined(separator: "\n") + "\n"

    static let documents: [String] = [
        docs + "image:\n  ## a comment\n  registry: docker.io # trailing\n  tag: \"1.0\"\n    # deeper comment\n  list:\n    # in a list\n    - a\n    - b\n",
        docs + "script: |\n  #!/bin/sh\n  # not a comment\n    # deeper, still content\n  echo hi\n# a comment again\nafter: 1\n",
        docs + "folded: >-\n\n  # content after a blank line\n  text\n  # more content\nnext: 2\n",
        docs + "block: |\n    a\n  # less indented: the block ends, this is a comment\nkey: v\n",
        docs + "dq: \"first line\n  # inside the quotes\n  last\"\nafter: 1\n",
        docs + "sq: 'first line\n  # inside the quotes\n  it''s last'\nafter: 1\n",
        docs + "plain: first\n  # a comment ends the plain scalar\n  continued\n",
        docs + "plain: first\n  continued\n  # comment\nnext: 3\n",
        docs + "flow: [a,\n  # comment in a flow sequence\n  b]\n",
        docs + "items:\n- name: x\n  # comment\n  value: |\n    # content\n- |\n  # content of an item\n",
        docs + "key: value\n# comment with a control character \u{7f}\n",
        docs + "key: value\n#\tcomment with a tab\n",
        docs + "first: 1\n---\n# second document\nsecond: 2\n",
        docs + "anchor: &a\n  x: 1\n# comment\ncopy: *a\n",
        docs + "key: value\n  # comment\nbad: : x\n",
        docs + "it's: 'multi\n  # inside\n  line'\n",
        docs + "explicit: |2\n    # content\n  x\n",
        docs + "twice: 1\n# comment\ntwice: 2\n",
        docs + "escape: \"bad \\q escape\"\n# comment\n",
    ]

    static func describe(_ body: () throws -> GoMap) -> String {
        do {
            let values = try body()
            return (try? GoJSON.encode(.map(values))) ?? "?"
        } catch {
            return "error: \(error)"
        }
    }

    @Test(arguments: documents)
    func valuesAndErrorsMatchTheOriginal(_ doc: String) {
        #expect(doc.utf8.count >= YAMLDecoder.elisionThreshold)
        let bytes = Array(doc.utf8)
        let original = Self.describe { try bytes.withUnsafeBufferPointer { try YAMLDecoder.decodeValues(bytes: $0) } }
        let shortened = Self.describe { try bytes.withUnsafeBufferPointer { try YAMLDecoder.decodeValuesFile(bytes: $0) } }
        #expect(shortened == original)
    }

    /// An error found in the shortened text is reported from the original.
    @Test func errorsAreTheOriginals() {
        let bytes = Array(Self.documents[18].utf8)
        let result = Self.describe { try bytes.withUnsafeBufferPointer { try YAMLDecoder.decodeValuesFile(bytes: $0) } }
        #expect(result.hasPrefix("error: "))
    }

    @Test func commentLinesKeepOnlyTheirHash() throws {
        let doc = Self.documents[1]
        let shorter = Array(doc.utf8).withUnsafeBufferPointer { BlockScalarElider.shortenComments($0) }
        let text = try #require(shorter.map { String(decoding: $0, as: UTF8.self) })
        #expect(text.utf8.count < doc.utf8.count / 4)
        #expect(text.hasSuffix("script: |\n  #!/bin/sh\n  # not a comment\n    # deeper, still content\n  echo hi\n#\nafter: 1\n"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count
                == doc.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// The documents of block scalars with `#` lines, lists and odd comments are shortened,
    /// so the comparison above covers the shortened text.
    @Test(arguments: [0, 1, 2, 3, 9, 10, 11, 17, 18])
    func blockScalarsAndListsAreShortened(_ index: Int) {
        #expect(Array(Self.documents[index].utf8).withUnsafeBufferPointer { BlockScalarElider.shortenComments($0) } != nil)
    }

    @Test func quotedScalarsAndFlowsOverSeveralLinesAreLeftAlone() {
        for doc in [Self.documents[4], Self.documents[5], Self.documents[8], Self.documents[15]] {
            #expect(Array(doc.utf8).withUnsafeBufferPointer { BlockScalarElider.shortenComments($0) } == nil)
        }
    }
}
