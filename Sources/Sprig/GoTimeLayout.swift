/// One element of a Go time layout (`format.go`'s `std*` constants).
enum GoTimeStd: Equatable {
    case longMonth, month, numMonth, zeroMonth
    case longWeekDay, weekDay
    case day, underDay, zeroDay, underYearDay, zeroYearDay
    case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
    case longYear, year
    case pm, pmLower
    case tz
    case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
    case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
    /// `.000` (digits kept) or `.999` (trailing zeros trimmed), with `.` or `,`.
    case fracSecond0(digits: Int, separator: UInt8)
    case fracSecond9(digits: Int, separator: UInt8)

    var isISO8601: Bool {
        switch self {
        case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ: return true
        default: return false
        }
    }

    var isNumericZone: Bool {
        switch self {
        case .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ: return true
        default: return isISO8601
        }
    }
}

/// Go's `nextStdChunk`: splits a layout into literal prefix, one element, and the rest.
enum GoTimeLayout {
    static func nextChunk(_ layout: ArraySlice<UInt8>) -> (prefix: ArraySlice<UInt8>, std: GoTimeStd?, suffix: ArraySlice<UInt8>) {
        let s = layout
        let base = s.startIndex
        func has(_ i: Int, _ text: String) -> Bool {
            let t = Array(text.utf8)
            guard i + t.count <= s.endIndex else { return false }
            return Array(s[i..<(i + t.count)]) == t
        }
        func startsWithLower(_ i: Int) -> Bool {
            i < s.endIndex && s[i] >= UInt8(ascii: "a") && s[i] <= UInt8(ascii: "z")
        }
        func cut(_ i: Int, _ std: GoTimeStd, _ length: Int) -> (ArraySlice<UInt8>, GoTimeStd?, ArraySlice<UInt8>) {
            (s[base..<i], std, s[(i + length)...])
        }
        var i = base
        while i < s.endIndex {
            let c = s[i]
            switch c {
            case UInt8(ascii: "J"):
                if has(i, "Jan") {
                    if has(i, "January") { return cut(i, .longMonth, 7) }
                    if !startsWithLower(i + 3) { return cut(i, .month, 3) }
                }
            case UInt8(ascii: "M"):
                if has(i, "Mon") {
                    if has(i, "Monday") { return cut(i, .longWeekDay, 6) }
                    if !startsWithLower(i + 3) { return cut(i, .weekDay, 3) }
                }
                if has(i, "MST") { return cut(i, .tz, 3) }
            case UInt8(ascii: "0"):
                if i + 1 < s.endIndex && s[i + 1] >= UInt8(ascii: "1") && s[i + 1] <= UInt8(ascii: "6") {
                    let std: [GoTimeStd] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return cut(i, std[Int(s[i + 1] - UInt8(ascii: "1"))], 2)
                }
                if has(i, "002") { return cut(i, .zeroYearDay, 3) }
            case UInt8(ascii: "1"):
                if has(i, "15") { return cut(i, .hour, 2) }
                return cut(i, .numMonth, 1)
            case UInt8(ascii: "2"):
                if has(i, "2006") { return cut(i, .longYear, 4) }
                return cut(i, .day, 1)
            case UInt8(ascii: "_"):
                if has(i, "_2") {
                    if has(i + 1, "2006") { return (s[base..<(i + 1)], .longYear, s[(i + 5)...]) }
                    return cut(i, .underDay, 2)
                }
                if has(i, "__2") { return cut(i, .underYearDay, 3) }
            case UInt8(ascii: "3"): return cut(i, .hour12, 1)
            case UInt8(ascii: "4"): return cut(i, .minute, 1)
            case UInt8(ascii: "5"): return cut(i, .second, 1)
            case UInt8(ascii: "P"):
                if has(i, "PM") { return cut(i, .pm, 2) }
            case UInt8(ascii: "p"):
                if has(i, "pm") { return cut(i, .pmLower, 2) }
            case UInt8(ascii: "-"):
                if has(i, "-070000") { return cut(i, .numSecondsTZ, 7) }
                if has(i, "-07:00:00") { return cut(i, .numColonSecondsTZ, 9) }
                if has(i, "-0700") { return cut(i, .numTZ, 5) }
                if has(i, "-07:00") { return cut(i, .numColonTZ, 6) }
                if has(i, "-07") { return cut(i, .numShortTZ, 3) }
            case UInt8(ascii: "Z"):
                if has(i, "Z070000") { return cut(i, .iso8601SecondsTZ, 7) }
                if has(i, "Z07:00:00") { return cut(i, .iso8601ColonSecondsTZ, 9) }
                if has(i, "Z0700") { return cut(i, .iso8601TZ, 5) }
                if has(i, "Z07:00") { return cut(i, .iso8601ColonTZ, 6) }
                if has(i, "Z07") { return cut(i, .iso8601ShortTZ, 3) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if i + 1 < s.endIndex && (s[i + 1] == UInt8(ascii: "0") || s[i + 1] == UInt8(ascii: "9")) {
                    let ch = s[i + 1]
                    var j = i + 1
                    while j < s.endIndex && s[j] == ch { j += 1 }
                    let nextIsDigit = j < s.endIndex && s[j] >= UInt8(ascii: "0") && s[j] <= UInt8(ascii: "9")
                    if !nextIsDigit {
                        let n = j - (i + 1)
                        let std: GoTimeStd = ch == UInt8(ascii: "0")
                            ? .fracSecond0(digits: n, separator: c) : .fracSecond9(digits: n, separator: c)
                        return (s[base..<i], std, s[j...])
                    }
                }
            default:
                break
            }
            i += 1
        }
        return (s, nil, s[s.endIndex...])
    }
}
