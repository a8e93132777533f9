import GoRuntime
import GoTemplate
import Glibc

extension Sprig {
    /// Sprig's integer and float math (functions.go "VERY basic arithmetic", numeric.go).
    ///
    /// Integer functions convert every operand with `cast.ToInt64` and wrap on overflow
    /// like Go; float functions go through shopspring/decimal (see `SprigDecimal`).
    static var mathFunctions: FunctionMap {
        var f: FunctionMap = [
            "add1": TemplateFunction([.any]) { a in .goInt64(SprigCast.toInt64(a.arg(0)) &+ 1) },
            "add": TemplateFunction([], variadic: .any) { a in
                .goInt64(a.reduce(Int64(0)) { $0 &+ SprigCast.toInt64($1) })
            },
            "sub": TemplateFunction([.any, .any]) { a in
                .goInt64(SprigCast.toInt64(a.arg(0)) &- SprigCast.toInt64(a.arg(1)))
            },
            "div": TemplateFunction([.any, .any]) { a in
                let divisor = SprigCast.toInt64(a.arg(1))
                if divisor == 0 { throw GoPanic("runtime error: integer divide by zero") }
                return .goInt64(SprigCast.toInt64(a.arg(0)).dividedReportingOverflow(by: divisor).partialValue)
            },
            "mod": TemplateFunction([.any, .any]) { a in
                let divisor = SprigCast.toInt64(a.arg(1))
                if divisor == 0 { throw GoPanic("runtime error: integer divide by zero") }
                return .goInt64(SprigCast.toInt64(a.arg(0)).remainderReportingOverflow(dividingBy: divisor).partialValue)
            },
            "mul": TemplateFunction([.any], variadic: .any) { a in
                .goInt64(a.dropFirst().reduce(SprigCast.toInt64(a.arg(0))) { $0 &* SprigCast.toInt64($1) })
            },
            "max": TemplateFunction([.any], variadic: .any) { a in .goInt64(extreme(a, >)) },
            "biggest": TemplateFunction([.any], variadic: .any) { a in .goInt64(extreme(a, >)) },
            "min": TemplateFunction([.any], variadic: .any) { a in .goInt64(extreme(a, <)) },
            "maxf": TemplateFunction([.any], variadic: .any) { a in
                .float(a.dropFirst().reduce(SprigCast.toFloat64(a.arg(0))) { goMax($0, SprigCast.toFloat64($1)) })
            },
            "minf": TemplateFunction([.any], variadic: .any) { a in
                .float(a.dropFirst().reduce(SprigCast.toFloat64(a.arg(0))) { goMin($0, SprigCast.toFloat64($1)) })
            },
            "floor": TemplateFunction([.any]) { a in .float(Glibc.floor(SprigCast.toFloat64(a.arg(0)))) },
            "ceil": TemplateFunction([.any]) { a in .float(Glibc.ceil(SprigCast.toFloat64(a.arg(0)))) },
            "round": TemplateFunction([.any, .int], variadic: .float64) { a in
                .float(round(SprigCast.toFloat64(a.arg(0)), places: a.int(1), roundOn: a.count > 2 ? a.float(2) : 0.5))
            },
        ]
        f.merge(decimalFunctions) { first, _ in first }
        f.merge(sequenceFunctions) { first, _ in first }
        return f
    }

    /// Sprig `max`/`min`: `toInt64` of every operand, keeping the one `better` prefers.
    private static func extreme(_ a: [Value], _ better: (Int64, Int64) -> Bool) -> Int64 {
        a.dropFirst().reduce(SprigCast.toInt64(a.arg(0))) { current, next in
            let value = SprigCast.toInt64(next)
            return better(value, current) ? value : current
        }
    }

    /// Go's `math.Max`: NaN wins, and +0 beats -0.
    static func goMax(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x > 0 || y.isInfinite && y > 0 { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    /// Go's `math.Min`: NaN wins, and -0 beats +0.
    static func goMin(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x < 0 || y.isInfinite && y < 0 { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }

    /// Sprig `round`: scales by 10^places, rounds up when the fraction is at least
    /// `roundOn`, and scales back.
    static func round(_ value: Double, places: Int64, roundOn: Double) -> Double {
        let pow = Glibc.pow(10, Double(places))
        let digit = pow * value
        let fraction = goModfFraction(digit)
        let rounded = fraction >= roundOn ? Glibc.ceil(digit) : Glibc.floor(digit)
        return rounded / pow
    }

    /// The fractional part from Go's `math.Modf` (sign of the input; NaN for ±Inf and NaN).
    static func goModfFraction(_ f: Double) -> Double {
        if f.isInfinite || f.isNaN { return .nan }
        if f < 1 && f > -1 { return f }
        return f - f.rounded(.towardZero)
    }
}
