/// Port of k8s.io/apimachinery `yaml.YAMLReader` (with its `LineReader`), which helm v4's
/// `LoadValues` uses to split a values file into documents before decoding each one.
///
/// Lines are read without their `\n`/`\r\n` ending and written back with `\n`. A line starting
/// with `---` ends the current document when the document has content (an initial `---` line
/// stays in the document), and may only be followed by spaces or a `#` comment.
struct YAMLDocumentReader {
    private let bytes: [UInt8]
    private var pos = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next document's bytes, nil at the end of input.
    mutating func next() throws -> [UInt8]? {
        var buffer: [UInt8] = []
        while true {
            let (line, atEOF) = readLine()
            if line.starts(with: [0x2D, 0x2D, 0x2D]) {
                let rest = String(decoding: line[3...], as: UTF8.self)
                let trimmed = goTrimSpace(rest)
                if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                    throw YAMLError(.syntax, "error reading yaml document: invalid Yaml document separator: " + trimmed)
                }
                if !buffer.isEmpty { return buffer }
                if atEOF { return nil }
            }
            if atEOF { return buffer.isEmpty ? nil : buffer }
            buffer.append(contentsOf: line)
        }
    }

    /// `LineReader.Read`: one line with `\n` appended; at the end of input only `\n` and EOF.
    private mutating func readLine() -> (line: [UInt8], atEOF: Bool) {
        if pos >= bytes.count { return ([0x0A], true) }
        var end = pos
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var lineEnd = end
        if end < bytes.count && lineEnd > pos && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        var line = Array(bytes[pos..<lineEnd])
        line.append(0x0A)
        pos = end < bytes.count ? end + 1 : end
        return (line, false)
    }

    /// Go's `strings.TrimSpace` (ASCII and Unicode white space).
    private func goTrimSpace(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
