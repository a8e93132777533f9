import GoRuntime
#if canImport(Glibc)
import Glibc
#endif

/// `helm template --output-dir`'s file writer (`writeToFile`): each document goes to
/// `DIR/NAME` under a `---` / `# Source:` header, creating or appending, and is announced by a
/// `wrote DIR/NAME` line. Every write replaces the file atomically (temporary file, then
/// rename), so a failure never leaves a half-written file.
final class OutputDirWriter {
    let root: String
    /// The `wrote PATH` lines, in order.
    private(set) var stdout = ""
    private var writtenNames: Set<String> = []
    /// Contents written so far, by file path, to append without re-reading.
    private var contents: [String: [UInt8]] = [:]

    init(root: String) {
        self.root = root
    }

    /// Whether a document of template `name` was already written (helm's `fileWritten`).
    func written(_ name: String) -> Bool { writtenNames.contains(name) }

    func write(dir: String, name: String, content: String, append: Bool) throws {
        let path = dir + "/" + name
        let baseDir = GoPath.dir(path)
        var st = stat()
        if stat(baseDir, &st) != 0 && errno != ENOENT {
            throw FileSystem.IOError(description: "stat \(baseDir): \(String(cString: strerror(errno)).lowercased())")
        }
        try GoPath.makeDirectories(baseDir)
        var bytes: [UInt8] = []
        if append {
            if let known = contents[path] {
                bytes = known
            } else {
                // helm opens with O_APPEND|O_WRONLY: the file must exist.
                guard FileSystem.exists(path) else {
                    throw FileSystem.IOError(description: "open \(path): no such file or directory")
                }
                bytes = try FileSystem.readFile(path)
            }
        } else if FileSystem.isDirectory(path) {
            throw FileSystem.IOError(description: "open \(path): is a directory")
        }
        bytes += GoBytes.bytes("---\n# Source: \(name)\n\(content)\n")
        try FileSystem.writeFileAtomically(path, bytes)
        contents[path] = bytes
        writtenNames.insert(name)
        stdout += "wrote \(path)\n"
    }
}
