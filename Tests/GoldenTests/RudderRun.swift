import Foundation

/// One run of the built `rudder` binary: exit status and both output streams.
struct RudderRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> RudderRun {
        let process = Process()
        process.executableURL = GoldenCasesTests.rudder
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HELM_") }
        environment["RUDDER_EXPLAIN"] = "0"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.set(out.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return RudderRun(status: process.terminationStatus, stdout: String(decoding: collected.data, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rudder-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Standard output collected on another thread.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        var data: Data { lock.lock(); defer { lock.unlock() }; return stored }
        func set(_ data: Data) { lock.lock(); stored = data; lock.unlock() }
    }
}
