import Dispatch
import Testing
import GoRuntime
import Synchronization
@testable import GoYAML

/// `toYaml` keeps process-wide caches of analysed keys and short values; charts rendered on
/// several threads at once (tests, library users) must share them safely.
@Suite struct YAMLEncoderConcurrencyTests {
    @Test func encodesOnManyThreadsAtOnce() {
        let threads = 8
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var ok = true
            for round in 0..<300 {
                // Distinct keys and values per thread and round, so every call writes the caches.
                let key = "key-\(thread)-\(round)"
                let value = Value.map([key: .string("value-\(thread)-\(round)"), "shared": .string("s")])
                ok = ok && YAMLEncoder.toYAML(value) == "\(key): value-\(thread)-\(round)\nshared: s"
            }
            if !ok { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 0)
    }
}
