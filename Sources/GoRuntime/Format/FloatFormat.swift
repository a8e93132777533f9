/// Go's `strconv.FormatFloat` for float64: formats `e`, `E`, `f`, `g`, `G` with a precision,
/// or the shortest representation that round-trips when `precision` is -1; also the binary
/// `b` and hexadecimal `x`/`X` formats (FloatFormat+Binary.swift).
public enum FloatFormat {
    /// Decimal digits of a float (no leading/trailing zeros) and the decimal point position:
    /// value = 0.d1d2d3... × 10^decimalPoint.
    struct Digits {
        var digits: [UInt8]  // ASCII digits
        var decimalPoint: Int
    }

    /// `strconv.FormatFloat(value, fmt, precision, 64)`: NaN, ±Inf, or the digits in format
    /// `fmt` (`e E f F g G b x X`); a negative precision asks for the shortest exact form.
    public static func format(_ value: Double, _ fmt: Character, precision: Int = -1) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        switch fmt {
        case "b": return formatBinary(value)
        case "x", "X": return formatHex(value, precision: precision, upper: fmt == "X")
        default: break
        }
        let negative = value.sign == .minus
        let magnitude = Swift.abs(value)
        // Fast path: `%v` of a small whole number (ports, replicas) is its integer digits.
        if precision < 0 && (fmt == "g" || fmt == "G") && magnitude < 1e6 && magnitude.rounded(.towardZero) == magnitude {
            return (negative ? "-" : "") + String(Int64(magnitude))
        }
        let shortest = precision < 0
        var prec = precision
        var digs: Digits
        switch fmt {
        case "f", "F":
            if shortest {
                digs = shortestDigits(magnitude)
                prec = max(digs.digits.count - digs.decimalPoint, 0)
            } else {
                if let rounded = roundedShortest(magnitude, place: -prec) {
                    return (negative ? "-" : "") + formatF(rounded, prec)
                }
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
}
