#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's `strconv.FormatFloat` for float64: formats `e`, `E`, `f`, `g`, `G` with a precision,
/// or the shortest representation that round-trips when `precision` is -1.
public enum FloatFormat {
    /// Decimal digits of a float (no leading/trailing zeros) and the decimal point position:
    /// value = 0.d1d2d3... × 10^decimalPoint.
    struct Digits {
        var digits: [UInt8]  // ASCII digits
        var decimalPoint: Int
    }

    public static func format(_ value: Double, _ fmt: Character, precision: Int = -1) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let negative = value.sign == .minus
        let magnitude = Swift.abs(value)
        let shortest = precision < 0
        var prec = precision
        var digs: Digits
        switch fmt {
        case "f", "F":
            if shortest {
                digs = shortestDigits(magnitude)
                prec = max(digs.digits.count - digs.decimalPoint, 0)
            } else {
                return (negative ? "-" : "") + cFormat(magnitude, "f", prec)
            }
            return (negative ? "-" : "") + formatF(digs, prec)
        case "e", "E":
            if shortest {
                digs = shortestDigits(magnitude)
                prec = digs.digits.count - 1
            } else {
                digs = roundedDigits(magnitude, significant: prec + 1)
            }
            return (negative ? "-" : "") + formatE(digs, prec, upper: fmt == "E")
        default:  // g, G
            if shortest {
                digs = shortestDigits(magnitude)
                prec = digs.digits.count
            } else {
                if prec == 0 { prec = 1 }
                digs = roundedDigits(magnitude, significant: prec)
            }
            var eprec = prec
            if eprec > digs.digits.count && digs.digits.count >= digs.decimalPoint {
                eprec = digs.digits.count
            }
            if shortest { eprec = 6 }
            let exp = digs.decimalPoint - 1
            if exp < -4 || exp >= eprec {
                if prec > digs.digits.count { prec = digs.digits.count }
                return (negative ? "-" : "") + formatE(digs, prec - 1, upper: fmt == "G")
            }
            if prec > digs.decimalPoint { prec = digs.digits.count }
            return (negative ? "-" : "") + formatF(digs, max(prec - digs.decimalPoint, 0))
        }
    }

    /// Shortest round-trip digits, taken from Swift's own shortest formatting.
    static func shortestDigits(_ magnitude: Double) -> Digits {
        if magnitude == 0 { return Digits(digits: [], decimalPoint: 0) }
        let text = magnitude.description.utf8
        var mantissa: [UInt8] = []
        var exponent = 0
        var pointIndex: Int? = nil
        var iterator = text.makeIterator()
        var sawE = false
        var expText: [UInt8] = []
        while let c = iterator.next() {
            if sawE { expText.append(c); continue }
            if c == UInt8(ascii: ".") { pointIndex = mantissa.count; continue }
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { sawE = true; continue }
            mantissa.append(c)
        }
        if !expText.isEmpty { exponent = Int(String(decoding: expText, as: UTF8.self)) ?? 0 }
        var decimalPoint = (pointIndex ?? mantissa.count) + exponent
        // Strip leading zeros.
        var start = 0
        while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var end = mantissa.count
        while end > start && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return Digits(digits: Array(mantissa[start..<end]), decimalPoint: decimalPoint)
    }

    /// Digits correctly rounded (half to even on the exact binary value) to `significant` digits.
    static func roundedDigits(_ magnitude: Double, significant: Int) -> Digits {
        let n = max(significant, 1)
        if magnitude == 0 { return Digits(digits: [], decimalPoint: 0) }
        let text = cFormat(magnitude, "e", n - 1).utf8  // d.ddddde±XX
        var mantissa: [UInt8] = []
        var expText: [UInt8] = []
        var sawE = false
        for c in text {
            if sawE { expText.append(c); continue }
            if c == UInt8(ascii: "e") { sawE = true; continue }
            if c == UInt8(ascii: ".") { continue }
            mantissa.append(c)
        }
        let exponent = Int(String(decoding: expText, as: UTF8.self)) ?? 0
        var end = mantissa.count
        while end > 0 && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return Digits(digits: Array(mantissa[0..<end]), decimalPoint: exponent + 1)
    }

    /// %e: -d.ddddde±dd
    static func formatE(_ d: Digits, _ prec: Int, upper: Bool) -> String {
        var out: [UInt8] = []
        out.append(d.digits.first ?? UInt8(ascii: "0"))
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let m = min(d.digits.count, prec + 1)
            while i < m { out.append(d.digits[i]); i += 1 }
            while i <= prec { out.append(UInt8(ascii: "0")); i += 1 }
        }
        out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        var exp = d.digits.isEmpty ? 0 : d.decimalPoint - 1
        if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
        if exp < 10 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0") + UInt8(exp))
        } else {
            out.append(contentsOf: Array(String(exp).utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// %f: -ddddd.ddddd
    static func formatF(_ d: Digits, _ prec: Int) -> String {
        var out: [UInt8] = []
        if d.decimalPoint > 0 {
            var m = min(d.digits.count, d.decimalPoint)
            out.append(contentsOf: d.digits[0..<m])
            while m < d.decimalPoint { out.append(UInt8(ascii: "0")); m += 1 }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...prec {
                let j = d.decimalPoint + i - 1
                out.append(j >= 0 && j < d.digits.count ? d.digits[j] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// C's correctly rounded printf for a non-negative finite value.
    static func cFormat(_ magnitude: Double, _ conversion: String, _ precision: Int) -> String {
        let format = "%." + String(max(precision, 0)) + conversion
        var buffer = [CChar](repeating: 0, count: 400)
        let written = withVaList([magnitude]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, args) }
        }
        if written >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(written) + 1)
            _ = withVaList([magnitude]) { args in
                buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, args) }
            }
        }
        return buffer.withUnsafeBufferPointer { ptr in
            String(decoding: UnsafeRawBufferPointer(ptr).prefix(Int(written)), as: UTF8.self)
        }
    }
}
