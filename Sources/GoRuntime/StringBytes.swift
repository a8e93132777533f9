/// Byte-level string helpers for hot paths: Go's `strings` functions work on bytes, and
/// Swift's `Character`-based equivalents walk grapheme clusters (`"\r\n"` is one).
extension String {
    /// `strings.TrimSuffix(s, "\n")`: drops one final newline byte.
    public func droppingFinalNewline() -> String {
        guard utf8.last == 0x0A else { return self }
        return String(Substring(utf8.dropLast()))
    }

    /// `strings.ReplaceAll(s, needle, "")` for an ASCII `needle`, scanning the bytes once.
    public func removingAll(_ needle: StaticString) -> String {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return self }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        var copy = self
        return copy.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            var start = 0
            var i = 0
            let count = bytes.count
            while i + n <= count {
                if bytes[i] == pattern[0] && matches(bytes, at: i, pattern) {
                    if out.isEmpty { out.reserveCapacity(count) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    i += n
                    start = i
                } else {
                    i += 1
                }
            }
            if start == 0 { return self }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k < pattern.count {
            if bytes[i + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }
}
