import Testing
@testable import HelmEngine

/// `trimWhitespace` (in place, for the assembled output) trims what `trimmingWhitespace` does.
@Suite struct TrimWhitespaceTests {
    @Test(arguments: ["", " ", "\n\n", "---\na: 1\n\n", " \t\r\nx y \u{0B}\u{0C}", "é \n", "\r\n---\r\n", "a\u{301}\n", "x"])
    func inPlaceTrimMatchesTheCopy(_ text: String) {
        var trimmed = text
        trimmed.trimWhitespace()
        #expect(Array(trimmed.utf8) == Array(text.trimmingWhitespace().utf8))
    }
}
