import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's float math (`addf`, `subf`, `mulf`, `divf`, `add1f`): each operand becomes a
    /// shopspring/decimal v1.4 value via `NewFromFloat`, the operation is exact (division
    /// rounds half away from zero at 16 decimal places), and the result is converted back
    /// to the nearest float64.
    static var decimalFunctions: FunctionMap {
        [
            "add1f": TemplateFunction([.any]) { a in
                .float(try decimalOp(a.arg(0), [.int(1, .int)], SprigDecimal.adding))
            },
            "addf": TemplateFunction([], variadic: .any) { a in
                .float(try decimalOp(.float(0), a, SprigDecimal.adding))
            },
            "subf": TemplateFunction([.any], variadic: .any) { a in
                .float(try decimalOp(a.arg(0), Array(a.dropFirst()), SprigDecimal.subtracting))
            },
            "mulf": TemplateFunction([.any], variadic: .any) { a in
                .float(try decimalOp(a.arg(0), Array(a.dropFirst()), SprigDecimal.multiplying))
            },
            "divf": TemplateFunction([.any], variadic: .any) { a in
                .float(try decimalOp(a.arg(0), Array(a.dropFirst()), SprigDecimal.dividing))
            },
        ]
    }

    /// Port of numeric.go `execDecimalOp`.
    private static func decimalOp(
        _ first: Value, _ rest: [Value], _ op: (SprigDecimal, SprigDecimal) throws -> SprigDecimal
    ) throws -> Double {
        var result = try SprigDecimal(SprigCast.toFloat64(first))
        for operand in rest {
            result = try op(result, SprigDecimal(SprigCast.toFloat64(operand)))
        }
        return result.doubleValue
    }
}

/// An exact decimal number `±digits × 10^exponent`, enough of shopspring/decimal for Sprig.
struct SprigDecimal {
    /// Magnitude digits, most significant first, without leading zeros (empty for zero).
    var digits: [UInt8]
    var exponent: Int
    var negative: Bool

    /// `decimal.DivisionPrecision`.
    static let divisionPrecision = 16

    /// `decimal.NewFromFloat`: the shortest decimal that reads back as `value`.
    init(_ value: Double) throws {
        guard value.isFinite else {
            throw GoPanic("Cannot create a Decimal from \(GoFormat.value(.float(value)))")
        }
        negative = false
        digits = []
        exponent = 0
        if value == 0 { return }
        // FloatFormat 'e' with precision -1 gives Go's shortest digits: "-d.ddde±xx".
        let text = FloatFormat.format(value, "e", precision: -1)
        var mantissa: [UInt8] = []
        var exp = 0
        var expSign = 1
        var inExponent = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where !inExponent: negative = true
            case UInt8(ascii: "-"): expSign = -1
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent { exp = exp * 10 + Int(byte - UInt8(ascii: "0")) } else { mantissa.append(byte - UInt8(ascii: "0")) }
            default: break
            }
        }
        digits = Self.trimmed(mantissa)
        exponent = expSign * exp - (mantissa.count - 1)
    }

    private init(digits: [UInt8], exponent: Int, negative: Bool) {
        self.digits = Self.trimmed(digits)
        self.exponent = exponent
        self.negative = self.digits.isEmpty ? false : negative
    }

    /// The nearest float64 (`Rat().Float64()`).
    var doubleValue: Double {
        if digits.isEmpty { return 0 }
        let text = (negative ? "-" : "") + String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
            + "e" + String(exponent)
        return Double(text) ?? 0
    }

    static func adding(_ a: SprigDecimal, _ b: SprigDecimal) -> SprigDecimal {
        let e = min(a.exponent, b.exponent)
        let x = shifted(a.digits, by: a.exponent - e)
        let y = shifted(b.digits, by: b.exponent - e)
        if a.negative == b.negative {
            return SprigDecimal(digits: add(x, y), exponent: e, negative: a.negative)
        }
        if compare(x, y) >= 0 {
            return SprigDecimal(digits: subtract(x, y), exponent: e, negative: a.negative)
        }
        return SprigDecimal(digits: subtract(y, x), exponent: e, negative: b.negative)
    }

    static func subtracting(_ a: SprigDecimal, _ b: SprigDecimal) -> SprigDecimal {
        var negated = b
        negated.negative = !b.negative && !b.digits.isEmpty
        return adding(a, negated)
    }

    static func multiplying(_ a: SprigDecimal, _ b: SprigDecimal) -> SprigDecimal {
        SprigDecimal(digits: multiply(a.digits, b.digits), exponent: a.exponent + b.exponent, negative: a.negative != b.negative)
    }

    /// `Div`: `DivRound(d2, 16)`, rounding half away from zero.
    static func dividing(_ a: SprigDecimal, _ b: SprigDecimal) throws -> SprigDecimal {
        if b.digits.isEmpty { throw GoPanic("decimal division by 0") }
        let k = a.exponent - b.exponent + divisionPrecision
        let numerator = k >= 0 ? shifted(a.digits, by: k) : a.digits
        let denominator = k >= 0 ? b.digits : shifted(b.digits, by: -k)
        var (quotient, remainder) = divide(numerator, denominator)
        if compare(add(remainder, remainder), denominator) >= 0 {
            quotient = add(quotient, [1])
        }
        return SprigDecimal(digits: quotient, exponent: -divisionPrecision, negative: a.negative != b.negative)
    }

    // MARK: - Unsigned decimal digit arithmetic

    private static func trimmed(_ digits: [UInt8]) -> [UInt8] {
        guard let first = digits.firstIndex(where: { $0 != 0 }) else { return [] }
        return first == 0 ? digits : Array(digits[first...])
    }

    private static func shifted(_ digits: [UInt8], by zeros: Int) -> [UInt8] {
        digits.isEmpty || zeros <= 0 ? digits : digits + [UInt8](repeating: 0, count: zeros)
    }

    private static func compare(_ x: [UInt8], _ y: [UInt8]) -> Int {
        let a = trimmed(x)
        let b = trimmed(y)
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for (p, q) in zip(a, b) where p != q { return p < q ? -1 : 1 }
        return 0
    }

    private static func add(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(max(x.count, y.count) + 1)
        var i = x.count - 1
        var j = y.count - 1
        var carry: UInt8 = 0
        while i >= 0 || j >= 0 || carry > 0 {
            var sum = carry
            if i >= 0 { sum += x[i] }
            if j >= 0 { sum += y[j] }
            result.append(sum % 10)
            carry = sum / 10
            i -= 1
            j -= 1
        }
        return trimmed(result.reversed())
    }

    /// `x - y` for `x >= y`.
    private static func subtract(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result = x
        var borrow = 0
        var j = y.count - 1
        var i = x.count - 1
        while i >= 0 {
            var d = Int(result[i]) - borrow - (j >= 0 ? Int(y[j]) : 0)
            borrow = 0
            if d < 0 {
                d += 10
                borrow = 1
            }
            result[i] = UInt8(d)
            i -= 1
            j -= 1
        }
        return trimmed(result)
    }

    private static func multiply(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        if x.isEmpty || y.isEmpty { return [] }
        var product = [Int](repeating: 0, count: x.count + y.count)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                product[i + j + 1] += Int(x[i]) * Int(y[j])
            }
        }
        for k in stride(from: product.count - 1, to: 0, by: -1) where product[k] >= 10 {
            product[k - 1] += product[k] / 10
            product[k] %= 10
        }
        return trimmed(product.map { UInt8($0) })
    }

    /// Long division: quotient and remainder of `x / y` for `y > 0`.
    private static func divide(_ x: [UInt8], _ y: [UInt8]) -> ([UInt8], [UInt8]) {
        var quotient: [UInt8] = []
        quotient.reserveCapacity(x.count)
        var remainder: [UInt8] = []
        for digit in x {
            remainder = trimmed(remainder + [digit])
            var q: UInt8 = 0
            while compare(remainder, y) >= 0 {
                remainder = subtract(remainder, y)
                q += 1
            }
            quotient.append(q)
        }
        return (trimmed(quotient), remainder)
    }
}
