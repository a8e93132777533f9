#if canImport(Glibc)
import Glibc
#endif

/// Go's `path/filepath` helpers on `/`-separated paths, as helm uses them for output paths.
enum GoPath {
    /// `filepath.Clean`: removes `.` and empty elements and resolves `..` lexically.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `filepath.Join`: the non-empty elements joined by `/`, then cleaned.
    static func join(_ elements: String...) -> String {
        let nonEmpty = elements.filter { !$0.isEmpty }
        if nonEmpty.isEmpty { return "" }
        return clean(nonEmpty.joined(separator: "/"))
    }

    /// `filepath.Abs`: the path joined to the working directory, cleaned.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return clean(path) }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return clean(path) }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return join(cwd, path)
    }

    /// `filepath.Dir`: everything before the last `/`, cleaned.
    static func dir(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return clean(String(path[..<slash]).isEmpty ? "/" : String(path[..<slash]))
    }

    /// `os.MkdirAll(path, 0755)` with Go's error text (`mkdir PATH: not a directory`).
    static func makeDirectories(_ path: String) throws {
        if FileSystem.isDirectory(path) { return }
        if FileSystem.exists(path) {
            throw FileSystem.IOError(description: "mkdir \(path): not a directory")
        }
        let parent = dir(path)
        if parent != path && parent != "." && parent != "/" {
            try makeDirectories(parent)
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw FileSystem.IOError(description: "mkdir \(path): \(String(cString: strerror(errno)).lowercased())")
        }
    }
}
