/// The lines of a template around an error, numbered, with a caret under the column.
public enum TemplateSnippet {
    /// Lines `line - before ... line + after` of `text`, the error's line marked with `>` and,
    /// when `column` (a 0-based byte offset) is known, a caret line under it. Nil when the
    /// text has no such line.
    public static func render(_ text: String, line: Int, column: Int?, before: Int = 2, after: Int = 1) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        guard line >= 1 && line <= lines.count else { return nil }
        let first = max(1, line - before)
        let last = min(lines.count, line + after)
        let width = String(last).count
        var out = ""
        for number in first...last {
            let content = String(lines[number - 1])
            let label = String(repeating: " ", count: width - String(number).count) + String(number)
            out += (number == line ? "  > " : "    ") + label + " | " + content + "\n"
            if number == line, let column {
                out += "    " + String(repeating: " ", count: width) + " | " + caretPadding(content, column) + "^\n"
            }
        }
        return out
    }

    /// Spaces (tabs where the line has tabs) up to byte offset `column` of `line`, counting
    /// each character once so the caret lands under it in a terminal.
    static func caretPadding(_ line: String, _ column: Int) -> String {
        var pad = ""
        var offset = 0
        for ch in line {
            let size = String(ch).utf8.count
            if offset + size > column { break }
            pad += ch == "\t" ? "\t" : " "
            offset += size
        }
        return pad
    }
}
