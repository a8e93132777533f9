import GoRuntime
import GoTemplate

/// A `time.Time` value in a template, with the methods of Go's `time.Time` that return one
/// result (`.Year`, `.Format "..."`, `.Add`, `.UTC`, `.Unix`, ...). Prints like `Time.String()`.
final class GoTimeObject: GoObject {
    let time: GoTime

    init(_ time: GoTime) { self.time = time }

    var goTypeName: String { "time.Time" }
    var formatted: String { time.string }
    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        let t = time
        func result(_ v: @escaping () -> Value) -> GoMethod { GoMethod(arity: 0) { _ in v() } }
        func wrap(_ u: GoTime) -> Value { .object(GoTimeObject(u)) }
        switch name {
        case "String": return result { .string(t.string) }
        case "Year": return result { .int(Int(t.fields.year)) }
        case "Month": return result { .object(GoTimeEnum.month(t.fields.month)) }
        case "Day": return result { .int(t.fields.day) }
        case "Hour": return result { .int(t.fields.hour) }
        case "Minute": return result { .int(t.fields.minute) }
        case "Second": return result { .int(t.fields.second) }
        case "Nanosecond": return result { .int(Int(t.nsec)) }
        case "YearDay": return result { .int(t.fields.yday) }
        case "Weekday": return result { .object(GoTimeEnum.weekday(t.fields.weekday)) }
        case "Unix": return result { .int64(t.sec) }
        case "UnixMilli": return result { .int64(t.sec &* 1_000 &+ t.nsec / 1_000_000) }
        case "UnixMicro": return result { .int64(t.sec &* 1_000_000 &+ t.nsec / 1_000) }
        case "UnixNano": return result { .int64(t.sec &* 1_000_000_000 &+ t.nsec) }
        case "IsZero": return result { .bool(t.isZero) }
        case "IsDST": return result { .bool(t.location.lookup(t.sec).isDST) }
        case "UTC": return result { wrap(t.in(.utc)) }
        case "Local": return result { wrap(t.in(.local)) }
        case "Location": return result { .object(GoLocationObject(t.location)) }
        case "Format":
            return GoMethod(arity: 1) { args in .string(t.format(args.first?.stringValue ?? "")) }
        case "Add":
            return GoMethod(arity: 1) { args in wrap(t.adding(try GoDurationObject.nanoseconds(args.first))) }
        case "AddDate":
            return GoMethod(arity: 3) { args in
                let n = try args.map { try GoDurationObject.integer($0) }
                return wrap(t.addingDate(years: n[0], months: n[1], days: n[2]))
            }
        case "Sub":
            return GoMethod(arity: 1) { args in .object(GoDurationObject(t.sub(try GoTimeObject.argument(args)))) }
        case "After": return GoMethod(arity: 1) { args in .bool(t.compare(try GoTimeObject.argument(args)) > 0) }
        case "Before": return GoMethod(arity: 1) { args in .bool(t.compare(try GoTimeObject.argument(args)) < 0) }
        case "Equal": return GoMethod(arity: 1) { args in .bool(t.compare(try GoTimeObject.argument(args)) == 0) }
        case "Compare": return GoMethod(arity: 1) { args in .int(t.compare(try GoTimeObject.argument(args))) }
        case "Truncate":
            return GoMethod(arity: 1) { args in wrap(t.rounded(try GoDurationObject.nanoseconds(args.first), up: false)) }
        case "Round":
            return GoMethod(arity: 1) { args in wrap(t.rounded(try GoDurationObject.nanoseconds(args.first), up: true)) }
        case "In":
            return GoMethod(arity: 1) { args in
                guard case .object(let o)? = args.first, let loc = o as? GoLocationObject else {
                    throw FunctionError("wrong type for value; expected *time.Location; got "
                                        + (args.first?.goTypeName ?? "<nil>"))
                }
                return wrap(t.in(loc.location))
            }
        default: return nil
        }
    }

    /// The `time.Time` argument of a comparison method.
    static func argument(_ args: [Value]) throws -> GoTime {
        guard case .object(let o)? = args.first, let other = o as? GoTimeObject else {
            throw FunctionError("wrong type for value; expected time.Time; got " + (args.first?.goTypeName ?? "<nil>"))
        }
        return other.time
    }
}

extension GoTime {
    /// `t.Round(d)` / `t.Truncate(d)` (relative to the zero time, monotonic reading dropped).
    func rounded(_ d: Int64, up: Bool) -> GoTime {
        var t = self
        t.monotonic = nil
        guard d > 0 else { return t }
        let total = Int128(sec - GoTime.zero.sec) * 1_000_000_000 + Int128(nsec)
        var r = Int64(total % Int128(d))
        if r < 0 { r += d }
        if up && !GoDuration.lessThanHalf(r, d) { return t.adding(d - r) }
        return t.adding(-r)
    }
}

/// A `time.Duration` in a template; prints like `Duration.String()`.
final class GoDurationObject: GoObject {
    let nanoseconds: Int64

    init(_ nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    var goTypeName: String { "time.Duration" }
    var formatted: String { GoDuration.string(nanoseconds) }
    var truth: Bool { nanoseconds != 0 }
    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        let d = nanoseconds
        func result(_ v: @escaping () -> Value) -> GoMethod { GoMethod(arity: 0) { _ in v() } }
        switch name {
        case "String": return result { .string(GoDuration.string(d)) }
        case "Hours": return result { .float(Double(d / 3_600_000_000_000) + Double(d % 3_600_000_000_000) / 3.6e12) }
        case "Minutes": return result { .float(Double(d / 60_000_000_000) + Double(d % 60_000_000_000) / 6e10) }
        case "Seconds": return result { .float(Double(d / 1_000_000_000) + Double(d % 1_000_000_000) / 1e9) }
        case "Milliseconds": return result { .int64(d / 1_000_000) }
        case "Microseconds": return result { .int64(d / 1_000) }
        case "Nanoseconds": return result { .int64(d) }
        case "Abs": return result { .object(GoDurationObject(d == Int64.min ? Int64.max : abs(d))) }
        case "Round":
            return GoMethod(arity: 1) { args in .object(GoDurationObject(GoDuration.round(d, try GoDurationObject.nanoseconds(args.first)))) }
        case "Truncate":
            return GoMethod(arity: 1) { args in .object(GoDurationObject(GoDuration.truncate(d, try GoDurationObject.nanoseconds(args.first)))) }
        default: return nil
        }
    }

    /// A `time.Duration` argument: a Duration or an integer number of nanoseconds.
    static func nanoseconds(_ v: Value?) throws -> Int64 {
        if case .object(let o)? = v, let d = o as? GoDurationObject { return d.nanoseconds }
        guard let v else { throw FunctionError("missing argument") }
        return try integer(v)
    }

    static func integer(_ v: Value) throws -> Int64 {
        switch v {
        case .int(let i, _): return i
        case .float(let f) where f == f.rounded() && abs(f) < 9.2e18: return Int64(f)
        default: throw FunctionError("wrong type for value; expected int64; got " + v.goTypeName)
        }
    }
}

/// `time.Month` and `time.Weekday`: integers that print as names.
final class GoTimeEnum: GoObject {
    let goTypeName: String
    let number: Int
    let name: String

    init(type: String, number: Int, name: String) {
        goTypeName = type
        self.number = number
        self.name = name
    }

    static func month(_ m: Int) -> GoTimeEnum {
        GoTimeEnum(type: "time.Month", number: m, name: GoCalendar.monthNames[m - 1])
    }

    static func weekday(_ d: Int) -> GoTimeEnum {
        GoTimeEnum(type: "time.Weekday", number: d, name: GoCalendar.dayNames[d])
    }

    var formatted: String { name }
    var truth: Bool { number != 0 }
    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        name == "String" ? GoMethod(arity: 0) { [self] _ in .string(self.name) } : nil
    }
}

/// A `*time.Location`; prints its name.
final class GoLocationObject: GoObject {
    let location: GoLocation

    init(_ location: GoLocation) { self.location = location }

    var goTypeName: String { "*time.Location" }
    var formatted: String { location.name }
    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        name == "String" ? GoMethod(arity: 0) { [self] _ in .string(self.formatted) } : nil
    }
}
