#if canImport(Glibc)
import Glibc
#endif

/// Rudder's own cap on what one template may build, where helm has none: helm v4.3.1 tries
/// to allocate whatever `repeat`, `indent`, `until` or a runaway template asks for and dies
/// out of memory (`fatal error: out of memory`). Rudder refuses instead, with an error that
/// names the limit (see docs/security.md):
///
/// - one string built by a function (`repeat`, `indent`, `nindent`, `rand*`) and the output
///   of one template execution (a file, an `include`, a `tpl`) may hold at most `maxBytes`;
/// - one list built by `until`, `untilStep` or `seq` may hold at most `maxListElements`.
///
/// `maxBytes` is 256 MiB unless the environment variable `RUDDER_MAX_OUTPUT_BYTES` sets it
/// (a positive number of bytes); lists count 16 bytes an element.
public enum SizeLimit {
    /// The most bytes of one built string or one template's output.
    nonisolated(unsafe) public static var maxBytes: Int = configuredMaxBytes()

    /// The most elements of one list built by a sequence function.
    public static var maxListElements: Int { max(1, maxBytes / 16) }

    /// The name of the environment variable that sets `maxBytes`.
    public static let environmentVariable = "RUDDER_MAX_OUTPUT_BYTES"

    /// Whether a string of `bytes` bytes (computed without overflow by the caller) is refused.
    public static func refuses(bytes: Double) -> Bool { bytes > Double(maxBytes) }

    /// The error text for a function result that would be `bytes` long.
    public static func functionMessage(bytes: Double) -> String {
        "result of \(bytes < 9.2e18 ? String(Int64(bytes)) : "more than 9223372036854775807") bytes exceeds Rudder's size limit of \(maxBytes) bytes (\(environmentVariable))"
    }

    /// The error text for a list of more than `maxListElements` elements.
    public static var listMessage: String {
        "list of more than \(maxListElements) elements exceeds Rudder's size limit of \(maxBytes) bytes (\(environmentVariable))"
    }

    /// The error text for a template whose output grew past `maxBytes`.
    public static var outputMessage: String {
        "rendered output exceeds Rudder's size limit of \(maxBytes) bytes (\(environmentVariable))"
    }

    private static func configuredMaxBytes() -> Int {
        let fallback = 256 << 20
        guard let raw = getenv(environmentVariable) else { return fallback }
        guard let value = Int(String(cString: raw)), value > 0 else { return fallback }
        return value
    }
}
