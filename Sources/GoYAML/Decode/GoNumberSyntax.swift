/// The pieces of Go's `strconv` that go-yaml v2's resolver (resolve.go) relies on,
/// working on UTF-8 bytes.
enum GoNumberSyntax {
    /// `strconv.ParseInt(s, 0, 64)`: optional sign, then `0x`/`0o`/`0b` prefixes or a leading
    /// `0` for octal. Underscores must already be removed (resolve.go strips them).
    static func parseInt(_ s: [UInt8]) -> Int64? {
        var i = 0
        var negative = false
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        guard let magnitude = parseUnsignedBody(s, from: i) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s, 0, 64)`: like `parseInt` but no sign is allowed.
    static func parseUint(_ s: [UInt8]) -> UInt64? {
        parseUnsignedBody(s, from: 0)
    }

    /// `strconv.ParseInt(s, base, 64)` for an explicit base (go-yaml's `0b` fallback).
    static func parseInt(_ s: ArraySlice<UInt8>, base: UInt64) -> Int64? {
        var i = s.startIndex
        var negative = false
        if i < s.endIndex, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        guard let magnitude = digits(s[i...], base: base) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s, base, 64)` for an explicit base.
    static func parseUint(_ s: ArraySlice<UInt8>, base: UInt64) -> UInt64? {
        digits(s, base: base)
    }

    private static func parseUnsignedBody(_ s: [UInt8], from start: Int) -> UInt64? {
        guard start < s.count else { return nil }
        var base: UInt64 = 10
        var i = start
        if s[i] == UInt8(ascii: "0") {
            if i + 1 < s.count {
                switch s[i + 1] | 0x20 {
                case UInt8(ascii: "x"): base = 16; i += 2
                case UInt8(ascii: "o"): base = 8; i += 2
                case UInt8(ascii: "b"): base = 2; i += 2
                default: base = 8; i += 1
                }
            } else {
                return 0
            }
        }
        return digits(s[i...], base: base)
    }

    /// Digits in `base` with overflow checking; at least one digit.
    private static func digits(_ s: ArraySlice<UInt8>, base: UInt64) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var n: UInt64 = 0
        for c in s {
            let d: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard d < base else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = a
        }
        return n
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ s: [UInt8]) -> Bool {
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            if i == start { return false }
        } else {
            let start = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            if i == start { return false }
            if i < s.count, s[i] == UInt8(ascii: ".") {
                i += 1
                while i < s.count, isDigit(s[i]) { i += 1 }
            }
        }
        return exponentToEnd(s, from: i)
    }

    /// Go's `strconv.ParseFloat` syntax for a decimal beginning with a dot: `.digits[e[sign]digits]`.
    static func isDotFloat(_ s: [UInt8]) -> Bool {
        guard s.first == UInt8(ascii: ".") else { return false }
        var i = 1
        while i < s.count, isDigit(s[i]) { i += 1 }
        if i == 1 { return false }
        return exponentToEnd(s, from: i)
    }

    private static func exponentToEnd(_ s: [UInt8], from start: Int) -> Bool {
        var i = start
        if i == s.count { return true }
        guard s[i] | 0x20 == UInt8(ascii: "e") else { return false }
        i += 1
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        return i > digitsStart && i == s.count
    }

    /// `strconv.ParseFloat(s, 64)` for text already known to be a plain decimal; nil on overflow
    /// (Go reports ErrRange, which go-yaml treats as "not a float").
    static func parseDecimalFloat(_ s: [UInt8]) -> Double? {
        guard let d = Double(String(decoding: s, as: UTF8.self)), d.isFinite else { return nil }
        return d
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}
