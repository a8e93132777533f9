#if canImport(Glibc)
import Glibc
#endif
import GoYAML
import HelmEngine

/// `rudder pipeline`: pre-processes IR files and renders the modelops chart with the result,
/// as `helm template CHART -f VALUES [more values files] [flags]` would.
public enum PipelineRenderer {
    /// Renders with `action` (chart path, release, extra values and flags already set); the
    /// pre-processed values come first, before `action.valueFiles`.
    public static func render(files: [String], options: ModelOps.Options, action: TemplateAction) throws -> String {
        let yaml = try ModelOps.preprocessToYAML(files: files, options: options)
        let path = try TemporaryFile.create(prefix: "rudder-pipeline-values", contents: Array(yaml.utf8))
        defer { unlink(path) }
        var action = action
        action.chartPath = options.chartPath
        action.valueFiles = [path] + action.valueFiles
        return try action.run()
    }
}

/// A private temporary file (`mkstemp` under `$TMPDIR` or `/tmp`).
enum TemporaryFile {
    static func create(prefix: String, contents: [UInt8]) throws -> String {
        let dir = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((dir + "/" + prefix + "-XXXXXX.yaml").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, 5)
        }
        guard fd >= 0 else { throw IRErrors.single(file: dir, "cannot create a temporary values file") }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let written = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != contents.count {
            unlink(path)
            throw IRErrors.single(file: path, "cannot write the temporary values file")
        }
        return path
    }
}

extension PipelineRenderer {
    /// Renders with the default template flags: release `release` in `namespace`.
    public static func render(files: [String], options: ModelOps.Options,
                              release: String = "modelops", namespace: String = "default") throws -> String {
        var action = TemplateAction(chartPath: options.chartPath)
        action.release = ReleaseOptions(name: release, namespace: namespace)
        action.profile = options.profile
        return try render(files: files, options: options, action: action)
    }
}
