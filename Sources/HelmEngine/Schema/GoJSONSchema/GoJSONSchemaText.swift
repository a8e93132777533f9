import GoRuntime
import GoYAML

/// The texts gojsonschema builds its messages from: values as JSON with numbers read as
/// float64 (`marshalWithoutNumber`) and schema numbers as `big.Float`'s `%v`.
enum GoJSONSchemaText {
    /// `marshalWithoutNumber`: `json.Marshal` of the value after a round trip through
    /// `interface{}`, so `1.0` and `1e0` both read `1` (and big integers lose digits).
    static func marshalWithoutNumber(_ value: SchemaJSON) throws -> String {
        do {
            return try GoJSON.encode(goValue(value))
        } catch let error as GoJSONSchemaError {
            throw error
        } catch {
            throw GoJSONSchemaError.invalid("\(error)")
        }
    }

    private static func goValue(_ value: SchemaJSON) throws -> Value {
        switch value {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .number(let text):
            guard let d = Double(text), d.isFinite else {
                throw GoJSONSchemaError.invalid("json: cannot unmarshal number \(text) into Go value of type float64")
            }
            return .float(d)
        case .array(let list): return .list(GoList(try list.map(goValue)))
        case .object(let m):
            var entries: [String: Value] = [:]
            for (key, item) in m { entries[key] = try goValue(item) }
            return .map(GoMap(entries))
        }
    }

    /// `%v` of `new(big.Float).SetRat(r)`: the shortest digits, `%e` style when the decimal
    /// exponent is below -4 or at least 6 (`1e-06`, `5e+06`), else plain (`5000.5`).
    static func bigFloat(_ n: SchemaNumber) -> String {
        if n.isZero { return "0" }
        let digits = String(decoding: n.digits.map { $0 + 48 }, as: UTF8.self)
        let sign = n.negative ? "-" : ""
        let exp = digits.count + n.exponent - 1
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let magnitude = String(abs(exp))
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
        }
        if n.exponent >= 0 { return sign + digits + String(repeating: "0", count: n.exponent) }
        let point = digits.count + n.exponent
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
}

extension SchemaNumber {
    /// `big.Rat.Cmp` of the exact decimal values: -1, 0 or 1.
    func compare(_ other: SchemaNumber) -> Int {
        if isZero && other.isZero { return 0 }
        let selfSign = isZero ? 0 : (negative ? -1 : 1)
        let otherSign = other.isZero ? 0 : (other.negative ? -1 : 1)
        if selfSign != otherSign { return selfSign < otherSign ? -1 : 1 }
        let magnitude = compareMagnitude(other)
        return selfSign < 0 ? -magnitude : magnitude
    }

    private func compareMagnitude(_ other: SchemaNumber) -> Int {
        let selfTop = digits.count + exponent
        let otherTop = other.digits.count + other.exponent
        if selfTop != otherTop { return selfTop < otherTop ? -1 : 1 }
        for i in 0..<max(digits.count, other.digits.count) {
            let a = i < digits.count ? digits[i] : 0
            let b = i < other.digits.count ? other.digits[i] : 0
            if a != b { return a < b ? -1 : 1 }
        }
        return 0
    }
}
