import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's type conversion functions; they never fail (spf13/cast errors become 0).
    static var conversionFunctions: FunctionMap {
        [
            "atoi": TemplateFunction([.string]) { a in .goInt(GoStrconv.atoi(a.string(0))) },
            "int64": TemplateFunction([.any]) { a in .goInt64(SprigCast.toInt64(a.arg(0))) },
            "int": TemplateFunction([.any]) { a in .goInt(SprigCast.toInt(a.arg(0))) },
            "float64": TemplateFunction([.any]) { a in .float(SprigCast.toFloat64(a.arg(0))) },
            "toDecimal": TemplateFunction([.any]) { a in
                // strconv.ParseInt(fmt.Sprint(v), 8, 64), 0 on error.
                let result = GoStrconv.parseInt(GoFormat.sprint([a.arg(0)]), base: 8)
                return .goInt64(result.failed ? 0 : result.value)
            },
            "toString": TemplateFunction([.any]) { a in .string(SprigCast.toString(a.arg(0))) },
            "toStrings": TemplateFunction([.any]) { a in .stringList(SprigCast.toStringList(a.arg(0))) },
        ]
    }
}
