import GoRuntime
import GoTemplate

extension Sprig {
    /// Helm v4's duration helpers (`pkg/engine/funcs.go`): `mustToDuration` and the numeric
    /// conversions, which accept durations, duration strings, numeric strings and numbers of
    /// seconds. The conversions return 0 on bad input.
    static var durationFunctions: FunctionMap {
        func numeric(_ convert: @escaping (Int64) -> Value) -> TemplateFunction {
            TemplateFunction([.any]) { args in
                guard let d = try? asDuration(args[0]) else { return convert(0) }
                return convert(d)
            }
        }
        return [
            "mustToDuration": TemplateFunction([.any]) { args in
                .object(GoDurationObject(try asDuration(args[0])))
            },
            "durationSeconds": numeric { .float(seconds($0)) },
            "durationMilliseconds": numeric { .int64($0 / 1_000_000) },
            "durationMicroseconds": numeric { .int64($0 / 1_000) },
            "durationNanoseconds": numeric { .int64($0) },
            "durationMinutes": numeric { .float(Double($0 / 60_000_000_000) + Double($0 % 60_000_000_000) / 6e10) },
            "durationHours": numeric { .float(hours($0)) },
            "durationDays": numeric { .float(hours($0) / 24) },
            "durationWeeks": numeric { .float(hours($0) / 24 / 7) },
            "durationRoundTo": TemplateFunction([.any, .any]) { args in
                guard let d = try? asDuration(args[0]) else { return .object(GoDurationObject(0)) }
                guard let m = try? asDuration(args[1]) else { return .object(GoDurationObject(d)) }
                return .object(GoDurationObject(GoDuration.round(d, m)))
            },
            "durationTruncateTo": TemplateFunction([.any, .any]) { args in
                guard let d = try? asDuration(args[0]) else { return .object(GoDurationObject(0)) }
                guard let m = try? asDuration(args[1]) else { return .object(GoDurationObject(d)) }
                return .object(GoDurationObject(GoDuration.truncate(d, m)))
            },
        ]
    }
}

private func seconds(_ d: Int64) -> Double { Double(d / 1_000_000_000) + Double(d % 1_000_000_000) / 1e9 }
private func hours(_ d: Int64) -> Double { Double(d / 3_600_000_000_000) + Double(d % 3_600_000_000_000) / 3.6e12 }

/// Helm's `asDuration`: a duration, a duration string (`1h2m`), a numeric string or a number
/// of seconds.
func asDuration(_ v: Value) throws -> Int64 {
    switch v {
    case .object(let o as GoDurationObject):
        return o.nanoseconds
    case .string(let raw):
        let s = trimSpace(raw)
        if s.isEmpty { throw FunctionError("empty duration") }
        if let d = try? GoDuration.parse(s) { return d }
        if let f = Strconv.parseFloat(s) { return try goDurationFromSeconds(f) }
        throw FunctionError("could not parse duration " + GoQuote.quote(raw))
    case .nil:
        throw FunctionError("invalid duration")
    case .int(let i, let kind):
        // Seconds beyond time.Duration's range (about 292 years) are an error.
        if kind.isUnsigned && (i < 0 || i > maxDurationSeconds) {
            throw FunctionError("duration seconds overflow: " + String(UInt64(bitPattern: i)))
        }
        if i > maxDurationSeconds || i < -maxDurationSeconds {
            throw FunctionError("duration seconds overflow: " + String(i))
        }
        return i &* 1_000_000_000
    case .float(let f):
        return try goDurationFromSeconds(f)
    default:
        throw FunctionError("unsupported duration type " + v.goTypeName)
    }
}

/// `math.MaxInt64 / int64(time.Second)`: the most whole seconds a `time.Duration` holds.
private let maxDurationSeconds: Int64 = Int64.max / 1_000_000_000

/// `time.Duration(f * float64(time.Second))` after helm's range checks (NaN and infinities
/// are invalid; seconds beyond `±MaxInt64/1e9` overflow), saturating as Go's conversion does on amd64.
private func goDurationFromSeconds(_ f: Double) throws -> Int64 {
    if !f.isFinite { throw FunctionError("invalid duration seconds: " + GoFormat.value(.float(f))) }
    if f > Double(Int64.max) / 1e9 || f < Double(Int64.min) / 1e9 {
        throw FunctionError("duration seconds overflow: " + GoFormat.value(.float(f)))
    }
    let ns = f * 1e9
    if ns.isNaN || ns >= 9.223372036854775807e18 || ns < -9.223372036854775808e18 { return Int64.min }
    return Int64(ns)
}

/// Go's `strings.TrimSpace` (ASCII and Unicode white space).
private func trimSpace(_ s: String) -> String {
    let scalars = s.unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
          let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    return String(scalars[start...end])
}
