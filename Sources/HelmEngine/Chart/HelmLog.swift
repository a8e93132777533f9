#if canImport(Glibc)
import Glibc
#endif
import GoRuntime

/// helm's diagnostics on standard error: `log.Printf` and `slog.Warn` both go through helm's
/// slog text handler without timestamps (`level=WARN msg="..." key=value`).
public enum HelmLog {
    /// Where diagnostic lines go (standard error by default; tests may capture them).
    nonisolated(unsafe) public static var sink: (String) -> Void = { line in
        var text = line
        text.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, stderr) }
    }

    /// `log.Printf(message)` as helm prints it (`level=INFO`).
    static func printf(_ message: String) {
        emit(level: "INFO", message, [])
    }

    /// `slog.Info(message, key, value, ...)`.
    static func info(_ message: String, _ attributes: [(String, String)]) {
        emit(level: "INFO", message, attributes)
    }

    /// `slog.Warn(message, key, value, ...)`.
    static func warn(_ message: String, _ attributes: [(String, String)] = []) {
        emit(level: "WARN", message, attributes)
    }

    static func emit(level: String, _ message: String, _ attributes: [(String, String)]) {
        sink(SlogLine.format(level: level, message: message, attributes: attributes) + "\n")
    }
}
