import GoRuntime

/// A log line as helm's `log/slog` text handler writes it on standard error
/// (`level=INFO msg="skipping unknown hooks" hookTypes=bogus`; helm drops the time).
public enum SlogLine {
    public static func format(level: String, message: String, attributes: [(String, String)]) -> String {
        var line = "level=" + level + " msg=" + quoted(message)
        for (key, value) in attributes {
            line += " " + quoted(key) + "=" + quoted(value)
        }
        return line
    }

    /// slog's `needsQuoting`: empty strings, spaces, `=`, `"`, control and non-printable
    /// characters make the value a Go-quoted string.
    static func quoted(_ s: String) -> String {
        if s.isEmpty { return "\"\"" }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x5C { continue }  // backslash is safe
                if v <= 0x20 || v == 0x3D || v == 0x22 || v == 0x7F { return GoQuote.quote(s) }
            } else if v == 0xFFFD || scalar.properties.isWhitespace || v == 0x85 || v == 0xA0 {
                return GoQuote.quote(s)
            }
        }
        return s
    }
}
