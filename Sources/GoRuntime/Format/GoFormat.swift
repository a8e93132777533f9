/// Go's `fmt` package for template values: `Sprint`, `Sprintln`, `Sprintf` and `%v`.
/// STUB: to be replaced by the full implementation (see Printer.swift / Sprintf.swift).
public enum GoFormat {
    /// `fmt.Sprint(v)` of a single value: `%v` formatting.
    public static func value(_ v: Value) -> String {
        switch v {
        case .nil: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f): return FloatFormat.format(f, "g")
        case .string(let s): return s
        case .list(let l): return "[" + l.elements.map(value).joined(separator: " ") + "]"
        case .map(let m): return "map[" + m.sortedKeys.map { $0 + ":" + value(m.entries[$0] ?? .nil) }.joined(separator: " ") + "]"
        case .object(let o): return o.formatted
        }
    }

    /// `fmt.Sprint(args...)`: spaces between operands when neither side is a string.
    public static func sprint(_ args: [Value]) -> String {
        var out = ""
        var previousWasString = false
        for (i, a) in args.enumerated() {
            let isString: Bool
            if case .string = a { isString = true } else { isString = false }
            if i > 0 && !isString && !previousWasString { out += " " }
            out += value(a)
            previousWasString = isString
        }
        return out
    }

    /// `fmt.Sprintln(args...)`: always spaces between operands, newline at the end.
    public static func sprintln(_ args: [Value]) -> String {
        args.map(value).joined(separator: " ") + "\n"
    }

    /// `fmt.Sprintf(format, args...)`.
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        format  // STUB
    }
}
