import GoRuntime
import GoYAML

/// Reads the input as Go's `encoding/json` does for `fromJson`, `fromJsonArray` and
/// `--set-json`, and encodes what was read back (`toJson`, `toPrettyJson`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    if let value = try? GoJSON.decode(text) {
        _ = try? GoJSON.encode(value)
        _ = try? GoJSON.encode(value, pretty: true, escapeHTML: false)
    }
    _ = GoJSON.syntaxError(text)
    _ = GoJSON.fromJSON(text)
    _ = GoJSON.fromJSONArray(text)
    return 0
}
