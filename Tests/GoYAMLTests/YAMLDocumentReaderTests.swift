import Testing
@testable import GoYAML

/// `YAMLDocumentReader.onlyDocument` is the reader's shortcut for a values file of one
/// document: where it answers, `next` gives the same single document.
@Suite struct YAMLDocumentReaderTests {
    static let files: [String] = [
        "a: 1\n", "a: 1", "\n", "", "a: |\n  --- not a separator\n  x\n", " ---\n",
        "a: 1\n---\nb: 2\n", "---\na: 1\n", "a: 1\r\nb: 2\r\n", "a: 1\n--- # comment\n", "a: 1\n---",
    ]

    @Test(arguments: files)
    func shortcutGivesWhatTheReaderGives(_ file: String) throws {
        let bytes = Array(file.utf8)
        var reader = YAMLDocumentReader(bytes)
        var documents: [[UInt8]] = []
        while let document = try reader.next() { documents.append(document) }
        if let only = YAMLDocumentReader.onlyDocument(bytes) {
            #expect(documents == [only])
        } else {
            #expect(file.isEmpty || file.utf8.contains(13) || file.hasPrefix("---") || file.contains("\n---"))
        }
    }

    @Test func plainValuesFilesTakeTheShortcut() {
        for file in ["a: 1\n", "a: 1", "\n", "a: |\n  --- not a separator\n  x\n", " ---\n"] {
            #expect(YAMLDocumentReader.onlyDocument(Array(file.utf8)) != nil)
        }
    }
}
