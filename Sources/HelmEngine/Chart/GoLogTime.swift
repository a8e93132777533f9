#if canImport(Glibc)
import Glibc
#endif

/// Go's `time.Now().String()` as helm v3's `debug` prints it:
/// `2026-12-07 03:17:47.261273443 +0000 UTC m=+0.053362554`.
///
/// The wall clock is printed in UTC (helm prints the local zone; the goldens are made, and
/// scrubbed to `$TIME`, in UTC). Go trims trailing zeros of the fraction and omits a zero one;
/// the monotonic reading `m=+S.NNNNNNNNN` counts from the first use here (Go: process start).
enum GoLogTime {
    nonisolated(unsafe) private static var start: timespec? = nil

    static func now() -> String {
        var wall = timespec()
        var mono = timespec()
        clock_gettime(CLOCK_REALTIME, &wall)
        clock_gettime(CLOCK_MONOTONIC, &mono)
        let origin = start ?? mono
        if start == nil { start = mono }
        var seconds = time_t(wall.tv_sec)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text = pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
        text += " " + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
        var fraction = pad(Int(wall.tv_nsec), 9)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        var elapsed = (Int(mono.tv_sec) - Int(origin.tv_sec)) * 1_000_000_000 + Int(mono.tv_nsec) - Int(origin.tv_nsec)
        if elapsed < 0 { elapsed = 0 }
        text += " +0000 UTC m=+" + String(elapsed / 1_000_000_000) + "." + pad(elapsed % 1_000_000_000, 9)
        return text
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
