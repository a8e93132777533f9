extension FloatFormat {
    /// The sign, the integer mantissa (with the implicit bit) and the binary exponent of a
    /// finite value, as Go's `genericFtoa` computes them: value = mantissa × 2^(exponent - 52).
    private static func decompose(_ value: Double) -> (negative: Bool, mantissa: UInt64, exponent: Int) {
        let bits = value.bitPattern
        let negative = bits >> 63 != 0
        var exponent = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)
        if exponent == 0 {
            exponent += 1  // denormalized
        } else {
            mantissa |= 1 << 52
        }
        exponent += -1023
        return (negative, mantissa, exponent)
    }

    /// Go's `%b` for floats: decimal mantissa, `p`, binary exponent (`4503599627370496p-52`).
    static func formatBinary(_ value: Double) -> String {
        let (negative, mantissa, exponent) = decompose(value)
        let exp = exponent - 52
        var out = negative ? "-" : ""
        out += String(mantissa)
        out += exp >= 0 ? "p+" : "p"
        out += String(exp)
        return out
    }

    /// Go's `%x`/`%X` for floats: `-0x1.yyyyp±dd`, rounded to `precision` hex digits when
    /// `precision` is in 0..<15, shortest exact otherwise.
    static func formatHex(_ value: Double, precision: Int, upper: Bool) -> String {
        var (negative, mant, exp) = decompose(value)
        if mant == 0 { exp = 0 }
        // Shift digits so the leading 1 (if any) is at bit 1<<60.
        mant <<= 60 - 52
        while mant != 0 && mant & (1 << 60) == 0 {
            mant <<= 1
            exp -= 1
        }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let extra = (mant << shift) & ((1 << 60) - 1)
            mant >>= 60 - shift
            if extra | (mant & 1) > 1 << 59 { mant += 1 }
            mant <<= 60 - shift
            if mant & (1 << 61) != 0 {
                mant >>= 1
                exp += 1
            }
        }
        let hex: [UInt8] = upper ? Array("0123456789ABCDEF".utf8) : Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0"))
        out.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        out.append(UInt8(ascii: "0") + UInt8((mant >> 60) & 1))
        mant <<= 4  // remove the leading 0 or 1
        if precision < 0 && mant != 0 {
            out.append(UInt8(ascii: "."))
            while mant != 0 {
                out.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        } else if precision > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<precision {
                out.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        }
        out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exp < 0 {
            out.append(UInt8(ascii: "-"))
            exp = -exp
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: String(exp).utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
