import GoRuntime
import HelmEngine

/// The value flags in the order the first input byte selects them.
private let flags: [StrVals.Flag] = [.set, .setString, .setJSON, .setFile, .setLiteral]

/// Parses the input after its first byte as one argument of the value flag that byte
/// selects (`--set`, `--set-string`, `--set-json`, `--set-file`, `--set-literal`), into a
/// map that already holds a value, as helm applies flags after the values files.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSetFlags(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let flag = flags[Int(data[0]) % flags.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: count - 1), as: UTF8.self)
    let dest = GoMap(["a": .map(GoMap(["b": .list(GoList([.int(1, .int64)]))]))])
    do {
        try StrVals.parse(flag, text, into: dest) { _ in "file content" }
    } catch {
        _ = StrVals.failureMessage(flag: flag, argument: text, error: error)
    }
    return 0
}
