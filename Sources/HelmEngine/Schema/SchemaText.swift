import GoRuntime

/// Text helpers for schema messages: jsonschema's `quote`/`display`, and the number style of
/// `golang.org/x/text/message` in English (`1,234`, `1.5×10⁰⁶`), which its messages use.
enum SchemaText {
    /// jsonschema's `quote`: Go's `%q`, then `\"` unescaped and `'` escaped, in single quotes.
    static func quote(_ s: String) -> String {
        var q = GoQuote.quote(s)
        q = replacingAll(q, "\\\"", with: "\"")
        q = replacingAll(q, "'", with: "\\'")
        return "'" + String(q.dropFirst().dropLast()) + "'"
    }

    static func joinQuoted(_ items: [String]) -> String {
        items.map(quote).joined(separator: ", ")
    }

    /// jsonschema's `display` of a schema value (enum/const): numbers as written in the schema.
    static func display(_ value: SchemaJSON) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .number(let text): return text
        case .string(let s): return quote(s)
        case .array, .object: return "value"
        }
    }

    /// `%d` of an int through an English message printer: thousands grouped with commas.
    static func int(_ n: Int) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + group(digits)
    }

    /// `%v` of a float64 through an English message printer: shortest digits, decimal with
    /// grouping when the exponent is in [-4, 6), else `d.ddd×10ⁿⁿ` with superscript digits.
    static func float(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-∞" : "∞" }
        if v == 0 { return "0" }
        let e = FloatFormat.format(v.magnitude, "e")
        guard let eIndex = e.firstIndex(of: "e"), let exp = Int(e[e.index(after: eIndex)...]) else { return e }
        let digits = e[..<eIndex].filter { $0 != "." }
        let sign = v < 0 ? "-" : ""
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            return sign + mantissa + "×10" + superscript(exp)
        }
        if exp < 0 {
            return sign + "0." + String(repeating: "0", count: -exp - 1) + digits
        }
        let intCount = exp + 1
        var intPart = String(digits.prefix(intCount))
        if intPart.count < intCount { intPart += String(repeating: "0", count: intCount - intPart.count) }
        let frac = digits.count > intCount ? "." + digits.dropFirst(intCount) : ""
        return sign + group(intPart) + frac
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    private static func superscript(_ exp: Int) -> String {
        let table: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var digits = String(exp.magnitude)
        if digits.count < 2 { digits = "0" + digits }
        let body = String(digits.map { table[Int($0.asciiValue ?? 48) - 48] })
        return (exp < 0 ? "⁻" : "") + body
    }

    /// Every occurrence of `target` in `s` replaced (no Foundation).
    private static func replacingAll(_ s: String, _ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
