extension GoTime {
    /// Go's `Time.Format`.
    func format(_ layoutText: String) -> String {
        let zone = self.zone
        let f = fields
        var out: [UInt8] = []
        var layout = Array(layoutText.utf8)[...]
        while !layout.isEmpty {
            let (prefix, std, suffix) = GoTimeLayout.nextChunk(layout)
            out.append(contentsOf: prefix)
            guard let std else { break }
            layout = suffix
            switch std {
            case .year: GoTime.appendInt(&out, Int64(abs(f.year) % 100), 2)
            case .longYear: GoTime.appendInt(&out, f.year, 4)
            case .month: out.append(contentsOf: GoCalendar.monthNames[f.month - 1].utf8.prefix(3))
            case .longMonth: out.append(contentsOf: GoCalendar.monthNames[f.month - 1].utf8)
            case .numMonth: GoTime.appendInt(&out, Int64(f.month), 0)
            case .zeroMonth: GoTime.appendInt(&out, Int64(f.month), 2)
            case .weekDay: out.append(contentsOf: GoCalendar.dayNames[f.weekday].utf8.prefix(3))
            case .longWeekDay: out.append(contentsOf: GoCalendar.dayNames[f.weekday].utf8)
            case .day: GoTime.appendInt(&out, Int64(f.day), 0)
            case .underDay:
                if f.day < 10 { out.append(UInt8(ascii: " ")) }
                GoTime.appendInt(&out, Int64(f.day), 0)
            case .zeroDay: GoTime.appendInt(&out, Int64(f.day), 2)
            case .underYearDay:
                if f.yday < 100 {
                    out.append(UInt8(ascii: " "))
                    if f.yday < 10 { out.append(UInt8(ascii: " ")) }
                }
                GoTime.appendInt(&out, Int64(f.yday), 0)
            case .zeroYearDay: GoTime.appendInt(&out, Int64(f.yday), 3)
            case .hour: GoTime.appendInt(&out, Int64(f.hour), 2)
            case .hour12: GoTime.appendInt(&out, Int64(f.hour % 12 == 0 ? 12 : f.hour % 12), 0)
            case .zeroHour12: GoTime.appendInt(&out, Int64(f.hour % 12 == 0 ? 12 : f.hour % 12), 2)
            case .minute: GoTime.appendInt(&out, Int64(f.minute), 0)
            case .zeroMinute: GoTime.appendInt(&out, Int64(f.minute), 2)
            case .second: GoTime.appendInt(&out, Int64(f.second), 0)
            case .zeroSecond: GoTime.appendInt(&out, Int64(f.second), 2)
            case .pm: out.append(contentsOf: (f.hour >= 12 ? "PM" : "AM").utf8)
            case .pmLower: out.append(contentsOf: (f.hour >= 12 ? "pm" : "am").utf8)
            case .tz:
                if !zone.name.isEmpty {
                    out.append(contentsOf: zone.name.utf8)
                } else {
                    var minutes = zone.offset / 60
                    if minutes < 0 {
                        out.append(UInt8(ascii: "-"))
                        minutes = -minutes
                    } else {
                        out.append(UInt8(ascii: "+"))
                    }
                    GoTime.appendInt(&out, Int64(minutes / 60), 2)
                    GoTime.appendInt(&out, Int64(minutes % 60), 2)
                }
            case .fracSecond0(let digits, let separator):
                GoTime.appendNano(&out, nsec, digits: digits, separator: separator, trim: false)
            case .fracSecond9(let digits, let separator):
                GoTime.appendNano(&out, nsec, digits: digits, separator: separator, trim: true)
            default:
                GoTime.appendZone(&out, std, offset: zone.offset)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendZone(_ out: inout [UInt8], _ std: GoTimeStd, offset: Int) {
        if offset == 0 && std.isISO8601 {
            out.append(UInt8(ascii: "Z"))
            return
        }
        var minutes = offset / 60
        var absOffset = offset
        if minutes < 0 {
            out.append(UInt8(ascii: "-"))
            minutes = -minutes
            absOffset = -absOffset
        } else {
            out.append(UInt8(ascii: "+"))
        }
        appendInt(&out, Int64(minutes / 60), 2)
        switch std {
        case .iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ: out.append(UInt8(ascii: ":"))
        default: break
        }
        if std != .numShortTZ && std != .iso8601ShortTZ { appendInt(&out, Int64(minutes % 60), 2) }
        switch std {
        case .iso8601SecondsTZ, .numSecondsTZ:
            appendInt(&out, Int64(absOffset % 60), 2)
        case .numColonSecondsTZ, .iso8601ColonSecondsTZ:
            out.append(UInt8(ascii: ":"))
            appendInt(&out, Int64(absOffset % 60), 2)
        default:
            break
        }
    }

    /// Go's `appendInt`: decimal with zero padding to `width`.
    static func appendInt(_ out: inout [UInt8], _ x: Int64, _ width: Int) {
        var u = x.magnitude
        if x < 0 { out.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(u % 10))
            u /= 10
        } while u > 0
        if digits.count < width { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        out.append(contentsOf: digits.reversed())
    }

    /// Go's `formatNano`.
    static func appendNano(_ out: inout [UInt8], _ nanosec: Int64, digits: Int, separator: UInt8, trim: Bool) {
        var buf = [UInt8](repeating: 0, count: 9)
        var u = nanosec
        for i in stride(from: 8, through: 0, by: -1) {
            buf[i] = UInt8(ascii: "0") + UInt8(u % 10)
            u /= 10
        }
        var n = min(digits, 9)
        if trim {
            while n > 0 && buf[n - 1] == UInt8(ascii: "0") { n -= 1 }
            if n == 0 { return }
        }
        out.append(separator)
        out.append(contentsOf: buf[0..<n])
    }

    /// Go's `Time.String()`, with the monotonic reading when there is one.
    var string: String {
        var s = format("2006-01-02 15:04:05.999999999 -0700 MST")
        if let mono = monotonic {
            var m2 = mono.magnitude
            let sign = mono < 0 ? "-" : "+"
            var m1 = m2 / 1_000_000_000
            m2 %= 1_000_000_000
            let m0 = m1 / 1_000_000_000
            m1 %= 1_000_000_000
            var out: [UInt8] = Array(" m=\(sign)".utf8)
            var width = 0
            if m0 != 0 {
                GoTime.appendInt(&out, Int64(m0), 0)
                width = 9
            }
            GoTime.appendInt(&out, Int64(m1), width)
            out.append(UInt8(ascii: "."))
            GoTime.appendInt(&out, Int64(m2), 9)
            s += String(decoding: out, as: UTF8.self)
        }
        return s
    }
}
