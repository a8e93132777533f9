/// Go's `fmt` package for template values: `Sprint`, `Sprintln`, `Sprintf` and `%v`.
///
/// The output matches Go's byte for byte (checked against helm v4.3.1); see Printer.swift
/// for the machinery and Sprintf.swift for format-string interpretation.
public enum GoFormat {
    /// `fmt.Sprint(v)` of a single value: `%v` formatting.
    public static func value(_ v: Value) -> String {
        switch v {
        case .nil: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let kind): return kind.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let f): return FloatFormat.format(f, "g")
        case .string(let s): return s
        case .object(let o): return o.formatted
        case .list, .map:
            var printer = Printer(capacity: 64)
            printer.printArg(v, verb: Verb.v)
            return printer.string
        }
    }

    /// `fmt.Sprint(args...)`: spaces between operands when neither side is a string.
    public static func sprint(_ args: [Value]) -> String {
        if args.count == 1 { return value(args[0]) }
        var printer = Printer(capacity: 64)
        var previousWasString = false
        for (i, arg) in args.enumerated() {
            let isString: Bool
            if case .string = arg { isString = true } else { isString = false }
            if i > 0 && !isString && !previousWasString { printer.writeByte(UInt8(ascii: " ")) }
            printer.printArg(arg, verb: Verb.v)
            previousWasString = isString
        }
        return printer.string
    }

    /// `fmt.Sprintln(args...)`: always spaces between operands, newline at the end.
    public static func sprintln(_ args: [Value]) -> String {
        var printer = Printer(capacity: 64)
        for (i, arg) in args.enumerated() {
            if i > 0 { printer.writeByte(UInt8(ascii: " ")) }
            printer.printArg(arg, verb: Verb.v)
        }
        printer.writeByte(UInt8(ascii: "\n"))
        return printer.string
    }

    /// `fmt.Sprintf(format, args...)`, including Go's error notations (`%!d(string=a)`,
    /// `%!d(MISSING)`, `%!(EXTRA int=1)`, `%!(NOVERB)`, `%!(BADWIDTH)`, ...).
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        var printer = Printer(capacity: format.utf8.count + 16 * args.count)
        printer.doPrintf(format, args)
        return printer.string
    }

    /// The Go type name of a value, as `%T` prints it (`<nil>` for nil).
    public static func typeName(_ v: Value) -> String {
        v.goTypeName
    }
}
