/// Go's `time.Duration` helpers: `ParseDuration`, `String`, `Round`, `Truncate`.
enum GoDuration {
    static let second: Int64 = 1_000_000_000

    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// `time.ParseDuration`.
    static func parse(_ text: String) throws -> Int64 {
        let invalid = ParseError(description: "time: invalid duration " + GoTime.quote(text))
        var s = Array(text.utf8)[...]
        var d: UInt64 = 0
        var negative = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            negative = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        if Array(s) == [UInt8(ascii: "0")] { return 0 }
        if s.isEmpty { throw invalid }
        while let first = s.first {
            guard first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39) else { throw invalid }
            let before = s.count
            guard let (v0, rest) = GoTimeParser.leadingInt(s) else { throw invalid }
            var v = v0
            s = rest
            let pre = before != s.count
            var f: UInt64 = 0
            var scale = 1.0
            var post = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                let count = s.count
                (f, scale, s) = leadingFraction(s)
                post = count != s.count
            }
            if !pre && !post { throw invalid }
            var i = s.startIndex
            while i < s.endIndex, s[i] != UInt8(ascii: "."), !(s[i] >= 0x30 && s[i] <= 0x39) { i += 1 }
            if i == s.startIndex {
                throw ParseError(description: "time: missing unit in duration " + GoTime.quote(text))
            }
            let unitText = String(decoding: s[s.startIndex..<i], as: UTF8.self)
            s = s[i...]
            guard let unit = units[unitText] else {
                throw ParseError(description: "time: unknown unit " + GoTime.quote(unitText) + " in duration "
                                 + GoTime.quote(text))
            }
            if v > (1 << 63) / unit { throw invalid }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > 1 << 63 { throw invalid }
            }
            d += v
            if d > 1 << 63 { throw invalid }
        }
        if negative { return d == 1 << 63 ? Int64.min : -Int64(d) }
        if d > (1 << 63) - 1 { throw invalid }
        return Int64(d)
    }

    static func leadingFraction(_ s: ArraySlice<UInt8>) -> (UInt64, Double, ArraySlice<UInt8>) {
        var x: UInt64 = 0
        var scale = 1.0
        var overflow = false
        var i = s.startIndex
        while i < s.endIndex, s[i] >= 0x30, s[i] <= 0x39 {
            defer { i += 1 }
            if overflow { continue }
            if x > ((1 << 63) - 1) / 10 {
                overflow = true
                continue
            }
            let y = x * 10 + UInt64(s[i] - 0x30)
            if y > 1 << 63 {
                overflow = true
                continue
            }
            x = y
            scale *= 10
        }
        return (x, scale, s[i...])
    }

    /// `Duration.String()`, e.g. `1h2m3.5s`, `1.5ms`, `0s`.
    static func string(_ d: Int64) -> String {
        var u = d.magnitude
        var out: [UInt8] = []
        if u < UInt64(second) {
            if u == 0 { return "0s" }
            var prec: Int
            out = Array("s".utf8)
            if u < 1_000 {
                prec = 0
                out = Array("ns".utf8)
            } else if u < 1_000_000 {
                prec = 3
                out = Array("µs".utf8)
            } else {
                prec = 6
                out = Array("ms".utf8)
            }
            let (frac, rest) = fraction(u, prec)
            out = integer(rest) + frac + out
        } else {
            let (frac, rest) = fraction(u, 9)
            u = rest
            out = integer(u % 60) + frac + Array("s".utf8)
            u /= 60
            if u > 0 {
                out = integer(u % 60) + Array("m".utf8) + out
                u /= 60
                if u > 0 { out = integer(u) + Array("h".utf8) + out }
            }
        }
        if d < 0 { out.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func fraction(_ v: UInt64, _ prec: Int) -> ([UInt8], UInt64) {
        var v = v
        var digits: [UInt8] = []
        var print = false
        for _ in 0..<prec {
            let digit = v % 10
            print = print || digit != 0
            if print { digits.insert(UInt8(ascii: "0") + UInt8(digit), at: 0) }
            v /= 10
        }
        if print { digits.insert(UInt8(ascii: "."), at: 0) }
        return (digits, v)
    }

    private static func integer(_ v: UInt64) -> [UInt8] { Array(String(v).utf8) }

    /// `Duration.Round(m)`.
    static func round(_ d: Int64, _ m: Int64) -> Int64 {
        if m <= 0 { return d }
        var r = d % m
        if d < 0 {
            r = -r
            if lessThanHalf(r, m) { return d + r }
            let (d1, overflow) = d.subtractingReportingOverflow(m - r)
            return !overflow && d1 < d ? d1 : Int64.min
        }
        if lessThanHalf(r, m) { return d - r }
        let (d1, overflow) = d.addingReportingOverflow(m - r)
        return !overflow && d1 > d ? d1 : Int64.max
    }

    /// `Duration.Truncate(m)`.
    static func truncate(_ d: Int64, _ m: Int64) -> Int64 {
        m <= 0 ? d : d - d % m
    }

    static func lessThanHalf(_ x: Int64, _ y: Int64) -> Bool {
        UInt64(bitPattern: x) &+ UInt64(bitPattern: x) < UInt64(bitPattern: y)
    }
}
