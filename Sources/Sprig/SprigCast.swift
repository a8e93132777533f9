import GoRuntime

/// Sprig's conversions between template values: spf13/cast v1.7 (`toInt64`, `toInt`,
/// `toFloat64`) and Sprig's own `strval`/`strslice`.
///
/// cast ignores errors here: anything it cannot convert becomes 0.
enum SprigCast {
    /// Port of `cast.ToInt64` (errors become 0).
    static func toInt64(_ v: Value) -> Int64 {
        switch v {
        case .int(let i, _): return i
        case .float(let f): return goInt64(f)
        case .string(let s):
            let result = GoStrconv.parseInt(trimZeroDecimal(s), base: 0)
            return result.failed ? 0 : result.value
        case .bool(let b): return b ? 1 : 0
        case .nil, .list, .map, .object: return 0
        }
    }

    /// Port of `cast.ToInt`; Go's `int` is 64 bits on the platforms helm ships for.
    static func toInt(_ v: Value) -> Int64 { toInt64(v) }

    /// Port of `cast.ToFloat64` (errors become 0).
    static func toFloat64(_ v: Value) -> Double {
        switch v {
        case .int(let i, let kind):
            if kind == .uint64 || kind == .uint { return Double(UInt64(bitPattern: i)) }
            return Double(i)
        case .float(let f): return f
        case .string(let s): return GoStrconv.parseFloat(s) ?? 0
        case .bool(let b): return b ? 1 : 0
        case .nil, .list, .map, .object: return 0
        }
    }

    /// Port of Sprig's `strval`: strings as they are, everything else as `fmt`'s `%v`.
    static func toString(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        // Sprig's strval: a []byte is converted, not printed.
        if case .list(let l) = v, l.elementType == .uint8 {
            return GoBytes.string(l.elements.map { v -> UInt8 in
                if case .int(let i, _) = v { return UInt8(truncatingIfNeeded: i) }
                return 0
            })
        }
        return GoFormat.value(v)
    }

    /// Port of Sprig's `strslice`: a slice's elements as strings (nil elements dropped),
    /// nil as an empty list, any other value as a one-element list.
    static func toStringList(_ v: Value) -> [String] {
        switch v {
        case .list(let l):
            if l.elementType == .string {
                return l.elements.map { $0.stringValue ?? GoFormat.value($0) }
            }
            return l.elements.compactMap { $0.isNil ? nil : toString($0) }
        case .nil: return []
        default: return [toString(v)]
        }
    }

    /// The elements of a Go slice, or nil when the value is not a slice (reflect's Kind check).
    static func toList(_ v: Value) -> [Value]? {
        if case .list(let l) = v { return l.elements }
        return nil
    }

    /// Go's `int64(f)` conversion on amd64: truncation, and the "integer indefinite" value
    /// (math.MinInt64) for NaN and out-of-range values where Swift would trap.
    static func goInt64(_ f: Double) -> Int64 {
        guard f.isFinite, f >= -9.223_372_036_854_775_808e18, f < 9.223_372_036_854_775_808e18 else {
            return Int64.min
        }
        return Int64(f)
    }

    /// Port of cast's `trimZeroDecimal`: "12.000" becomes "12"; anything else is unchanged.
    static func trimZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var foundZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }
}
