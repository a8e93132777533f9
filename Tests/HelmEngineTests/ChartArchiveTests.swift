import Foundation
import Testing
@testable import HelmEngine

/// Chart archives: gzip + tar reading, the chart folder inside the archive, helm's path
/// safety checks and error wording. Archives are built with `tar`/`python3` in a temporary
/// folder; when helm v4 is available, rudder's output is compared with `helm template`'s.
@Suite struct ChartArchiveTests {
    static func makeTemporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "rudder-archive-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @discardableResult
    static func shell(_ command: String, in dir: String) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// helm v4.3.1, when the cached binary is present.
    static var helm: String? {
        let path = NSHomeDirectory() + "/.cache/helm-oracle/v4.3.1/helm"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Renders with rudder and, when helm is available, checks helm agrees (stdout or error).
    static func expectSameAsHelm(_ chartPath: String, in dir: String) throws -> String {
        var rendered: String
        do {
            rendered = try TemplateAction(chartPath: chartPath).run()
        } catch {
            rendered = "Error: \(error)\n"
        }
        if let helm {
            let (status, out, err) = try shell("'\(helm)' template '\(chartPath)'", in: dir)
            #expect(rendered == (status == 0 ? out : err))
        }
        return rendered
    }

    @Test func archiveChartUsesChartYAMLNameNotFolderName() throws {
        let dir = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write("apiVersion: v2\nname: other\nversion: 0.1.0\n", dir + "/folder/Chart.yaml")
        try Self.write("a: {{ .Chart.Name }} {{ .Template.Name }}\n", dir + "/folder/templates/x.yaml")
        try Self.shell("tar czf chart.tgz folder", in: dir)
        let chart = try ChartLoader.load(path: dir + "/chart.tgz")
        #expect(chart.name == "other")
        #expect(chart.templates.map(\.name) == ["templates/x.yaml"])
        let out = try Self.expectSameAsHelm(dir + "/chart.tgz", in: dir)
        #expect(out.contains("a: other other/templates/x.yaml"))
    }

    @Test func vendoredSubchartArchiveWithAlias() throws {
        let dir = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write("apiVersion: v2\nname: sub\nversion: 1.0.0\n", dir + "/sub/Chart.yaml")
        try Self.write("v: 1\n", dir + "/sub/values.yaml")
        try Self.write("sub: {{ .Chart.Name }} {{ .Values.v }}\n", dir + "/sub/templates/cm.yaml")
        try Self.write("apiVersion: v2\nname: top\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.0.0\n  alias: renamed\n", dir + "/top/Chart.yaml")
        try Self.write("renamed:\n  v: 2\n", dir + "/top/values.yaml")
        try Self.shell("mkdir -p top/charts && tar czf top/charts/sub-1.0.0.tgz sub && tar czf top.tgz top", in: dir)
        for path in [dir + "/top", dir + "/top.tgz"] {
            let out = try Self.expectSameAsHelm(path, in: dir)
            #expect(out.contains("# Source: top/charts/renamed/templates/cm.yaml\nsub: renamed 2"))
        }
    }

    @Test func unsafeArchivesAreRejected() throws {
        let dir = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = """
        import tarfile, io
        def mk(name, entries):
            with tarfile.open(name, 'w:gz') as t:
                for n, data in entries:
                    ti = tarfile.TarInfo(n); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
        C = b'apiVersion: v2\\nname: x\\nversion: 0.1.0\\n'
        mk('trav.tgz', [('x/Chart.yaml', C), ('x/../../etc/passwd', b'x')])
        mk('base.tgz', [('Chart.yaml', C)])
        mk('drive.tgz', [('x/Chart.yaml', C), ('x/c:/evil', b'x')])
        mk('nochart.tgz', [('x/values.yaml', b'a: 1\\n')])
        mk('win.tgz', [('x\\\\Chart.yaml', C), ('x\\\\templates\\\\a.yaml', b'a: 1\\n')])
        """
        try Self.write(script, dir + "/mk.py")
        let (status, _, err) = try Self.shell("python3 mk.py", in: dir)
        try #require(status == 0, "python3 failed: \(err)")
        #expect(throws: (any Error).self) { try ChartArchive.loadFiles(try FileSystem.readFile(dir + "/trav.tgz")) }
        for name in ["trav", "base", "drive", "nochart", "win"] {
            _ = try Self.expectSameAsHelm(dir + "/" + name + ".tgz", in: dir)
        }
        let win = try ChartLoader.load(path: dir + "/win.tgz")
        #expect(win.templates.map(\.name) == ["templates/a.yaml"])
    }

    @Test func notAnArchive() throws {
        let dir = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write("a: 1\n", dir + "/values.yaml")
        try Self.write(String(repeating: "text ", count: 200), dir + "/notes.txt")
        try Self.write("short", dir + "/short.tgz")
        #expect(throws: (any Error).self) { try ChartLoader.load(path: dir + "/values.yaml") }
        for name in ["values.yaml", "notes.txt", "short.tgz"] {
            let out = try Self.expectSameAsHelm(dir + "/" + name, in: dir)
            #expect(out.hasPrefix("Error: file '"))
        }
    }

    @Test func gzipRoundTrip() throws {
        let dir = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = String(repeating: "hello gzip\n", count: 10_000)
        try Self.write(text, dir + "/a.txt")
        try Self.shell("gzip -k a.txt", in: dir)
        let bytes = try Gzip.decompress(try FileSystem.readFile(dir + "/a.txt.gz"))
        #expect(String(decoding: bytes, as: UTF8.self) == text)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Array("not gzip data".utf8)) }
    }
}
