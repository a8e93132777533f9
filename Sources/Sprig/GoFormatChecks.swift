/// The Go standard-library parsers that JSON Schema `format` checks call (`time.Parse`,
/// `net.ParseIP`, `url.Parse`), for validators outside this module.
public enum GoFormatChecks {
    /// Whether Go's `time.Parse(layout, value)` succeeds.
    public static func timeParses(layout: String, value: String) -> Bool {
        (try? GoTime.parse(layout: layout, value: value, in: .utc)) != nil
    }

    /// Whether Go's `net.ParseIP` accepts `s`.
    public static func parsesAsIP(_ s: String) -> Bool { IPAddress.parse(s) != nil }

    /// Go's `url.Parse`: the scheme and path, or nil when it fails.
    public static func parseURL(_ s: String) -> (scheme: String, path: String)? {
        guard let url = try? GoURL.parse(s) else { return nil }
        return (url.scheme, url.path)
    }
}
