import GoRuntime

/// The value rules of `pkg/strvals`: `typedVal`, `strconv.Atoi` for list indices, and the
/// Go type assertions whose panics become `unable to parse key: ...` errors.
enum StrValsTyping {
    /// helm's `typedVal`: `true`/`false`/`null` (any case, Unicode simple folding), `0`,
    /// and base-10 int64 values not starting with `0` are typed; everything else is a string.
    static func typedValue(_ runes: [Unicode.Scalar], forceString: Bool) -> Value {
        let text = StrValsText.string(runes)
        if forceString { return .string(text) }
        if equalFold(runes, "true") { return .bool(true) }
        if equalFold(runes, "false") { return .bool(false) }
        if equalFold(runes, "null") { return .nil }
        if text == "0" { return .int(0, .int64) }
        if let first = runes.first, first != "0", let n = parseInt64(text) {
            return .int(n, .int64)
        }
        return .string(text)
    }

    /// `strings.EqualFold` against an ASCII lower-case word. Besides ASCII case, the only
    /// non-ASCII rune folding to a letter of true/false/null is U+017F (ſ) for `s`.
    private static func equalFold(_ runes: [Unicode.Scalar], _ word: String) -> Bool {
        let target = Array(word.unicodeScalars)
        guard runes.count == target.count else { return false }
        for (r, t) in zip(runes, target) {
            var v = r.value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v == 0x17F { v = 0x73 }
            if v != t.value { return false }
        }
        return true
    }

    /// `strconv.ParseInt(s, 10, 64)`, nil on any error.
    static func parseInt64(_ s: String) -> Int64? {
        switch parseInt(s) {
        case .value(let n): return n
        case .syntax, .range: return nil
        }
    }

    enum IntResult {
        case value(Int64)
        case syntax
        case range
    }

    /// `strconv.ParseInt(s, 10, 64)` with Go's error kinds.
    static func parseInt(_ s: String) -> IntResult {
        var bytes = Substring(s).utf8[...]
        guard let first = bytes.first else { return .syntax }
        var negative = false
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        // strconv.ParseUint(s, 10, 64)
        guard !bytes.isEmpty else { return .syntax }
        let cutoff = UInt64.max / 10 + 1
        var n: UInt64 = 0
        var overflow = false
        for c in bytes {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return .syntax }
            if n >= cutoff { overflow = true; break }
            n *= 10
            let (n1, carried) = n.addingReportingOverflow(UInt64(c - UInt8(ascii: "0")))
            if carried { overflow = true; break }
            n = n1
        }
        if overflow { return .range }
        let limit = UInt64(1) << 63
        if !negative && n >= limit { return .range }
        if negative && n > limit { return .range }
        if negative { return .value(n == limit ? Int64.min : -Int64(n)) }
        return .value(Int64(n))
    }

    /// `strconv.Atoi(s)` as `keyIndex` uses it, with Go's error text.
    static func atoi(_ s: String) -> Result<Int, StrValsFailure> {
        let quoted = Strconv.quote(s)
        switch parseInt(s) {
        case .value(let n): return .success(Int(n))
        case .syntax: return .failure(StrValsFailure("strconv.Atoi: parsing \(quoted): invalid syntax"))
        case .range: return .failure(StrValsFailure("strconv.Atoi: parsing \(quoted): value out of range"))
        }
    }

    /// `v.(map[string]interface{})`, panicking as Go does when `v` is anything else.
    static func assertMap(_ v: Value) throws(StrValsPanic) -> GoMap {
        if case .map(let m) = v, m.valueType == .interface, m.namedType == nil { return m }
        throw panic(v, "map[string]interface {}")
    }

    /// `v.([]interface{})`, panicking as Go does when `v` is anything else.
    static func assertList(_ v: Value) throws(StrValsPanic) -> GoList {
        if case .list(let l) = v, l.elementType == .interface { return l }
        throw panic(v, "[]interface {}")
    }

    private static func panic(_ v: Value, _ wanted: String) -> StrValsPanic {
        StrValsPanic(message: "interface conversion: interface {} is \(goTypeName(v)), not \(wanted)")
    }

    /// The dynamic Go type name of a value, as a failed type assertion names it.
    static func goTypeName(_ v: Value) -> String {
        switch v {
        case .nil: return "nil"
        case .bool: return "bool"
        case .int(_, let kind): return kind.goName
        case .float: return "float64"
        case .string: return "string"
        case .list(let l): return "[]" + l.elementType.goName
        case .map(let m): return m.namedType ?? "map[string]" + m.valueType.goName
        case .object(let o): return o.goTypeName
        }
    }

    /// helm's `MaxIndex`.
    static let maxIndex = 65536

    /// helm's `MaxNestedNameLevel`.
    static let maxNestedNameLevel = 30

    /// helm's `setIndex`: grows the list with nils as needed, within 0...MaxIndex.
    static func setIndex(_ list: GoList, _ index: Int, _ value: Value) -> (GoList, StrValsFailure?) {
        if index < 0 { return (list, StrValsFailure("negative \(index) index not allowed")) }
        if index > maxIndex {
            return (list, StrValsFailure("index of \(index) is greater than maximum supported index of \(maxIndex)"))
        }
        var list = list
        if list.elements.count <= index {
            list.elements.append(contentsOf: repeatElement(Value.nil, count: index + 1 - list.elements.count))
        }
        list.elements[index] = value
        return (list, nil)
    }

    /// helm's `set`: an empty key is not set.
    static func set(_ data: GoMap, _ key: [Unicode.Scalar], _ value: Value) {
        if key.isEmpty { return }
        data[StrValsText.string(key)] = value
    }
}
