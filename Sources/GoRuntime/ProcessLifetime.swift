/// Objects kept alive until the process exits, so a one-shot command-line run does not
/// spend time freeing large structures (parsed templates, value trees) just before it
/// exits anyway, as compilers skip freeing their ASTs. Off by default: a program that
/// renders many charts (or a library user) frees everything as usual.
public enum ProcessLifetime {
    /// Set once at start-up by a one-shot program.
    nonisolated(unsafe) public static var isEnabled = false
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    /// Keeps `object` alive until exit when enabled; otherwise does nothing.
    @inline(__always)
    public static func keep(_ object: AnyObject) {
        if isEnabled { kept.append(object) }
    }
}
