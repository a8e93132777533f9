#if canImport(Glibc)
import Glibc
#endif

/// helm's `sympath.Walk` over a chart folder: entries in byte order, symbolic links
/// followed (each logged as helm logs it) and walked under the link's own path, so a link
/// loop ends where the kernel stops resolving (`too many levels of symbolic links`) with
/// helm's error, and a dangling link fails as `filepath.EvalSymlinks` does.
struct ChartDirectoryWalk {
    /// One entry met by the walk: its path relative to the top and whether it is a folder.
    struct Entry {
        let relativePath: String
        let isDirectory: Bool
    }

    let top: String

    /// Visits every entry under `top`; `visit` returns false to skip a folder's contents.
    func walk(_ visit: (Entry) throws -> Bool) throws {
        try walk("", resolvedDirectory: Self.realPath(top) ?? top, visit)
    }

    private func walk(_ relative: String, resolvedDirectory: String, _ visit: (Entry) throws -> Bool) throws {
        let full = relative.isEmpty ? top : top + "/" + relative
        for name in try FileSystem.list(full) {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let childPath = top + "/" + childRelative
            var info = stat()
            guard lstat(childPath, &info) == 0 else {
                throw FileSystem.IOError(description: "lstat \(childPath): \(FileSystem.errnoText())")
            }
            var resolved = resolvedDirectory + "/" + name
            if (info.st_mode & S_IFMT) == S_IFLNK {
                resolved = try resolveLink(childPath, in: resolvedDirectory)
                HelmLog.log(.symbolicLink(path: childPath, resolved: resolved))
                guard lstat(resolved, &info) == 0 else {
                    throw FileSystem.IOError(description: "lstat \(resolved): \(FileSystem.errnoText())")
                }
            }
            let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            if try visit(Entry(relativePath: childRelative, isDirectory: isDirectory)), isDirectory {
                try walk(childRelative, resolvedDirectory: resolved, visit)
            }
        }
    }

    /// `filepath.EvalSymlinks` of a link whose folder resolves to `directory`.
    private func resolveLink(_ path: String, in directory: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        guard count >= 0 else {
            throw FileSystem.IOError(description: "error evaluating symlink \(path): readlink \(path): \(FileSystem.errnoText())")
        }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let candidate = target.hasPrefix("/") ? target : directory + "/" + target
        if let real = Self.realPath(candidate) { return real }
        let error = FileSystem.errnoText()
        throw FileSystem.IOError(description: "error evaluating symlink \(path): lstat \(GoPath.clean(candidate)): \(error)")
    }

    private static func realPath(_ path: String) -> String? {
        guard let raw = realpath(path, nil) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}
