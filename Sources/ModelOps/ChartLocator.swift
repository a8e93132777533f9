#if canImport(Glibc)
import Glibc
#endif
import HelmEngine

/// Finds the bundled modelops chart when `--chart` is not given: next to the binary
/// (`.build/<config>/rudder` in a checkout, `bin/rudder` in an install with
/// `share/rudder/templates/modelops`), then under the current folder.
public enum ChartLocator {
    /// The first candidate folder that holds a `Chart.yaml`, or nil.
    public static func find(executablePath: String? = ChartLocator.executablePath()) -> String? {
        candidates(executablePath: executablePath).first { FileSystem.exists($0 + "/Chart.yaml") }
    }

    static func candidates(executablePath: String?) -> [String] {
        var out: [String] = []
        if let executablePath, let slash = executablePath.lastIndex(of: "/") {
            let dir = String(executablePath[..<slash])
            out.append(dir + "/../../templates/modelops")
            out.append(dir + "/../../../templates/modelops")
            out.append(dir + "/../share/rudder/templates/modelops")
        }
        out.append("templates/modelops")
        return out
    }

    /// The running binary's path (`/proc/self/exe`), or nil.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
