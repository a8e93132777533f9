/// go-yaml v2's `parseTimestamp` (resolve.go): whether a plain scalar is a timestamp in one of
/// the layouts it tries with Go's `time.Parse`:
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with a lower-case `t`,
/// `2006-1-2 15:4:5.999999999`, and `2006-1-2`.
///
/// Only the decision matters: go-yaml keeps timestamps as their original string when decoding
/// into `interface{}`, and quotes such strings when encoding.
enum YAMLTimestamp {
    static func isTimestamp(_ s: [UInt8]) -> Bool {
        // Quick check: all date formats start with YYYY-.
        guard s.count > 4, s[0..<4].allSatisfy(GoNumberSyntax.isDigit), s[4] == UInt8(ascii: "-") else {
            return false
        }
        let year = s[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        var i = 5
        guard let month = number(s, &i), month >= 1, month <= 12 else { return false }
        guard i < s.count, s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let day = number(s, &i) else { return false }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if i == s.count { return true }  // 2006-1-2

        let separator = s[i]
        let withZone: Bool
        switch separator {
        case UInt8(ascii: "T"), UInt8(ascii: "t"):
            withZone = true
            i += 1
        case UInt8(ascii: " "):
            withZone = false
            // time.Parse's skip treats a run of spaces in the value as one layout space.
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
        default:
            return false
        }
        guard let hour = number(s, &i), hour < 24 else { return false }
        guard i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let minute = number(s, &i), minute < 60 else { return false }
        guard i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let second = number(s, &i), second < 60 else { return false }
        // .999999999: optional, any number of digits after '.' or ','.
        if i + 1 < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ","), GoNumberSyntax.isDigit(s[i + 1]) {
            i += 1
            while i < s.count, GoNumberSyntax.isDigit(s[i]) { i += 1 }
        }
        if !withZone { return i == s.count }
        // Z07:00
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == s.count }
        guard s.count - i == 6, s[i + 3] == UInt8(ascii: ":") else { return false }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return false }
        guard GoNumberSyntax.isDigit(s[i + 1]), GoNumberSyntax.isDigit(s[i + 2]),
              GoNumberSyntax.isDigit(s[i + 4]), GoNumberSyntax.isDigit(s[i + 5]) else { return false }
        let zoneHour = Int(s[i + 1] - 48) * 10 + Int(s[i + 2] - 48)
        let zoneMinute = Int(s[i + 4] - 48) * 10 + Int(s[i + 5] - 48)
        return zoneHour <= 24 && zoneMinute <= 60
    }

    /// time.go `getnum(s, false)`: one or two digits.
    private static func number(_ s: [UInt8], _ i: inout Int) -> Int? {
        guard i < s.count, GoNumberSyntax.isDigit(s[i]) else { return nil }
        var n = Int(s[i] - 48)
        i += 1
        if i < s.count, GoNumberSyntax.isDigit(s[i]) {
            n = n * 10 + Int(s[i] - 48)
            i += 1
        }
        return n
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
