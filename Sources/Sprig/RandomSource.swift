import Glibc
import GoRuntime

/// Cryptographically secure random bytes from `/dev/urandom`, standing in for Go's `crypto/rand`.
enum SecureRandom {
    static func bytes(_ count: Int) -> [UInt8] {
        MapChangeLog.noteImpure()
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return out }
        defer { close(fd) }
        var filled = 0
        out.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while filled < count {
                let n = read(fd, base + filled, count - filled)
                if n <= 0 { break }
                filled += n
            }
        }
        return out
    }

    /// A uniformly distributed integer in `0..<bound` (rejection sampling); 0 for bound 0.
    static func uniform(_ bound: UInt64) -> UInt64 {
        guard bound > 0 else { return 0 }
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let v = bytes(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            if v < limit { return v % bound }
        }
    }
}
