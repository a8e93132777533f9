import GoRuntime
import GoTemplate
import GoYAML
import Sprig

/// A TOML date or time as BurntSushi/toml decodes it: a Go `time.Time`.
///
/// Offset date-times are parsed with `time.ParseInLocation(RFC3339Nano, s, time.Local)`; local
/// date-times, dates and times carry the fixed zones `datetime-local`, `date-local` and
/// `time-local` (offset 0), which `String()` prints as the zone name. The value wraps the time
/// object of Sprig's `toDate` (reached through Sprig's public function table) for methods, and
/// marshals to JSON as Go's `Time.MarshalJSON` does (RFC 3339 with nanoseconds).
final class TOMLDecoderTime: GoObject, GoJSONMarshaler {
    static let rfc3339Nano = "2006-01-02T15:04:05.999999999Z07:00"

    /// BurntSushi/toml's `dtTypes`: layout, the fixed zone of local kinds, and whether the
    /// layout is TOML 1.1's (times without seconds; not read by v1.4.0).
    static let layouts: [(String, String?, Bool)] = [
        (rfc3339Nano, nil, false),
        ("2006-01-02T15:04:05.999999999", "datetime-local", false),
        ("2006-01-02", "date-local", false),
        ("15:04:05.999999999", "time-local", false),
        ("2006-01-02T15:04Z07:00", nil, true),
        ("2006-01-02T15:04", "datetime-local", true),
        ("15:04", "time-local", true),
    ]

    nonisolated(unsafe) private static let toDate: TemplateFunction? = Sprig.functions()["mustToDate"]

    let inner: any GoObject
    /// The fixed zone name of a local kind; nil for offset date-times.
    let zone: String?

    init(inner: any GoObject, zone: String?) {
        self.inner = inner
        self.zone = zone
    }

    /// `time.ParseInLocation(layout, value, loc)`, or nil when the value does not match.
    static func parse(layout: String, value: String, zone: String?) -> TOMLDecoderTime? {
        if zone == nil && !offsetInRange(value) { return nil }
        guard let t = call(layout, value) else { return nil }
        guard let zone else { return TOMLDecoderTime(inner: t, zone: nil) }
        guard case .string(let wall)? = try? t.method("Format")?.body([.string("2006-01-02T15:04:05.999999999")]),
              let utc = call(rfc3339Nano, wall + "Z")
        else { return nil }
        return TOMLDecoderTime(inner: utc, zone: zone)
    }

    /// Go's `time.Parse` range check of a numeric zone offset (hour ≤ 24, minute ≤ 60).
    static func offsetInRange(_ value: String) -> Bool {
        let b = Array(value.utf8)
        guard b.count >= 6, b[b.count - 6] == 43 || b[b.count - 6] == 45, b[b.count - 3] == 58 else { return true }
        func num(_ i: Int) -> Int { Int(b[i] &- 48) * 10 + Int(b[i + 1] &- 48) }
        return num(b.count - 5) <= 24 && num(b.count - 2) <= 60
    }

    private static func call(_ layout: String, _ value: String) -> (any GoObject)? {
        guard let fn = toDate, case .object(let o)? = try? fn.body([.string(layout), .string(value)]) else { return nil }
        return o
    }

    var goTypeName: String { "time.Time" }

    var formatted: String {
        let s = inner.formatted
        guard let zone, s.hasSuffix(" UTC") else { return s }
        return String(s.dropLast(3)) + zone
    }

    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        if name == "String" {
            let s = formatted
            return GoMethod(arity: 0) { _ in .string(s) }
        }
        return inner.method(name)
    }

    func jsonValue() throws -> Value {
        guard case .string(let s)? = try inner.method("Format")?.body([.string(TOMLDecoderTime.rfc3339Nano)]) else {
            throw FunctionError("json: error calling MarshalJSON for type time.Time")
        }
        return .string(s)
    }
}
