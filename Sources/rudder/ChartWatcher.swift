import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// Waits, through inotify, for a change to a chart (every folder of it, sub-charts included)
/// or to other files a render reads (values files, `--set-file` files): no polling.
struct ChartWatcher {
    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    /// Folders walked at most (a symbolic-link loop, or a huge tree, stops here).
    static let maximumFolders = 10_000
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

    private let fd: Int32
    /// Watch descriptor → the file names that matter in that folder (nil: all of them).
    private var interesting: [Int32: Set<String>?] = [:]
    /// How many folders are watched.
    private(set) var folderCount = 0

    /// Starts watching `chart` (a folder, or an archive file) and `files`.
    init(chart: String, files: [String]) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw SetupError(description: "inotify: \(String(cString: strerror(errno)))") }
        if FileSystem.isDirectory(chart) {
            var visited: Set<[UInt64]> = []
            try watchTree(chart, visited: &visited)
        } else {
            try watchFile(chart)
        }
        for file in files { try watchFile(file) }
    }

    func close() { _ = Glibc.close(fd) }

    private mutating func add(_ path: String, names: Set<String>?) throws {
        let wd = inotify_add_watch(fd, path, Self.mask)
        guard wd >= 0 else { throw SetupError(description: "cannot watch \(path): \(String(cString: strerror(errno)))") }
        switch interesting[wd] {
        case .some(.none): break  // already every name
        case .some(.some(let existing)): interesting[wd] = .some(names.map { existing.union($0) })
        case .none:
            interesting[wd] = .some(names)
            folderCount += 1
        }
    }

    private mutating func watchTree(_ path: String, visited: inout Set<[UInt64]>) throws {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        guard visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
        guard visited.count <= Self.maximumFolders else {
            throw SetupError(description: "\(path): more than \(Self.maximumFolders) folders to watch")
        }
        try add(path, names: nil)
        for name in (try? FileSystem.list(path)) ?? [] where FileSystem.isDirectory(path + "/" + name) {
            try watchTree(path + "/" + name, visited: &visited)
        }
    }

    /// A file is watched through its folder, so editors that replace it (write a new file,
    /// rename it over the old one) are seen too.
    private mutating func watchFile(_ path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        try add(folder.isEmpty ? "/" : folder, names: [name])
    }

    /// Blocks until a relevant change, then until changes have stopped for `quiet`
    /// milliseconds (an editor's save is several events). False when inotify fails.
    func waitForChange(quiet: Int32 = 100) -> Bool {
        var changed = false
        while !changed {
            guard let relevant = readEvents(timeout: -1) else { return false }
            changed = relevant
        }
        while readEvents(timeout: quiet) != nil {}
        return true
    }

    /// Reads the queued events; nil on timeout or error, else whether one was relevant.
    private func readEvents(timeout: Int32) -> Bool? {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, timeout)
        if ready < 0 && errno == EINTR { return false }
        guard ready > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        var relevant = false
        var offset = 0
        while offset + 16 <= n {
            func word(_ at: Int) -> UInt32 {
                UInt32(buffer[at]) | UInt32(buffer[at + 1]) << 8 | UInt32(buffer[at + 2]) << 16 | UInt32(buffer[at + 3]) << 24
            }
            let wd = Int32(bitPattern: word(offset))
            let length = Int(word(offset + 12))
            let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            switch interesting[wd] {
            case .some(.none): relevant = true
            case .some(.some(let names)): if names.contains(name) || name.isEmpty { relevant = true }
            case .none: break
            }
            offset += 16 + length
        }
        return relevant
    }
}
