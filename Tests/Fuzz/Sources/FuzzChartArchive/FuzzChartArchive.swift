import HelmEngine

/// Loads the input as a chart archive twice: as the `.tgz` bytes themselves, and as a tar
/// that ``StoredGzip`` wraps first. Mutated gzip data rarely passes the CRC check, so the
/// second load is the one that reaches the tar reader, the path checks and `LoadFiles`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChartArchive(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = try? ChartLoader.load(archiveBytes: bytes, name: "fuzz.tgz")
    _ = try? ChartLoader.load(archiveBytes: StoredGzip.wrap(bytes), name: "fuzz.tgz")
    return 0
}
