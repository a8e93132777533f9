/// Go's `tzset`: evaluates a POSIX TZ rule string (a TZif footer such as
/// `EST5EDT,M3.2.0,M11.1.0`) for a time after the file's last transition.
enum GoTZRule {
    enum Kind { case julian, dayOfYear, monthWeekDay }

    struct Rule {
        var kind = Kind.julian
        var day = 0
        var week = 0
        var month = 0
        var time = 0
    }

    static func evaluate(_ text: String, lastTransition: Int64, sec: Int64)
        -> (name: String, offset: Int, start: Int64, end: Int64, isDST: Bool)? {
        var s = Substring(text)
        guard var stdName = name(&s), var stdOffset = offset(&s) else { return nil }
        stdOffset = -stdOffset
        if s.isEmpty || s.first == "," {
            return (stdName, stdOffset, lastTransition, GoLocation.omega, false)
        }
        guard var dstName = name(&s) else { return nil }
        var dstOffset: Int
        if s.isEmpty || s.first == "," {
            dstOffset = stdOffset + 3600
        } else {
            guard let o = offset(&s) else { return nil }
            dstOffset = -o
        }
        if s.isEmpty { s = ",M3.2.0,M11.1.0" }
        guard s.first == "," || s.first == ";" else { return nil }
        s = s.dropFirst()
        guard let startRule = rule(&s), s.first == "," else { return nil }
        s = s.dropFirst()
        guard let endRule = rule(&s), s.isEmpty else { return nil }

        let days = GoCalendar.floorDiv(sec, 86400)
        let (year, _, _) = GoCalendar.civil(fromDays: days)
        let yearStartDays = GoCalendar.days(year: year, month: 1, day: 1)
        let ysec = sec - yearStartDays * 86400
        let abs = yearStartDays * 86400
        var startSec = Int64(ruleTime(year, startRule, stdOffset))
        var endSec = Int64(ruleTime(year, endRule, dstOffset))
        var dstIsDST = true, stdIsDST = false
        if endSec < startSec {
            swap(&startSec, &endSec)
            swap(&stdName, &dstName)
            swap(&stdOffset, &dstOffset)
            swap(&stdIsDST, &dstIsDST)
        }
        if ysec < startSec {
            return (stdName, stdOffset, abs, startSec + abs, stdIsDST)
        } else if ysec >= endSec {
            return (stdName, stdOffset, endSec + abs, abs + 365 * 86400, stdIsDST)
        }
        return (dstName, dstOffset, startSec + abs, endSec + abs, dstIsDST)
    }

    static func name(_ s: inout Substring) -> String? {
        guard let first = s.first else { return nil }
        if first != "<" {
            var i = 0
            for c in s {
                if c.isNumber || c == "," || c == "-" || c == "+" {
                    if i < 3 { return nil }
                    let n = String(s.prefix(i))
                    s = s.dropFirst(i)
                    return n
                }
                i += 1
            }
            if s.count < 3 { return nil }
            let n = String(s)
            s = ""
            return n
        }
        guard let close = s.firstIndex(of: ">") else { return nil }
        let n = String(s[s.index(after: s.startIndex)..<close])
        s = s[s.index(after: close)...]
        return n
    }

    static func offset(_ s: inout Substring) -> Int? {
        guard let first = s.first else { return nil }
        var negative = false
        if first == "+" { s = s.dropFirst() } else if first == "-" { s = s.dropFirst(); negative = true }
        guard let hours = number(&s, 0, 24 * 7) else { return nil }
        var off = hours * 3600
        if s.first == ":" {
            s = s.dropFirst()
            guard let mins = number(&s, 0, 59) else { return nil }
            off += mins * 60
            if s.first == ":" {
                s = s.dropFirst()
                guard let secs = number(&s, 0, 59) else { return nil }
                off += secs
            }
        }
        return negative ? -off : off
    }

    static func rule(_ s: inout Substring) -> Rule? {
        guard let first = s.first else { return nil }
        var r = Rule()
        if first == "J" {
            s = s.dropFirst()
            guard let d = number(&s, 1, 365) else { return nil }
            r.kind = .julian
            r.day = d
        } else if first == "M" {
            s = s.dropFirst()
            guard let m = number(&s, 1, 12), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let w = number(&s, 1, 5), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let d = number(&s, 0, 6) else { return nil }
            r.kind = .monthWeekDay
            r.month = m
            r.week = w
            r.day = d
        } else {
            guard let d = number(&s, 0, 365) else { return nil }
            r.kind = .dayOfYear
            r.day = d
        }
        if s.first != "/" {
            r.time = 2 * 3600
            return r
        }
        s = s.dropFirst()
        guard let t = offset(&s) else { return nil }
        r.time = t
        return r
    }

    static func number(_ s: inout Substring, _ min: Int, _ max: Int) -> Int? {
        var n = 0
        var digits = 0
        for c in s.utf8 {
            guard c >= 0x30 && c <= 0x39 else { break }
            n = n * 10 + Int(c - 0x30)
            digits += 1
            if n > max { return nil }
        }
        if digits == 0 || n < min { return nil }
        s = s.dropFirst(digits)
        return n
    }

    static func ruleTime(_ year: Int64, _ r: Rule, _ off: Int) -> Int {
        var s = 0
        switch r.kind {
        case .julian:
            s = (r.day - 1) * 86400
            if GoCalendar.isLeap(year) && r.day >= 60 { s += 86400 }
        case .dayOfYear:
            s = r.day * 86400
        case .monthWeekDay:
            let m1 = (r.month + 9) % 12 + 1
            var yy0 = Int(year)
            if r.month <= 2 { yy0 -= 1 }
            let yy1 = yy0 / 100
            let yy2 = yy0 % 100
            var dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7
            if dow < 0 { dow += 7 }
            var d = r.day - dow
            if d < 0 { d += 7 }
            for _ in 1..<max(r.week, 1) {
                if d + 7 >= GoCalendar.daysIn(month: r.month, year: year) { break }
                d += 7
            }
            d += GoCalendar.daysBefore[r.month - 1]
            if GoCalendar.isLeap(year) && r.month > 2 { d += 1 }
            s = d * 86400
        }
        return s + r.time - off
    }
}
