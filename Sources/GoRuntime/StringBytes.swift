import Glibc

/// Byte-level string helpers for hot paths: Go's `strings` functions work on bytes, and
/// Swift's `Character`-based equivalents walk grapheme clusters (`"\r\n"` is one).
extension String {
    /// `strings.TrimSuffix(s, "\n")`: drops one final newline byte.
    public func droppingFinalNewline() -> String {
        guard utf8.last == 0x0A else { return self }
        return String(Substring(utf8.dropLast()))
    }

    /// Whether the UTF-8 bytes hold `byte` (`memchr`).
    public func utf8Contains(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// The number of times `byte` occurs in the UTF-8 bytes.
    public func utf8Count(of byte: UInt8) -> Int {
        var copy = self
        return copy.withUTF8 { bytes in
            guard var p = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
            let end = p + bytes.count
            var found = 0
            while p < end, let hit = memchr(p, Int32(byte), end - p) {
                found += 1
                p = UnsafeRawPointer(hit) + 1
            }
            return found
        }
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
            guard let base = bytes.baseAddress else { return self }
            while i + n <= count {
                // Skip to the next possible start of the needle.
                guard let hit = memchr(base + i, Int32(pattern[0]), count - n - i + 1) else { break }
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if matches(bytes, at: i, pattern) {
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
