/// Ports of Go's `strconv` number parsers, as `cast` and Sprig call them.
///
/// Each returns nil where Go returns an error; callers decide what an error means
/// (`cast` turns it into 0, `atoi` keeps the clamped value of a range error).
enum GoStrconv {
    /// The result of `strconv.ParseInt`: the value Go returns and whether it returned an error.
    struct IntResult {
        var value: Int64
        var failed: Bool
    }

    /// Port of `strconv.ParseInt(s, base, 64)`, including the clamped value on range errors.
    static func parseInt(_ s: String, base: Int) -> IntResult {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return IntResult(value: 0, failed: true) }
        var start = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "+") {
            start = 1
        } else if bytes[0] == UInt8(ascii: "-") {
            negative = true
            start = 1
        }
        let unsigned = parseUint(bytes[start...], base: base)
        if unsigned.syntaxError { return IntResult(value: 0, failed: true) }
        let cutoff: UInt64 = 1 << 63
        if !negative && unsigned.value >= cutoff {
            return IntResult(value: Int64.max, failed: true)
        }
        if negative && unsigned.value > cutoff {
            return IntResult(value: Int64.min, failed: true)
        }
        let magnitude = Int64(truncatingIfNeeded: unsigned.value)
        let value = negative ? 0 &- magnitude : magnitude
        return IntResult(value: value, failed: unsigned.rangeError)
    }

    private struct UintResult {
        var value: UInt64
        var syntaxError = false
        var rangeError = false
    }

    /// Port of `strconv.ParseUint(s, base, 64)`.
    private static func parseUint(_ s: ArraySlice<UInt8>, base requestedBase: Int) -> UintResult {
        guard let first = s.first else { return UintResult(value: 0, syntaxError: true) }
        let base0 = requestedBase == 0
        var base = requestedBase
        var digits = s
        if base0 {
            base = 10
            if first == UInt8(ascii: "0") {
                let second = s.count >= 3 ? lower(s[s.startIndex + 1]) : 0
                switch second {
                case UInt8(ascii: "b"): base = 2; digits = s.dropFirst(2)
                case UInt8(ascii: "o"): base = 8; digits = s.dropFirst(2)
                case UInt8(ascii: "x"): base = 16; digits = s.dropFirst(2)
                default: base = 8; digits = s.dropFirst(1)
                }
            }
        }
        var n: UInt64 = 0
        var underscores = false
        for c in digits {
            let d: UInt8
            if c == UInt8(ascii: "_") && base0 {
                underscores = true
                continue
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                d = c - UInt8(ascii: "0")
            } else if lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "z") {
                d = lower(c) - UInt8(ascii: "a") + 10
            } else {
                return UintResult(value: 0, syntaxError: true)
            }
            if Int(d) >= base { return UintResult(value: 0, syntaxError: true) }
            let (product, o1) = n.multipliedReportingOverflow(by: UInt64(base))
            let (sum, o2) = product.addingReportingOverflow(UInt64(d))
            if o1 || o2 {
                // Go returns at the first overflow, before looking at later digits.
                return UintResult(value: UInt64.max, rangeError: true)
            }
            n = sum
        }
        if underscores && !underscoreOK(s) { return UintResult(value: 0, syntaxError: true) }
        return UintResult(value: n)
    }

    /// Port of `strconv.Atoi`: Go's result value even when it reports an error.
    static func atoi(_ s: String) -> Int64 {
        let bytes = Array(s.utf8)
        if !bytes.isEmpty && bytes.count < 19 {
            var start = 0
            if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
                start = 1
                if bytes.count < 2 { return 0 }
            }
            var n: Int64 = 0
            for c in bytes[start...] {
                let d = c &- UInt8(ascii: "0")
                if d > 9 { return 0 }
                n = n * 10 + Int64(d)
            }
            return bytes[0] == UInt8(ascii: "-") ? -n : n
        }
        let result = parseInt(s, base: 10)
        return result.value
    }

    /// Port of `strconv.ParseFloat(s, 64)`; nil on any error (syntax or range).
    static func parseFloat(_ s: String) -> Double? {
        let bytes = Array(s.utf8)
        if let special = special(bytes) { return special }
        guard let text = validatedFloatText(bytes) else { return nil }
        guard let value = Double(text) else { return nil }
        // Go reports overflow as a range error; specials were handled above.
        return value.isInfinite ? nil : value
    }

    /// Port of `strconv.special`: signed or unsigned `inf`, `infinity`, `nan`, whole string only.
    private static func special(_ bytes: [UInt8]) -> Double? {
        guard let first = bytes.first else { return nil }
        var sign: Double = 1
        var rest = bytes[...]
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if first == UInt8(ascii: "-") { sign = -1 }
            rest = bytes.dropFirst()
            let word = String(decoding: rest.map(lower), as: UTF8.self)
            return word == "inf" || word == "infinity" ? sign * .infinity : nil
        }
        let word = String(decoding: rest.map(lower), as: UTF8.self)
        if word == "inf" || word == "infinity" { return .infinity }
        if word == "nan" { return .nan }
        return nil
    }

    /// Checks Go's float syntax (`readFloat`) over the whole string and returns the text
    /// without underscores, ready for Swift's correctly rounded parser.
    private static func validatedFloatText(_ s: [UInt8]) -> String? {
        var i = 0
        var underscores = false
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        var hex = false
        if i + 2 < s.count && s[i] == UInt8(ascii: "0") && lower(s[i + 1]) == UInt8(ascii: "x") {
            hex = true
            i += 2
        }
        var sawDot = false
        var sawDigits = false
        scan: while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { break scan }
                sawDot = true
            } else if isDigit(c) || (hex && lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "f")) {
                sawDigits = true
            } else {
                break scan
            }
            i += 1
        }
        guard sawDigits else { return nil }
        let expChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < s.count && lower(s[i]) == expChar {
            i += 1
            guard i < s.count else { return nil }
            if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            guard i < s.count, isDigit(s[i]) else { return nil }
            while i < s.count && (isDigit(s[i]) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") { underscores = true }
                i += 1
            }
        } else if hex {
            return nil
        }
        guard i == s.count else { return nil }
        if underscores && !underscoreOK(s[...]) { return nil }
        return String(decoding: s.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }

    /// Port of `strconv.underscoreOK`.
    static func underscoreOK(_ bytes: ArraySlice<UInt8>) -> Bool {
        var s = bytes
        if let first = s.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            s = s.dropFirst()
        }
        var saw: UInt8 = UInt8(ascii: "^")
        var hex = false
        var index = s.startIndex
        if s.count >= 2 && s[index] == UInt8(ascii: "0") {
            let p = lower(s[index + 1])
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                index += 2
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        while index < s.endIndex {
            let c = s[index]
            index += 1
            if isDigit(c) || (hex && lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "f")) {
                saw = UInt8(ascii: "0")
                continue
            }
            if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }

    @inline(__always)
    private static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

    @inline(__always)
    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}
