import HelmEngine

#if canImport(Glibc)
import Glibc
#endif

/// helm v3's `--post-renderer PATH` (`postrender.NewExec`): an executable found as Go's
/// `exec.LookPath` finds it, run with `--post-renderer-args`, the rendered manifests on its
/// standard input; its standard output replaces them. (helm v4 takes a plugin name instead.)
struct ExecPostRenderer {
    /// The absolute path of the executable (`filepath.Abs` of what `LookPath` found).
    let path: String
    let arguments: [String]

    /// `getFullPath`: fails with the text helm puts after `for "--post-renderer" flag: `.
    init(_ name: String, arguments: [String]) throws(InvocationError) {
        guard let found = Self.lookPath(name) else {
            throw InvocationError("invalid argument \"\(name)\" for \"--post-renderer\" flag: unable to find binary at \(name): "
                                  + Self.lookPathError(name))
        }
        path = Self.absolute(found)
        self.arguments = arguments
    }

    /// `postrender.exec.Run`: the child's standard output, or its error output and status.
    func run(_ manifests: String) throws -> String {
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(path, arguments, input: Array(manifests.utf8))
        } catch {
            throw ChartError("error while running command \(path). error output:\n: \(error)")
        }
        guard result.status == 0 else {
            let status = result.status > 128 ? "signal: " + Self.signalName(result.status - 128) : "exit status \(result.status)"
            throw ChartError("error while running command \(path). error output:\n"
                             + String(decoding: result.stderr, as: UTF8.self) + ": " + status)
        }
        return String(decoding: result.stdout, as: UTF8.self)
    }

    /// Go's `exec.LookPath` on Linux: a name with a `/` is used as is when it is an executable
    /// file; else the first executable `DIR/name` along `$PATH`, where `.`-relative hits are
    /// refused (`ErrDot`).
    static func lookPath(_ name: String) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? ""
        for dir in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (dir.isEmpty ? "." : String(dir)) + "/" + name
            if isExecutableFile(candidate) {
                return candidate.hasPrefix("/") ? candidate : nil
            }
        }
        return nil
    }

    private static func lookPathError(_ name: String) -> String {
        if name.contains("/") {
            var st = stat()
            if stat(name, &st) != 0 {
                return "exec: \"\(name)\": stat \(name): " + String(cString: strerror(errno)).lowercased()
            }
            return "exec: \"\(name)\": permission denied"
        }
        let path = getenv("PATH").map { String(cString: $0) } ?? ""
        for dir in path.split(separator: ":", omittingEmptySubsequences: false) where dir.isEmpty || !dir.hasPrefix("/") {
            if isExecutableFile((dir.isEmpty ? "." : String(dir)) + "/" + name) {
                return "exec: \"\(name)\": cannot run executable found relative to current directory"
            }
        }
        return "exec: \"\(name)\": executable file not found in $PATH"
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return (st.st_mode & S_IFMT) != S_IFDIR && (st.st_mode & 0o111) != 0
    }

    /// `filepath.Abs`: joined to the working directory and cleaned, without resolving links.
    static func absolute(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let cwd = getcwd(&buffer, buffer.count).map { String(cString: $0) } ?? "/"
            full = cwd + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Go's names of the signals a post-renderer usually dies of.
    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: return "killed"
        case SIGTERM: return "terminated"
        case SIGSEGV: return "segmentation fault"
        case SIGABRT: return "aborted"
        case SIGPIPE: return "broken pipe"
        case SIGINT: return "interrupt"
        default: return "signal \(signal)"
        }
    }
}
