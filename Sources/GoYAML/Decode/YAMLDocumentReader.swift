#if canImport(Glibc)
import Glibc
#endif

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

    /// The one document of a file without `\r` and without a line starting with `---` (most
    /// values files), as `next` would give it: the bytes, with a final `\n` where the file
    /// has none. Nil for an empty file and for every other file (read those with `next`).
    static func onlyDocument(_ bytes: [UInt8]) -> [UInt8]? {
        guard let last = bytes.last else { return nil }
        let simple: Bool = bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, memchr(base, 0x0D, p.count) == nil else { return false }
            var lineStart = 0
            while lineStart < p.count {
                if p.count - lineStart >= 3 && p[lineStart] == 0x2D && p[lineStart + 1] == 0x2D && p[lineStart + 2] == 0x2D {
                    return false
                }
                guard let newline = memchr(base + lineStart, 0x0A, p.count - lineStart) else { break }
                lineStart = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return true
        }
        guard simple else { return nil }
        return last == 0x0A ? bytes : bytes + [0x0A]
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
