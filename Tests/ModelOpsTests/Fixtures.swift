import Foundation

/// Paths of the repository's ModelOps fixtures (found from this file's location).
enum Fixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var chart: String { root + "/templates/modelops" }
    static var valid: String { root + "/fixtures/ir/valid" }
    static var invalid: String { root + "/fixtures/ir/invalid" }

    static let irExtensions = [".yaml", ".yml", ".json"]
    static let goldenSuffixes = [".values.yaml", ".manifests.yaml", ".manifests.v3.yaml"]

    /// A fixture pipeline: its name and IR files (a folder's files in name order).
    struct Pipeline: CustomStringConvertible, Sendable {
        let name: String
        let files: [String]
        var description: String { name }
    }

    static func entries(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func irFiles(in dir: String) -> [String] {
        entries(dir).filter { name in irExtensions.contains { name.hasSuffix($0) } }.map { dir + "/" + $0 }
    }

    static func pipelines(in dir: String) -> [Pipeline] {
        entries(dir).compactMap { entry in
            let path = dir + "/" + entry
            if isDirectory(path) { return Pipeline(name: entry, files: irFiles(in: path)) }
            guard irExtensions.contains(where: { entry.hasSuffix($0) }),
                  !goldenSuffixes.contains(where: { entry.hasSuffix($0) }) else { return nil }
            let name = String(entry[..<(entry.lastIndex(of: ".") ?? entry.endIndex)])
            return Pipeline(name: name, files: [path])
        }
    }

    static var validPipelines: [Pipeline] { pipelines(in: valid) }
    static var invalidPipelines: [Pipeline] { pipelines(in: invalid) }

    static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The error an invalid fixture expects: its `# expect: ` line (a folder's first file names
    /// the file it is about) or its `.expect` file, prefixed with the IR file's path.
    static func expectedError(_ pipeline: Pipeline) -> String? {
        guard let first = pipeline.files.first else { return nil }
        let firstLine: String? = read(first)?.split(separator: "\n").first.map { String($0) }
        let text: String = read(first + ".expect") ?? firstLine ?? ""
        var expect = text.hasPrefix("# expect: ") ? String(text.dropFirst(10)) : text
        expect = expect.trimmingCharacters(in: .newlines)
        if pipeline.files.count > 1, let colon = expect.range(of: ": ") {
            let file = String(expect[..<colon.lowerBound])
            let message = String(expect[colon.upperBound...])
            return invalid + "/" + pipeline.name + "/" + file + ": " + message
        }
        return first + ": " + expect
    }
}
