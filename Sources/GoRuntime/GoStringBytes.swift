#if canImport(Glibc)
import Glibc
#endif

/// Go compares strings by their bytes; Swift's `==` also equates canonically equivalent
/// ones. One `memcmp` for native strings.
public func goStringEqual(_ a: String, _ b: String) -> Bool {
    let x = a.utf8, y = b.utf8
    guard x.count == y.count else { return false }
    let fast: Bool?? = x.withContiguousStorageIfAvailable { p in
        y.withContiguousStorageIfAvailable { q in
            guard let pa = p.baseAddress, let qa = q.baseAddress else { return true }
            return memcmp(pa, qa, p.count) == 0
        }
    }
    if let fast, let equal = fast { return equal }
    return x.elementsEqual(y)
}

extension Hasher {
    /// Hashes a string's length and at most its first and last `sample` bytes, so a long
    /// text costs no more to hash than a short one (for keys whose equality still compares
    /// every byte, as `goStringEqual` does).
    public mutating func combineSampled(_ s: String, sample: Int) {
        let utf8 = s.utf8
        let count = utf8.count
        combine(count)
        let hashed: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            let all = UnsafeRawBufferPointer(bytes)
            combine(bytes: UnsafeRawBufferPointer(rebasing: all.prefix(sample)))
            if count > sample { combine(bytes: UnsafeRawBufferPointer(rebasing: all.suffix(sample))) }
        }
        if hashed == nil { for b in utf8.prefix(sample) { combine(b) } }
    }
}
