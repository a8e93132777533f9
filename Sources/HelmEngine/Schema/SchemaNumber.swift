import GoRuntime

/// A number of a schema or of the values, kept as an exact decimal (jsonschema compares
/// `big.Rat`s made from the number's text) and as the float64 its messages print.
struct SchemaNumber {
    let double: Double
    /// Significant digits without leading or trailing zeros ("" for zero).
    let digits: [UInt8]
    /// The value is `±digits × 10^exponent`.
    let exponent: Int
    let negative: Bool

    /// From a JSON number literal (`1.50`, `1e3`).
    init?(literal: String) {
        guard let d = Double(literal) else { return nil }
        self.double = d
        var mantissa = literal
        var exp = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(mantissa[mantissa.index(after: e)...].filter { $0 != "+" }) ?? 0
            mantissa = String(mantissa[..<e])
        }
        negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        if let dot = mantissa.firstIndex(of: ".") {
            exp -= mantissa.distance(from: dot, to: mantissa.endIndex) - 1
            mantissa.remove(at: dot)
        }
        var raw = Array(mantissa.utf8).map { $0 &- 48 }
        while let first = raw.first, first == 0 { raw.removeFirst() }
        while let last = raw.last, last == 0 { raw.removeLast(); exp += 1 }
        digits = raw
        exponent = exp
    }

    /// From a value: a float64 prints its shortest digits, as `fmt.Sprintf("%v")` does.
    init?(value: Value) {
        switch value {
        case .float(let d):
            guard d.isFinite else { return nil }
            self.init(literal: FloatFormat.format(d, "e"))
        case .int(let i, let kind):
            if kind.isUnsigned {
                self.init(literal: String(UInt64(bitPattern: i)))
            } else {
                self.init(literal: String(i))
            }
        default:
            return nil
        }
    }

    var isZero: Bool { digits.isEmpty }

    /// Whether `self / divisor` is an integer (jsonschema's `multipleOf`).
    func isMultiple(of divisor: SchemaNumber) -> Bool {
        if divisor.isZero { return false }
        if isZero { return true }
        let shift = exponent - divisor.exponent
        if shift >= 0 {
            guard let b = SchemaNumber.fit(divisor.digits, zeros: 0) else { return fallback(divisor) }
            var rest = SchemaNumber.mod(digits, by: b)
            for _ in 0..<min(shift, 400) { rest = SchemaNumber.mulMod(rest, 10, b) }
            return rest == 0
        }
        guard let b = SchemaNumber.fit(divisor.digits, zeros: -shift) else { return fallback(divisor) }
        return SchemaNumber.mod(digits, by: b) == 0
    }

    private func fallback(_ divisor: SchemaNumber) -> Bool {
        let q = double / divisor.double
        return q.isFinite && q == q.rounded()
    }

    /// `digits × 10^zeros` as a UInt64, when it fits.
    private static func fit(_ digits: [UInt8], zeros: Int) -> UInt64? {
        var v: UInt64 = 0
        for d in digits + Array(repeating: 0, count: zeros) {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            v = s
        }
        return v
    }

    private static func mulMod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        if m <= 1 { return 0 }
        let product = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((high: product.high, low: product.low)).remainder
    }

    private static func mod(_ digits: [UInt8], by m: UInt64) -> UInt64 {
        if m <= 1 { return 0 }
        var rest: UInt64 = 0
        for d in digits {
            let shifted = mulMod(rest, 10, m)
            let (s, o) = shifted.addingReportingOverflow(UInt64(d))
            rest = m.dividingFullWidth((high: o ? 1 : 0, low: s)).remainder
        }
        return rest
    }
}
