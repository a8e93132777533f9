/// Go's `%g`/`'g', -1` layout applied to shortest round-trip digits taken from Swift's
/// `description` (which is shortest for both Float and Double).
enum ShortestFloat {
    /// Formats a finite non-negative `description` (e.g. `3.1415927`, `1e+10`, `1e-05`) as Go's
    /// `strconv.FormatFloat(x, 'g', -1, bits)`.
    static func formatG(description: String, negative: Bool) -> String {
        var mantissa: [UInt8] = []
        var pointIndex: Int?
        var exponentText: [UInt8] = []
        var inExponent = false
        for c in description.utf8 {
            if inExponent { exponentText.append(c); continue }
            switch c {
            case UInt8(ascii: "."): pointIndex = mantissa.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            default: mantissa.append(c)
            }
        }
        let exponent = Int(String(decoding: exponentText, as: UTF8.self)) ?? 0
        var decimalPoint = (pointIndex ?? mantissa.count) + exponent
        var start = 0
        while start < mantissa.count, mantissa[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var end = mantissa.count
        while end > start, mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        let digits = Array(mantissa[start..<end])
        let sign = negative ? "-" : ""
        if digits.isEmpty { return sign + "0" }
        let exp = decimalPoint - 1
        // strconv ftoa.go: with shortest precision %g switches to %e when exp < -4 || exp >= 6.
        if exp < -4 || exp >= 6 { return sign + eForm(digits, exp) }
        return sign + fForm(digits, decimalPoint)
    }

    private static func eForm(_ digits: [UInt8], _ exp: Int) -> String {
        var out = [digits[0]]
        if digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        var e = exp
        if e < 0 { out.append(UInt8(ascii: "-")); e = -e } else { out.append(UInt8(ascii: "+")) }
        if e < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(e).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    private static func fForm(_ digits: [UInt8], _ decimalPoint: Int) -> String {
        var out: [UInt8] = []
        if decimalPoint <= 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: -decimalPoint))
            out.append(contentsOf: digits)
        } else if decimalPoint >= digits.count {
            out.append(contentsOf: digits)
            out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: decimalPoint - digits.count))
        } else {
            out.append(contentsOf: digits[0..<decimalPoint])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[decimalPoint...])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
