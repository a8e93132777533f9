import GoRuntime
import GoYAML

/// Reads the input as helm reads a values file (`loadValues`), as `fromYaml` and
/// `fromYamlArray` read a string, and writes what was read back with `toYaml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    if let values = try? YAMLDecoder.loadValues(bytes: bytes) {
        _ = YAMLEncoder.toYAML(.map(values))
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = YAMLEncoder.toYAML(.map(YAMLDecoder.fromYAML(text)))
    _ = YAMLDecoder.fromYAMLArray(text)
    if let value = try? YAMLDecoder.decode(text) {
        _ = try? GoJSON.encode(value)
    }
    return 0
}
