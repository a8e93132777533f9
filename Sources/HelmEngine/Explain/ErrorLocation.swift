/// A place in a chart's template that an error message points at: helm's
/// `template: NAME:LINE:COL:`, `NAME:LINE:COL` (v4's multi-line form),
/// `execution error at (NAME:LINE:COL)` and `parse error at (NAME:LINE)`.
public struct ErrorLocation: Equatable, Sendable {
    /// The template's full name (`chart/templates/x.yaml`, `parent/charts/sub/templates/y.tpl`).
    public let template: String
    /// 1-based line.
    public let line: Int
    /// 0-based byte offset in the line (Go's `ErrorContext` column), when the message has one.
    public let column: Int?

    public init(template: String, line: Int, column: Int?) {
        self.template = template
        self.line = line
        self.column = column
    }

    /// The first `NAME:LINE[:COL]` in `message` whose name is a template path (it holds a `/`).
    public static func first(in message: String) -> ErrorLocation? {
        let bytes = Array(message.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ":"), let location = location(endingNameAt: i, in: bytes) {
                return location
            }
            i += 1
        }
        return nil
    }

    /// The location whose name ends just before the `:` at `colon`, if digits follow it.
    private static func location(endingNameAt colon: Int, in bytes: [UInt8]) -> ErrorLocation? {
        var start = colon
        while start > 0 && !isNameBoundary(bytes[start - 1]) { start -= 1 }
        let name = String(decoding: bytes[start..<colon], as: UTF8.self)
        guard name.contains("/"), !name.hasSuffix("/") else { return nil }
        guard let (line, afterLine) = number(at: colon + 1, in: bytes), line > 0 else { return nil }
        var column: Int? = nil
        if afterLine < bytes.count && bytes[afterLine] == UInt8(ascii: ":"),
           let (col, _) = number(at: afterLine + 1, in: bytes) {
            column = col
        }
        return ErrorLocation(template: name, line: line, column: column)
    }

    private static func isNameBoundary(_ c: UInt8) -> Bool {
        c == 32 || c == 10 || c == 9 || c == UInt8(ascii: "(") || c == UInt8(ascii: "\"") || c == UInt8(ascii: ":")
    }

    private static func number(at start: Int, in bytes: [UInt8]) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, i - start < 9 {
            value = value * 10 + Int(bytes[i] - 48)
            i += 1
        }
        return i > start ? (value, i) : nil
    }
}
