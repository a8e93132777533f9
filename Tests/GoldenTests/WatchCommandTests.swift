import Foundation
import Testing

/// `rudder watch` re-renders after a real file change in a temporary chart. Every wait is
/// bounded: the watcher stops by itself after `--max-renders`, and is killed after 30 s.
@Suite struct WatchCommandTests {
    /// A running `rudder watch` whose output streams are collected as they arrive.
    final class Watch: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var out = Data(), err = Data()

        init(_ arguments: [String], in directory: URL) throws {
            process.executableURL = GoldenCasesTests.rudder
            process.arguments = ["watch"] + arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["RUDDER_EXPLAIN"] = "0"
            process.environment = environment
            let outPipe = Pipe(), errPipe = Pipe()
            process.standardOutput = outPipe
            process.standardError = errPipe
            outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, stderr: false) }
            errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, stderr: true) }
            try process.run()
        }

        private func append(_ data: Data, stderr: Bool) {
            lock.lock(); defer { lock.unlock() }
            if stderr { err.append(data) } else { out.append(data) }
        }

        var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
        var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }

        /// Waits (at most `seconds`) until `condition` holds.
        func wait(seconds: Double = 30, until condition: (Watch) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if condition(self) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return condition(self)
        }

        /// Waits for the process to end (killing it after `seconds`); its exit status.
        func finish(seconds: Double = 30) -> Int32 {
            if !wait(seconds: seconds, until: { !$0.process.isRunning }) { process.terminate() }
            process.waitUntilExit()
            Thread.sleep(forTimeInterval: 0.1)  // the last readability callbacks
            return process.terminationStatus
        }
    }

    func makeChart() throws -> URL {
        let dir = try RudderRun.temporaryDirectory("watch")
        let chart = dir.appendingPathComponent("w")
        try FileManager.default.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "apiVersion: v2\nname: w\nversion: 0.1.0\n".write(to: chart.appendingPathComponent("Chart.yaml"), atomically: true, encoding: .utf8)
        try "name: first\n".write(to: chart.appendingPathComponent("values.yaml"), atomically: true, encoding: .utf8)
        try "kind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n"
            .write(to: chart.appendingPathComponent("templates/cm.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func rendersAgainAfterAChange() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(at: dir) }
        let watch = try Watch(["w", "--max-renders", "2"], in: dir)
        #expect(watch.wait { $0.stderr.contains("rudder watch: rendered in ") })
        #expect(watch.stdout.contains("  name: first\n"))
        try "name: second\n".write(to: dir.appendingPathComponent("w/values.yaml"), atomically: true, encoding: .utf8)
        #expect(watch.finish() == 0)
        #expect(watch.stdout.components(separatedBy: "# Source: w/templates/cm.yaml").count == 3)
        #expect(watch.stdout.hasSuffix("  name: second\n"))
        #expect(watch.stderr.components(separatedBy: "rudder watch: rendered in ").count == 3)
    }

    @Test func reportsAnErrorThenRendersTheFix() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = dir.appendingPathComponent("w/templates/cm.yaml")
        try "x: {{ .Values.name | nosuchfunction }}\n".write(to: template, atomically: true, encoding: .utf8)
        try "name: from-file\n".write(to: dir.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        let watch = try Watch(["w", "-f", "extra.yaml", "--max-renders", "3"], in: dir)
        #expect(watch.wait { $0.stderr.contains("rudder watch: failed in ") })
        #expect(watch.stderr.hasPrefix("Error: parse error at (w/templates/cm.yaml:1): function \"nosuchfunction\" not defined\n"))
        try "x: {{ .Values.name }}\n".write(to: template, atomically: true, encoding: .utf8)
        #expect(watch.wait { $0.stdout.contains("x: from-file") })
        // A values file outside the chart is watched too.
        try "name: edited\n".write(to: dir.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        #expect(watch.finish() == 0)
        #expect(watch.stdout.hasSuffix("x: edited\n"))
    }

    @Test func badFlagsFailAtOnce() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RudderRun.run(["watch", "w", "--max-renders", "zero"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: invalid argument \"zero\" for \"--max-renders\" flag"))
    }
}
