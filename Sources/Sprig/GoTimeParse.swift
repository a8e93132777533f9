/// Go's `time.ParseError`, printed as Go prints it.
struct GoTimeParseError: Error, CustomStringConvertible {
    let layout: String
    let value: String
    let layoutElem: String
    let valueElem: String
    let message: String

    var description: String {
        if message.isEmpty {
            return "parsing time " + GoTime.quote(value) + " as " + GoTime.quote(layout) + ": cannot parse "
                + GoTime.quote(valueElem) + " as " + GoTime.quote(layoutElem)
        }
        return "parsing time " + GoTime.quote(value) + message
    }
}

extension GoTime {
    /// The `time` package's own `quote`: bytes outside printable ASCII as `\xNN`.
    static func quote(_ s: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            if b >= 0x80 || b < 0x20 {
                out += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            } else {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
                out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    static let shortDayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Go's `time.ParseInLocation`.
    static func parse(layout layoutText: String, value valueText: String, in defaultLocation: GoLocation) throws -> GoTime {
        var parser = GoTimeParser(layout: layoutText, value: valueText)
        return try parser.parse(defaultLocation: defaultLocation, local: .local)
    }
}

/// The state of one `time.Parse` run (Go's `parse` in format.go).
struct GoTimeParser {
    let layoutText: String
    let valueText: String
    var layout: ArraySlice<UInt8>
    var value: ArraySlice<UInt8>

    init(layout: String, value: String) {
        layoutText = layout
        valueText = value
        self.layout = Array(layout.utf8)[...]
        self.value = Array(value.utf8)[...]
    }

    struct Bad: Error {}

    func text(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }

    mutating func parse(defaultLocation: GoLocation, local: GoLocation) throws -> GoTime {
        var rangeErr = ""
        var amSet = false, pmSet = false
        var year: Int64 = 0, month = -1, day = -1, yday = -1
        var hour = 0, minute = 0, second = 0
        var nsec: Int64 = 0
        var z: GoLocation?
        var zoneOffset = -1
        var zoneName = ""

        while true {
            let (prefix, stdOrNil, suffix) = GoTimeLayout.nextChunk(layout)
            let stdText = text(layout[prefix.endIndex..<suffix.startIndex])
            guard skip(prefix) else {
                throw GoTimeParseError(layout: layoutText, value: valueText, layoutElem: text(prefix),
                                       valueElem: text(value), message: "")
            }
            guard let std = stdOrNil else {
                if !value.isEmpty {
                    throw GoTimeParseError(layout: layoutText, value: valueText, layoutElem: "", valueElem: text(value),
                                           message: ": extra text: " + GoTime.quote(text(value)))
                }
                break
            }
            layout = suffix
            var failed = false
            do {
                switch std {
                case .year:
                    guard value.count >= 2 else { throw Bad() }
                    let p = value.prefix(2)
                    guard let y = GoTimeParser.atoi(p) else { throw Bad() }
                    value = value.dropFirst(2)
                    year = Int64(y >= 69 ? y + 1900 : y + 2000)
                case .longYear:
                    guard value.count >= 4, GoTimeParser.isDigit(value, 0) else { throw Bad() }
                    guard let y = GoTimeParser.atoi(value.prefix(4)) else { throw Bad() }
                    value = value.dropFirst(4)
                    year = Int64(y)
                case .month:
                    month = try lookup(GoTime.shortMonthNames) + 1
                case .longMonth:
                    month = try lookup(GoCalendar.monthNames) + 1
                case .numMonth, .zeroMonth:
                    month = try getnum(fixed: std == .zeroMonth)
                    if month <= 0 || month > 12 { rangeErr = "month" }
                case .weekDay:
                    _ = try lookup(GoTime.shortDayNames)
                case .longWeekDay:
                    _ = try lookup(GoCalendar.dayNames)
                case .day, .underDay, .zeroDay:
                    if std == .underDay && value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                    day = try getnum(fixed: std == .zeroDay)
                case .underYearDay, .zeroYearDay:
                    for _ in 0..<2 where std == .underYearDay && value.first == UInt8(ascii: " ") {
                        value = value.dropFirst()
                    }
                    yday = try getnum3(fixed: std == .zeroYearDay)
                case .hour:
                    hour = try getnum(fixed: false)
                    if hour < 0 || hour >= 24 { rangeErr = "hour" }
                case .hour12, .zeroHour12:
                    hour = try getnum(fixed: std == .zeroHour12)
                    if hour < 0 || hour > 12 { rangeErr = "hour" }
                case .minute, .zeroMinute:
                    minute = try getnum(fixed: std == .zeroMinute)
                    if minute < 0 || minute >= 60 { rangeErr = "minute" }
                case .second, .zeroSecond:
                    second = try getnum(fixed: std == .zeroSecond)
                    if second < 0 || second >= 60 {
                        rangeErr = "second"
                        break
                    }
                    if value.count >= 2 && GoTimeParser.commaOrPeriod(value.first) && GoTimeParser.isDigit(value, 1) {
                        let next = GoTimeLayout.nextChunk(layout).std
                        if case .fracSecond0? = next { break }
                        if case .fracSecond9? = next { break }
                        var n = 2
                        while n < value.count && GoTimeParser.isDigit(value, n) { n += 1 }
                        (nsec, rangeErr) = try GoTimeParser.parseNanoseconds(value, n)
                        value = value.dropFirst(n)
                    }
                case .pm, .pmLower:
                    guard value.count >= 2 else { throw Bad() }
                    let p = text(value.prefix(2))
                    value = value.dropFirst(2)
                    let (pmText, amText) = std == .pm ? ("PM", "AM") : ("pm", "am")
                    if p == pmText { pmSet = true } else if p == amText { amSet = true } else { throw Bad() }
                case .tz:
                    if value.count >= 3 && text(value.prefix(3)) == "UTC" {
                        z = .utc
                        value = value.dropFirst(3)
                        break
                    }
                    guard let n = GoTimeParser.parseTimeZone(value) else { throw Bad() }
                    zoneName = text(value.prefix(n))
                    value = value.dropFirst(n)
                case .fracSecond0(let digits, _):
                    let ndigit = 1 + digits
                    guard value.count >= ndigit else { throw Bad() }
                    (nsec, rangeErr) = try GoTimeParser.parseNanoseconds(value, ndigit)
                    value = value.dropFirst(ndigit)
                case .fracSecond9:
                    guard value.count >= 2, GoTimeParser.commaOrPeriod(value.first), GoTimeParser.isDigit(value, 1) else { break }
                    var i = 0
                    while i < 9 && i + 1 < value.count && GoTimeParser.isDigit(value, i + 1) { i += 1 }
                    (nsec, rangeErr) = try GoTimeParser.parseNanoseconds(value, 1 + i)
                    value = value.dropFirst(1 + i)
                default:
                    if (std == .iso8601TZ || std == .iso8601ShortTZ || std == .iso8601ColonTZ) && value.first == UInt8(ascii: "Z") {
                        value = value.dropFirst()
                        z = .utc
                        break
                    }
                    zoneOffset = try parseNumericZone(std)
                }
            } catch is Bad {
                failed = true
            }
            if !rangeErr.isEmpty {
                throw GoTimeParseError(layout: layoutText, value: valueText, layoutElem: stdText, valueElem: text(value),
                                       message: ": " + rangeErr + " out of range")
            }
            if failed {
                throw GoTimeParseError(layout: layoutText, value: valueText, layoutElem: stdText, valueElem: text(value),
                                       message: "")
            }
        }
        if pmSet && hour < 12 {
            hour += 12
        } else if amSet && hour == 12 {
            hour = 0
        }
        func fail(_ message: String) -> GoTimeParseError {
            GoTimeParseError(layout: layoutText, value: valueText, layoutElem: "", valueElem: text(value), message: message)
        }
        if yday >= 0 {
            var d = 0, m = 0
            if GoCalendar.isLeap(year) {
                if yday == 31 + 29 {
                    m = 2
                    d = 29
                } else if yday > 31 + 29 {
                    yday -= 1
                }
            }
            if yday < 1 || yday > 365 { throw fail(": day-of-year out of range") }
            if m == 0 {
                m = (yday - 1) / 31 + 1
                if GoCalendar.daysBefore[m] < yday { m += 1 }
                d = yday - GoCalendar.daysBefore[m - 1]
            }
            if month >= 0 && month != m { throw fail(": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw fail(": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > GoCalendar.daysIn(month: month, year: year) { throw fail(": day out of range") }

        func build(_ loc: GoLocation) -> GoTime {
            GoTime.date(year: year, month: month, day: Int64(day), hour: Int64(hour), minute: Int64(minute),
                        second: Int64(second), nsec: nsec, location: loc)
        }
        if let z { return build(z) }
        if zoneOffset != -1 {
            var t = build(.utc)
            t.sec -= Int64(zoneOffset)
            let found = local.lookup(t.sec)
            if found.offset == zoneOffset && (zoneName.isEmpty || found.name == zoneName) {
                t.location = local
                return t
            }
            t.location = .fixed(zoneName, zoneOffset)
            return t
        }
        if !zoneName.isEmpty {
            var t = build(.utc)
            if let offset = local.lookupName(zoneName, unix: t.sec) {
                t.sec -= Int64(offset)
                t.location = local
                return t
            }
            var offset = 0
            if zoneName.count > 3 && zoneName.hasPrefix("GMT") {
                offset = (GoTimeParser.atoi(Array(zoneName.utf8).dropFirst(3)) ?? 0) * 3600
            }
            t.location = .fixed(zoneName, offset)
            return t
        }
        return build(defaultLocation)
    }

    /// Go's `skip`: matches the literal prefix; a space matches any run of spaces.
    mutating func skip(_ prefixIn: ArraySlice<UInt8>) -> Bool {
        var prefix = prefixIn
        while let p = prefix.first {
            if p == UInt8(ascii: " ") {
                if let v = value.first, v != UInt8(ascii: " ") { return false }
                while prefix.first == UInt8(ascii: " ") { prefix = prefix.dropFirst() }
                while value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                continue
            }
            guard value.first == p else { return false }
            prefix = prefix.dropFirst()
            value = value.dropFirst()
        }
        return true
    }

    mutating func lookup(_ table: [String]) throws -> Int {
        for (i, name) in table.enumerated() {
            let n = Array(name.utf8)
            guard value.count >= n.count else { continue }
            var ok = true
            for (k, c2) in n.enumerated() {
                var c1 = value[value.startIndex + k]
                var c2 = c2
                if c1 != c2 {
                    c1 |= 0x20
                    c2 |= 0x20
                    if c1 != c2 || c1 < UInt8(ascii: "a") || c1 > UInt8(ascii: "z") {
                        ok = false
                        break
                    }
                }
            }
            if ok {
                value = value.dropFirst(n.count)
                return i
            }
        }
        throw Bad()
    }

    mutating func getnum(fixed: Bool) throws -> Int {
        guard GoTimeParser.isDigit(value, 0) else { throw Bad() }
        let d0 = Int(value[value.startIndex] - 0x30)
        guard GoTimeParser.isDigit(value, 1) else {
            if fixed { throw Bad() }
            value = value.dropFirst()
            return d0
        }
        let n = d0 * 10 + Int(value[value.startIndex + 1] - 0x30)
        value = value.dropFirst(2)
        return n
    }

    mutating func getnum3(fixed: Bool) throws -> Int {
        var n = 0, i = 0
        while i < 3 && GoTimeParser.isDigit(value, i) {
            n = n * 10 + Int(value[value.startIndex + i] - 0x30)
            i += 1
        }
        if i == 0 || (fixed && i != 3) { throw Bad() }
        value = value.dropFirst(i)
        return n
    }

    mutating func parseNumericZone(_ std: GoTimeStd) throws -> Int {
        var sign: UInt8, hh: ArraySlice<UInt8>, mm: ArraySlice<UInt8>, ss: ArraySlice<UInt8> = Array("00".utf8)[...]
        let v = Array(value)
        switch std {
        case .iso8601ColonTZ, .numColonTZ:
            guard v.count >= 6, v[3] == UInt8(ascii: ":") else { throw Bad() }
            (sign, hh, mm) = (v[0], v[1..<3], v[4..<6])
            value = value.dropFirst(6)
        case .numShortTZ, .iso8601ShortTZ:
            guard v.count >= 3 else { throw Bad() }
            (sign, hh, mm) = (v[0], v[1..<3], ss)
            value = value.dropFirst(3)
        case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
            guard v.count >= 9, v[3] == UInt8(ascii: ":"), v[6] == UInt8(ascii: ":") else { throw Bad() }
            (sign, hh, mm, ss) = (v[0], v[1..<3], v[4..<6], v[7..<9])
            value = value.dropFirst(9)
        case .iso8601SecondsTZ, .numSecondsTZ:
            guard v.count >= 7 else { throw Bad() }
            (sign, hh, mm, ss) = (v[0], v[1..<3], v[3..<5], v[5..<7])
            value = value.dropFirst(7)
        default:
            guard v.count >= 5 else { throw Bad() }
            (sign, hh, mm) = (v[0], v[1..<3], v[3..<5])
            value = value.dropFirst(5)
        }
        guard let h = GoTimeParser.atoi(hh), let m = GoTimeParser.atoi(mm), let s = GoTimeParser.atoi(ss) else { throw Bad() }
        let offset = (h * 60 + m) * 60 + s
        switch sign {
        case UInt8(ascii: "+"): return offset
        case UInt8(ascii: "-"): return -offset
        default: throw Bad()
        }
    }

    static func isDigit(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        guard i < s.count else { return false }
        let c = s[s.startIndex + i]
        return c >= 0x30 && c <= 0x39
    }

    static func commaOrPeriod(_ b: UInt8?) -> Bool { b == UInt8(ascii: ".") || b == UInt8(ascii: ",") }

    /// Go's `atoi` over `leadingInt`: optional sign, digits, nothing else.
    static func atoi(_ s: ArraySlice<UInt8>) -> Int? {
        var s = s
        var negative = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            negative = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        guard let (x, rest) = leadingInt(s), rest.isEmpty, x <= UInt64(Int.max) else { return nil }
        return negative ? -Int(x) : Int(x)
    }

    /// Go's `leadingInt`; nil on overflow.
    static func leadingInt(_ s: ArraySlice<UInt8>) -> (UInt64, ArraySlice<UInt8>)? {
        var x: UInt64 = 0
        var i = s.startIndex
        while i < s.endIndex, s[i] >= 0x30, s[i] <= 0x39 {
            if x > (1 << 63) / 10 { return nil }
            x = x * 10 + UInt64(s[i] - 0x30)
            if x > 1 << 63 { return nil }
            i += 1
        }
        return (x, s[i...])
    }

    static func parseNanoseconds(_ value: ArraySlice<UInt8>, _ nbytes: Int) throws -> (Int64, String) {
        guard commaOrPeriod(value.first) else { throw Bad() }
        let n = min(nbytes, 10)
        guard let ns = atoi(value.dropFirst().prefix(n - 1)) else { throw Bad() }
        if ns < 0 { return (0, "fractional second") }
        var scaled = Int64(ns)
        for _ in 0..<(10 - n) { scaled *= 10 }
        return (scaled, "")
    }

    /// Go's `parseTimeZone`: the length of a zone abbreviation at the start, or nil.
    static func parseTimeZone(_ value: ArraySlice<UInt8>) -> Int? {
        let v = Array(value)
        guard v.count >= 3 else { return nil }
        if v.count >= 4 && (v[0..<4] == Array("ChST".utf8)[...] || v[0..<4] == Array("MeST".utf8)[...]) { return 4 }
        if v[0..<3] == Array("GMT".utf8)[...] {
            return v.count == 3 ? 3 : 3 + parseSignedOffset(v[3...])
        }
        if v[0] == UInt8(ascii: "+") || v[0] == UInt8(ascii: "-") {
            let n = parseSignedOffset(v[...])
            return n > 0 ? n : nil
        }
        var nUpper = 0
        while nUpper < 6 && nUpper < v.count && v[nUpper] >= UInt8(ascii: "A") && v[nUpper] <= UInt8(ascii: "Z") {
            nUpper += 1
        }
        switch nUpper {
        case 5: return v[4] == UInt8(ascii: "T") ? 5 : nil
        case 4: return (v[3] == UInt8(ascii: "T") || v[0..<4] == Array("WITA".utf8)[...]) ? 4 : nil
        case 3: return 3
        default: return nil
        }
    }

    static func parseSignedOffset(_ value: ArraySlice<UInt8>) -> Int {
        guard let sign = value.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return 0 }
        guard let (x, rest) = leadingInt(value.dropFirst()), rest.count != value.count - 1, x <= 23 else { return 0 }
        return value.count - rest.count
    }
}
