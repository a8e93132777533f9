import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's date functions (Go `time` semantics: layouts such as `2006-01-02T15:04:05Z07:00`,
    /// zones from the system zoneinfo), plus helm v4's duration helpers.
    static var dateFunctions: FunctionMap {
        var map: FunctionMap = [
            "now": TemplateFunction([]) { _ in .object(GoTimeObject(GoTime.now())) },
            "date": TemplateFunction([.string, .any]) { args in
                .string(dateInZone(str(args[0]), args[1], "Local"))
            },
            "dateInZone": TemplateFunction([.string, .any, .string]) { args in
                .string(dateInZone(str(args[0]), args[1], str(args[2])))
            },
            "htmlDate": TemplateFunction([.any]) { args in
                .string(dateInZone("2006-01-02", args[0], "Local"))
            },
            "htmlDateInZone": TemplateFunction([.any, .string]) { args in
                .string(dateInZone("2006-01-02", args[0], str(args[1])))
            },
            "dateModify": TemplateFunction([.string, .any]) { args in
                let t = try timeArgument(args[1])
                guard let d = try? GoDuration.parse(str(args[0])) else { return .object(GoTimeObject(t)) }
                return .object(GoTimeObject(t.adding(d)))
            },
            "mustDateModify": TemplateFunction([.string, .any]) { args in
                let t = try timeArgument(args[1])
                do {
                    return .object(GoTimeObject(t.adding(try GoDuration.parse(str(args[0])))))
                } catch {
                    throw FunctionError(String(describing: error))
                }
            },
            "ago": TemplateFunction([.any]) { args in
                let t: GoTime
                switch args[0] {
                case .object(let o as GoTimeObject): t = o.time
                case .int(let i, .int64), .int(let i, .int): t = .unix(i)
                default: t = .now()
                }
                return .string(GoDuration.string(GoDuration.round(t.sinceNow, GoDuration.second)))
            },
            "duration": TemplateFunction([.any]) { args in
                var n: Int64 = 0
                switch args[0] {
                case .string(let s): n = parseDecimal(s) ?? 0
                case .int(let i, .int64): n = i
                default: n = 0
                }
                return .string(GoDuration.string(n &* GoDuration.second))
            },
            "durationRound": TemplateFunction([.any]) { args in
                var d: Int64 = 0
                switch args[0] {
                case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
                case .int(let i, .int64): d = i
                case .object(let o as GoTimeObject): d = o.time.sinceNow
                default: d = 0
                }
                return .string(roundedDuration(d))
            },
            "toDate": TemplateFunction([.string, .string]) { args in
                let t = (try? GoTime.parse(layout: str(args[0]), value: str(args[1]), in: .local)) ?? .zero
                return .object(GoTimeObject(t))
            },
            "mustToDate": TemplateFunction([.string, .string]) { args in
                do {
                    return .object(GoTimeObject(try GoTime.parse(layout: str(args[0]), value: str(args[1]), in: .local)))
                } catch {
                    throw FunctionError(String(describing: error))
                }
            },
            "unixEpoch": TemplateFunction([.any]) { args in
                .string(String(try timeArgument(args[0]).sec))
            },
        ]
        map["date_in_zone"] = map["dateInZone"]
        map["date_modify"] = map["dateModify"]
        map["must_date_modify"] = map["mustDateModify"]
        map.merge(durationFunctions) { first, _ in first }
        return map
    }
}

private func str(_ v: Value) -> String { v.stringValue ?? "" }

/// A `time.Time` parameter; anything else is rejected as Go's call would be.
func timeArgument(_ v: Value) throws -> GoTime {
    if case .object(let o) = v, let t = o as? GoTimeObject { return t.time }
    throw FunctionError("wrong type for value; expected time.Time; got " + v.goTypeName)
}

/// Sprig's `dateInZone`: `time.Time`, or seconds as int, int32 or int64; anything else is now.
/// An unknown zone falls back to UTC.
func dateInZone(_ layout: String, _ date: Value, _ zone: String) -> String {
    let t: GoTime
    switch date {
    case .object(let o as GoTimeObject): t = o.time
    case .int(let i, .int64), .int(let i, .int), .int(let i, .int32): t = .unix(i)
    default: t = .now()
    }
    let location = (try? GoLocation.load(zone)) ?? .utc
    return t.in(location).format(layout)
}

/// Sprig's `durationRound`: the largest whole unit (y, mo, d, h, m, s) strictly exceeded.
func roundedDuration(_ d: Int64) -> String {
    let u = d.magnitude
    let hour: UInt64 = 3_600_000_000_000
    let units: [(UInt64, String)] = [
        (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
        (60_000_000_000, "m"), (1_000_000_000, "s"),
    ]
    for (size, suffix) in units where u > size {
        return String(u / size) + suffix
    }
    return "0s"
}

/// `strconv.ParseInt(s, 10, 64)`: optional sign and decimal digits; nil on error or overflow.
func parseDecimal(_ s: String) -> Int64? {
    var bytes = Substring(s).utf8[...]
    var negative = false
    if let c = bytes.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
        negative = c == UInt8(ascii: "-")
        bytes = bytes.dropFirst()
    }
    guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let magnitude = UInt64(String(bytes) ?? "")
    else { return nil }
    if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(bitPattern: 0 &- magnitude) : nil }
    return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
}
