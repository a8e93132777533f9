import Testing
@testable import HelmEngine

/// Trimming as Go's `strings.TrimSpace` does (`unicode.IsSpace`), in place for the assembled
/// output and as a copy elsewhere.
@Suite struct TrimWhitespaceTests {
    @Test(arguments: ["", " ", "\n\n", "---\na: 1\n\n", " \t\r\nx y \u{0B}\u{0C}", "é \n", "\r\n---\r\n", "a\u{301}\n", "x",
                      "\u{A0}x\u{A0}", "\u{85}\u{3000}x\u{2028}\u{2029}", "\u{1680}\u{2000}\u{200A}\u{202F}\u{205F}x"])
    func inPlaceTrimMatchesTheCopy(_ text: String) {
        var trimmed = text
        trimmed.trimWhitespace()
        #expect(Array(trimmed.utf8) == Array(text.trimmingWhitespace().utf8))
    }

    /// Every character `unicode.IsSpace` reports, and some it does not.
    @Test func unicodeSpacesAreGos() {
        let spaces: [Unicode.Scalar] = ["\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}",
                                        "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        for s in spaces {
            #expect(("x" + String(s)).trimmingWhitespace() == "x", "U+\(String(s.value, radix: 16))")
            #expect((String(s) + "x").trimmingWhitespace() == "x", "U+\(String(s.value, radix: 16))")
        }
        let others: [Unicode.Scalar] = ["\u{200B}", "\u{FEFF}", "\u{180E}", "\u{2060}", "\u{1C}", "\u{7F}", "\u{9F}"]
        for s in others {
            #expect(("x" + String(s)).trimmingWhitespace() == "x" + String(s), "U+\(String(s.value, radix: 16))")
        }
    }
}
