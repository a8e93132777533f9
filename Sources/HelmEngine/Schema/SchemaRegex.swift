import GoRuntime
import GoTemplate
import Sprig

/// Go `regexp` matching for `pattern` and `patternProperties`, through Sprig's
/// `mustRegexMatch` (Go syntax over PCRE2; compiled patterns are cached there).
enum SchemaRegex {
    private static let matcher: TemplateFunction? = Sprig.functions()["mustRegexMatch"]

    /// Whether `pattern` matches anywhere in `text`; an invalid pattern matches nothing.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let matcher, let result = try? matcher.body([.string(pattern), .string(text)]) else { return false }
        if case .bool(let b) = result { return b }
        return false
    }

    /// Go's compile error for an invalid pattern, or nil.
    static func compileError(_ pattern: String) -> String? {
        guard let matcher else { return nil }
        do {
            _ = try matcher.body([.string(pattern), .string("")])
            return nil
        } catch {
            return "\(error)"
        }
    }
}
