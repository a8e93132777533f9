import Glibc
import GoRuntime

/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01.
enum GoCalendar {
    static let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int64) -> Int {
        if month == 2 && isLeap(year) { return 29 }
        return daysBefore[month] - daysBefore[month - 1]
    }

    /// Days since 1970-01-01 of a (normalised) civil date.
    static func days(year: Int64, month: Int, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era &* 146097 &+ doe &- 719468 &+ (day &- 1)
    }

    /// The civil date of a day count since 1970-01-01.
    static func civil(fromDays z0: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = z0 &+ 719468
        let era = floorDiv(z, 146097)
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Go's `norm`: moves whole multiples of `base` from `lo` into `hi`.
    static func norm(_ hi: Int64, _ lo: Int64, _ base: Int64) -> (Int64, Int64) {
        var hi = hi, lo = lo
        if lo < 0 {
            let n = (-lo - 1) / base + 1
            hi -= n
            lo += n * base
        }
        if lo >= base {
            let n = lo / base
            hi += n
            lo -= n * base
        }
        return (hi, lo)
    }
}

/// A Go `time.Time`: an instant (Unix seconds and nanoseconds), a location, and, for `now`,
/// a monotonic clock reading that `String()` prints as `m=+0.000000001`.
struct GoTime {
    var sec: Int64
    var nsec: Int64
    var location: GoLocation
    var monotonic: Int64?

    /// The zero `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    static let zero = GoTime(sec: -62_135_596_800, nsec: 0, location: .utc)

    var isZero: Bool { sec == GoTime.zero.sec && nsec == 0 }

    /// `time.Unix(sec, 0)` in Local.
    static func unix(_ sec: Int64, _ nsec: Int64 = 0) -> GoTime {
        GoTime(sec: sec, nsec: nsec, location: .local)
    }

    private static let processStart: Int64 = monotonicNow() - 1

    static func monotonicNow() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// `time.Now()` in Local, with a monotonic reading.
    static func now() -> GoTime {
        MapChangeLog.noteImpure()
        let start = processStart
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return GoTime(sec: Int64(ts.tv_sec), nsec: Int64(ts.tv_nsec), location: .local,
                      monotonic: monotonicNow() - start)
    }

    /// `time.Date`: normalises out-of-range fields and resolves the zone offset.
    static func date(year: Int64, month: Int, day: Int64, hour: Int64, minute: Int64, second: Int64,
                     nsec: Int64, location: GoLocation) -> GoTime {
        let (y, m0) = GoCalendar.norm(year, Int64(month - 1), 12)
        let m = m0 + 1
        var (s, ns) = GoCalendar.norm(second, nsec, 1_000_000_000)
        var mi: Int64, h: Int64, d: Int64
        (mi, s) = GoCalendar.norm(minute, s, 60)
        (h, mi) = GoCalendar.norm(hour, mi, 60)
        (d, h) = GoCalendar.norm(day, h, 24)
        let days = GoCalendar.days(year: y, month: Int(m), day: d)
        var unix = days &* 86400 &+ h &* 3600 &+ mi &* 60 &+ s
        var (_, offset, start, end, _) = location.lookup(unix)
        if offset != 0 {
            let utc = unix &- Int64(offset)
            if utc < start || utc >= end {
                offset = location.lookup(utc).offset
            }
            unix = unix &- Int64(offset)
        }
        return GoTime(sec: unix, nsec: ns, location: location)
    }

    /// The zone abbreviation and offset in effect, and the local wall-clock seconds.
    var zone: (name: String, offset: Int, local: Int64) {
        let found = location.lookup(sec)
        return (found.name, found.offset, sec &+ Int64(found.offset))
    }

    /// Civil fields in the time's location, computed as Go does from its "absolute" time
    /// (seconds since year -292277022399 as a wrapping UInt64), so extreme values agree too.
    var fields: (year: Int64, month: Int, day: Int, yday: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        let abs = UInt64(bitPattern: zone.local &+ 62_135_596_800 &+ 9_223_371_966_579_724_800)
        var d = abs / 86400
        var n = d / 146_097
        var y = 400 * n
        d -= 146_097 * n
        n = d / 36524
        n -= n >> 2
        y += 100 * n
        d -= 36524 * n
        n = d / 1461
        y += 4 * n
        d -= 1461 * n
        n = d / 365
        n -= n >> 2
        y += n
        d -= 365 * n
        let year = Int64(bitPattern: y) &+ -292_277_022_399
        let yday = Int(d)
        var day = yday
        var month = 0
        var resolved = false
        if GoCalendar.isLeap(year) {
            if day > 31 + 29 - 1 {
                day -= 1
            } else if day == 31 + 29 - 1 {
                month = 2
                day = 29
                resolved = true
            }
        }
        if !resolved {
            month = day / 31
            let end = GoCalendar.daysBefore[month + 1]
            let begin: Int
            if day >= end {
                month += 1
                begin = end
            } else {
                begin = GoCalendar.daysBefore[month]
            }
            month += 1
            day = day - begin + 1
        }
        let secOfDay = Int(abs % 86400)
        let weekday = Int((abs &+ 86400) % 604_800) / 86400
        return (year, month, day, yday + 1, secOfDay / 3600, secOfDay % 3600 / 60, secOfDay % 60, weekday)
    }

    /// `t.In(loc)`; the monotonic reading is kept.
    func `in`(_ loc: GoLocation) -> GoTime {
        var t = self
        t.location = loc
        return t
    }

    /// `t.Add(d)`.
    func adding(_ d: Int64) -> GoTime {
        var t = self
        var dsec = d / 1_000_000_000
        var ns = nsec + d % 1_000_000_000
        if ns >= 1_000_000_000 {
            dsec += 1
            ns -= 1_000_000_000
        } else if ns < 0 {
            dsec -= 1
            ns += 1_000_000_000
        }
        t.sec = sec &+ dsec
        t.nsec = ns
        if let m = monotonic { t.monotonic = m &+ d }
        return t
    }

    /// `t.Sub(u)` in nanoseconds, saturating like Go.
    func sub(_ u: GoTime) -> Int64 {
        if let a = monotonic, let b = u.monotonic { return a &- b }
        let (s, o1) = (sec - u.sec).multipliedReportingOverflow(by: 1_000_000_000)
        let (r, o2) = s.addingReportingOverflow(nsec - u.nsec)
        if o1 || o2 { return sec > u.sec ? Int64.max : Int64.min }
        return r
    }

    /// `time.Since(t)`.
    var sinceNow: Int64 { GoTime.now().sub(self) }

    func compare(_ u: GoTime) -> Int {
        if sec != u.sec { return sec < u.sec ? -1 : 1 }
        if nsec != u.nsec { return nsec < u.nsec ? -1 : 1 }
        return 0
    }

    /// `t.AddDate(years, months, days)`.
    func addingDate(years: Int64, months: Int64, days: Int64) -> GoTime {
        let f = fields
        return GoTime.date(year: f.year + years, month: f.month + Int(months), day: Int64(f.day) + days,
                           hour: Int64(f.hour), minute: Int64(f.minute), second: Int64(f.second),
                           nsec: nsec, location: location)
    }
}
