import Testing
@testable import HelmEngine

/// `--explain`'s pieces: finding the place an error names, the snippet, value references.
@Suite struct ErrorExplanationTests {
    @Test(arguments: [
        ("template: c/templates/a.yaml:3:12: executing \"c/templates/a.yaml\" at <.Values.x>: nil", "c/templates/a.yaml", 3, 12),
        ("execution error at (p/charts/s/templates/b.yaml:10:4): need x", "p/charts/s/templates/b.yaml", 10, 4),
        ("c/templates/t.yaml:1:8\n  executing \"c/templates/t.yaml\" at <and>:", "c/templates/t.yaml", 1, 8),
    ])
    func locationsAreFound(_ message: String, _ template: String, _ line: Int, _ column: Int) {
        #expect(ErrorLocation.first(in: message) == ErrorLocation(template: template, line: line, column: column))
    }

    @Test func parseErrorsHaveNoColumn() {
        let location = ErrorLocation.first(in: "parse error at (c/templates/a.yaml:7): function \"bogus\" not defined")
        #expect(location == ErrorLocation(template: "c/templates/a.yaml", line: 7, column: nil))
        #expect(ErrorLocation.first(in: "values don't meet the specifications: 12:30") == nil)
    }

    @Test func snippetMarksTheLineAndColumn() {
        let text = "a: 1\nb: 2\nc: {{ required \"x\" .Values.c }}\nd: 4\ne: 5\n"
        let snippet = TemplateSnippet.render(text, line: 3, column: 6)
        #expect(snippet == "    1 | a: 1\n    2 | b: 2\n  > 3 | c: {{ required \"x\" .Values.c }}\n      |       ^\n    4 | d: 4\n")
        #expect(TemplateSnippet.render(text, line: 9, column: nil) == nil)
        #expect(TemplateSnippet.caretPadding("\té x", 4) == "\t  ")
    }

    @Test func valueReferencesAreListed() {
        #expect(ValueOrigins.references(in: "{{ .Values.image.tag }}:{{ $.Values.image.tag | default .Values.tag }} .Values.") ==
                [["image", "tag"], ["tag"]])
    }
}
