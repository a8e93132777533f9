#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Minimal file access over the C library (no Foundation: start-up time matters).
public enum FileSystem {
    /// An I/O failure, worded like Go's `*PathError` (`open PATH: no such file or directory`).
    public struct IOError: Error, CustomStringConvertible {
        public let description: String
    }

    static func errnoText() -> String {
        String(cString: strerror(errno)).lowercased()
    }

    public static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOError(description: "open \(path): \(errnoText())") }
        defer { close(fd) }
        var st = stat()
        let size = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
        // Read straight into the result, sized by fstat (one byte more shows the end at
        // once); a file that grew, or is not a regular file, is read on in chunks.
        var result = try readChunk(fd, path, upTo: size + 1)
        while result.count > size {
            let more = try readChunk(fd, path, upTo: 65536)
            if more.isEmpty { break }
            result.append(contentsOf: more)
        }
        return result
    }

    /// All of standard input (helm's `-f -`).
    public static func readStandardInput() throws -> [UInt8] {
        var result: [UInt8] = []
        while true {
            let more = try readChunk(0, "/dev/stdin", upTo: 65536)
            if more.isEmpty { return result }
            result.append(contentsOf: more)
        }
    }

    /// Up to `limit` bytes from `fd`, fewer only at the end of the file.
    private static func readChunk(_ fd: Int32, _ path: String, upTo limit: Int) throws -> [UInt8] {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < limit {
                let n = read(fd, base + count, limit - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failed { throw IOError(description: "read \(path): \(errnoText())") }
        return bytes
    }

    public static func readText(_ path: String) throws -> String {
        String(decoding: try readFile(path), as: UTF8.self)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Entries of a directory (names only), sorted byte-wise, without `.` and `..`.
    public static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw IOError(description: "open \(path): \(errnoText())") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// All regular files under `root`, as paths relative to it with `/` separators, in
    /// lexical walk order (like Go's `filepath.Walk`).
    public static func walkFiles(_ root: String) throws -> [String] {
        var out: [String] = []
        func walk(_ rel: String) throws {
            let full = rel.isEmpty ? root : root + "/" + rel
            for name in try list(full) {
                let childRel = rel.isEmpty ? name : rel + "/" + name
                if isDirectory(root + "/" + childRel) {
                    try walk(childRel)
                } else {
                    out.append(childRel)
                }
            }
        }
        try walk("")
        return out
    }

    /// Writes a file atomically: to a temporary sibling, then renamed into place.
    public static func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let tmp = path + ".rudder-tmp"
        guard let f = fopen(tmp, "wb") else { throw IOError(description: "open \(path): \(errnoText())") }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) }
        let closed = fclose(f)
        if written != bytes.count || closed != 0 {
            unlink(tmp)
            throw IOError(description: "write \(path): \(errnoText())")
        }
        if rename(tmp, path) != 0 {
            unlink(tmp)
            throw IOError(description: "rename \(path): \(errnoText())")
        }
    }

    public static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if !isDirectory(current) && mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw IOError(description: "mkdir \(current): \(errnoText())")
            }
        }
    }
}
