#if canImport(Glibc)
import Glibc
#endif
import GoRuntime

/// helm's diagnostics on standard error, each a `HelmLogEvent` worded by the current
/// `style`: v4's slog text handler without timestamps (`level=WARN msg="..." key=value`),
/// v3's Go `log` lines (`coalesce.go:298: warning: ...`).
public enum HelmLog {
    /// Where diagnostic lines go (standard error by default; tests may capture them).
    nonisolated(unsafe) public static var sink: (String) -> Void = { line in
        var text = line
        text.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, stderr) }
    }

    /// The wording of the helm release being reproduced (`TemplateAction` sets it from its
    /// profile's `logStyle` before each render).
    nonisolated(unsafe) public static var style = HelmLogStyle.slog

    /// Writes `event`'s line, if the current style's helm prints one.
    static func log(_ event: HelmLogEvent) {
        // A remembered `include` output would not print the line again.
        MapChangeLog.noteImpure()
        guard let line = style.line(event) else { return }
        sink(line + "\n")
    }
}
