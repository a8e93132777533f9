import GoRuntime
import GoTemplate

/// `.Files` (helm's `engine.files`, a `map[string][]byte`): the chart's non-template files by
/// path, with `Get`, `GetBytes`, `Lines`, `Glob`, `AsConfig` and `AsSecrets`.
public final class ChartFiles: GoObject {
    let files: [String: [UInt8]]
    let order: [String]
    /// helm v3's `Lines` indexes the last byte of an empty file and panics (`index out of
    /// range [-1]`); v4 returns an empty list.
    let linesPanicsOnEmptyFile: Bool

    public init(_ list: [ChartFile], linesPanicsOnEmptyFile: Bool = false) {
        var map: [String: [UInt8]] = [:]
        for f in list { map[f.name] = f.data }
        files = map
        order = map.keys.sorted(by: goStringLess)
        self.linesPanicsOnEmptyFile = linesPanicsOnEmptyFile
    }

    init(map: [String: [UInt8]], linesPanicsOnEmptyFile: Bool = false) {
        files = map
        order = map.keys.sorted(by: goStringLess)
        self.linesPanicsOnEmptyFile = linesPanicsOnEmptyFile
    }

    public var goTypeName: String { "engine.files" }

    /// `range`, `len` and `index` see the files as Go's `map[string][]byte` (built once, on
    /// first use: most charts only call the methods).
    public lazy var mapView: GoMap? = {
        var entries: [String: Value] = [:]
        for (path, bytes) in files {
            entries[path] = ChartFiles.bytes(bytes)
        }
        let map = GoMap(entries)
        map.markLongLived()
        return map
    }()

    /// A Go map is true when it has entries: an empty `Glob` result is false.
    public var truth: Bool { !files.isEmpty }
    /// A field on a Go map is a key lookup: `.Files.author` is the file's `[]byte`, and a path
    /// that is no file gives the map's zero value, a nil `[]byte` (prints `[]`), not an error.
    public func field(_ name: String) -> Value? { ChartFiles.bytes(files[name] ?? []) }

    /// A `[]byte` value.
    static func bytes(_ data: [UInt8]) -> Value {
        .list(GoList(bytes: data))
    }
    public var formatted: String {
        "map[" + order.map { name in
            name + ":[" + (files[name] ?? []).map { String($0) }.joined(separator: " ") + "]"
        }.joined(separator: " ") + "]"
    }

    public func method(_ name: String) -> GoMethod? {
        switch name {
        case "Get":
            return GoMethod(arity: 1) { [files] args in
                guard case .string(let path) = args[0] else { return .string("") }
                return .string(GoBytes.string(files[path] ?? []))
            }
        case "GetBytes":
            return GoMethod(arity: 1) { [files] args in
                guard case .string(let path) = args[0] else { return ChartFiles.bytes([]) }
                return ChartFiles.bytes(files[path] ?? [])
            }
        case "Lines":
            return GoMethod(arity: 1) { [files, linesPanicsOnEmptyFile] args in
                guard case .string(let path) = args[0], let data = files[path] else {
                    return .list(GoList([], elementType: .string))
                }
                if data.isEmpty {
                    if linesPanicsOnEmptyFile { throw FunctionError("runtime error: index out of range [-1]") }
                    return .list(GoList([], elementType: .string))
                }
                // Split bytes, not Characters: "\r\n" is one Swift Character.
                var bytes = data[...]
                if bytes.last == 0x0A { bytes = bytes.dropLast() }
                return .stringList(bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                    .map { GoBytes.string($0) })
            }
        case "Glob":
            return GoMethod(arity: 1) { [files, linesPanicsOnEmptyFile] args in
                guard case .string(let pattern) = args[0] else { return .object(ChartFiles(map: [:])) }
                let glob = FileGlob(pattern) ?? FileGlob.everything
                return .object(ChartFiles(map: files.filter { glob.matches($0.key) },
                                          linesPanicsOnEmptyFile: linesPanicsOnEmptyFile))
            }
        case "AsConfig":
            return GoMethod(arity: 0) { [files] _ in
                .string(ChartFiles.yaml(files.mapValues { GoBytes.string($0) }))
            }
        case "AsSecrets":
            return GoMethod(arity: 0) { [files] _ in
                .string(ChartFiles.yaml(files.mapValues { ChartFiles.base64($0) }))
            }
        default:
            return nil
        }
    }

    /// helm's `toYAML` of a `map[string]string` keyed by base name (later paths win, as
    /// Go's map iteration would pick one at random), without the final newline.
    static func yaml(_ byPath: [String: String]) -> String {
        var entries: [String: Value] = [:]
        for path in byPath.keys.sorted(by: goStringLess) {
            let base = path.split(separator: "/").last.map(String.init) ?? path
            entries[base] = .string(byPath[path] ?? "")
        }
        guard let text = try? YAMLBridge.encode(.map(GoMap(entries, valueType: .string))) else { return "" }
        return text.droppingFinalNewline()
    }

    /// Go's `base64.StdEncoding.EncodeToString`.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let remain = bytes.count - i
            let v = UInt32(bytes[i]) << 16 | (remain > 1 ? UInt32(bytes[i + 1]) << 8 : 0) | (remain > 2 ? UInt32(bytes[i + 2]) : 0)
            out.append(alphabet[Int(v >> 18 & 0x3F)])
            out.append(alphabet[Int(v >> 12 & 0x3F)])
            out.append(remain > 1 ? alphabet[Int(v >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(remain > 2 ? alphabet[Int(v & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
