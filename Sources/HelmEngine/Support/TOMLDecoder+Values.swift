import GoRuntime

/// Scalar values: BurntSushi/toml `parse.go` `value`, `valueInteger`, `valueFloat`,
/// `valueDatetime`, `replaceEscapes` and `stripEscapedNewlines`.
extension TOMLDecoder.Parser {
    mutating func value(_ it: TOMLScanner.Item, parentIsArray: Bool) throws -> (Value, TOMLDecoder.ValueType) {
        switch it.type {
        case .string:
            return (.string(try replaceEscapes(it, it.val)), .primitive)
        case .multilineString:
            let s = TOMLDecoder.stripEscapedNewlines(TOMLDecoder.stripFirstNewline(it.val))
            return (.string(try replaceEscapes(it, s)), .primitive)
        case .rawString:
            return (.string(it.val), .primitive)
        case .rawMultilineString:
            return (.string(TOMLDecoder.stripFirstNewline(it.val)), .primitive)
        case .integer: return (try valueInteger(it), .primitive)
        case .float: return (try valueFloat(it), .primitive)
        case .bool: return (.bool(it.val == "true"), .primitive)
        case .datetime: return (try valueDatetime(it), .primitive)
        case .array: return try valueArray(it)
        case .inlineTableStart: return try valueInlineTable(it, parentIsArray: parentIsArray)
        default: throw error(at: it.line, "BUG: Unexpected value type")
        }
    }

    func valueInteger(_ it: TOMLScanner.Item) throws -> Value {
        let s = it.val
        if !TOMLDecoder.underscoresOK(s) {
            throw error(at: it.line, "Invalid integer \(Strconv.quote(s)): underscores must be surrounded by digits")
        }
        if TOMLDecoder.hasLeadingZero(s) {
            throw error(at: it.line, "Invalid integer \(Strconv.quote(s)): cannot have leading zeroes")
        }
        var digits = Substring(s.replacingUnderscores())
        var negative = false
        if let f = digits.first, f == "+" || f == "-" {
            negative = f == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.count > 2, digits.hasPrefix("0") {
            switch digits.dropFirst().first {
            case "x": radix = 16
            case "o": radix = 8
            case "b": radix = 2
            default: break
            }
            if radix != 10 { digits = digits.dropFirst(2) }
        }
        guard let magnitude = UInt64(digits, radix: radix) else {
            if !digits.isEmpty && digits.allSatisfy({ $0.isHexDigit }) {
                throw error(at: it.line, "\(s) is out of range for int64")
            }
            throw error(at: it.line, "BUG: Expected integer value, but got '\(s)'.")
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { throw error(at: it.line, "\(s) is out of range for int64") }
            return .int(magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude), .int64)
        }
        if magnitude > UInt64(Int64.max) { throw error(at: it.line, "\(s) is out of range for int64") }
        return .int(Int64(magnitude), .int64)
    }

    func valueFloat(_ it: TOMLScanner.Item) throws -> Value {
        let s = it.val
        let parts = s.split(whereSeparator: { $0 == "." || $0 == "e" || $0 == "E" }).map(String.init)
        for part in parts where !TOMLDecoder.underscoresOK(part) {
            throw error(at: it.line, "Invalid float \(Strconv.quote(s)): underscores must be surrounded by digits")
        }
        if let first = parts.first, TOMLDecoder.hasLeadingZero(first) {
            throw error(at: it.line, "Invalid float \(Strconv.quote(s)): cannot have leading zeroes")
        }
        if !TOMLDecoder.periodsOK(s) {
            throw error(at: it.line, "Invalid float \(Strconv.quote(s)): '.' must be followed by one or more digits")
        }
        let val = s.replacingUnderscores()
        switch val {
        case "nan", "+nan": return .float(.nan)
        case "-nan": return .float(-Double.nan)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        default: break
        }
        guard TOMLDecoder.isDecimalFloat(val), let d = Double(val) else {
            throw error(at: it.line, "Invalid float value: \(Strconv.quote(s))")
        }
        if d.isInfinite { throw error(at: it.line, "\(s) is out of range for float64") }
        return .float(d)
    }

    func replaceEscapes(_ it: TOMLScanner.Item, _ str: String) throws -> String {
        let b = Array(str.utf8)
        guard b.contains(92) else { return str }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] != 92 {
                out.append(b[i])
                i += 1
                continue
            }
            guard i + 1 < b.count else { throw error(at: it.line, "BUG: Escape sequence at end of string.") }
            let c = b[i + 1]
            var hexCount = 0
            switch c {
            case 32, 9: throw error(at: it.line, "invalid escape: '\\\(Character(Unicode.Scalar(c)))'")
            case 98: out.append(0x08)
            case 116: out.append(0x09)
            case 110: out.append(0x0A)
            case 102: out.append(0x0C)
            case 114: out.append(0x0D)
            case 101: out.append(0x1B)
            case 34: out.append(0x22)
            case 92: out.append(0x5C)
            case 120: hexCount = 2
            case 117: hexCount = 4
            case 85: hexCount = 8
            default: throw error(at: it.line, "BUG: Expected valid escape code after \\")
            }
            if hexCount == 0 {
                i += 2
                continue
            }
            let hex = String(decoding: b[(i + 2)..<min(i + 2 + hexCount, b.count)], as: UTF8.self)
            guard let n = UInt32(hex, radix: 16) else { throw error(at: it.line, "BUG: bad hex escape") }
            guard let scalar = Unicode.Scalar(n) else {
                throw error(at: it.line, "Escaped character '\\u\(hex)' is not valid UTF-8.")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i += 2 + hexCount
        }
        return String(decoding: out, as: UTF8.self)
    }

    func valueDatetime(_ it: TOMLScanner.Item) throws -> Value {
        var val = ""
        for ch in it.val {
            switch ch {
            case "z": val.append("Z")
            case "t", " ": val.append("T")
            default: val.append(ch)
            }
        }
        for (layout, zone, tomlNext) in TOMLDecoderTime.layouts where release.tomlNext || !tomlNext {
            guard let t = TOMLDecoderTime.parse(layout: layout, value: val, zone: zone) else { continue }
            if TOMLDecoder.missingLeadingZero(val, layout) { break }
            // An offset date-time is a plain time.Time: hand out Sprig's own object so the
            // date functions accept it; local kinds keep the wrapper with their zone name.
            return .object(t.zone == nil ? t.inner : t)
        }
        throw error(at: it.line, "invalid datetime: \(Strconv.quote(val))")
    }
}

extension TOMLDecoder {
    /// `numUnderscoresOK`: every underscore sits between hexadecimal-class characters.
    static func underscoresOK(_ s: String) -> Bool {
        switch s {
        case "nan", "+nan", "-nan", "inf", "-inf", "+inf": return true
        default: break
        }
        var accept = false
        for u in s.utf8 {
            if u == 95 && !accept { return false }
            accept = TOMLScanner.isHex(UInt32(u))
        }
        return accept
    }

    /// `numHasLeadingZero`.
    static func hasLeadingZero(_ s: String) -> Bool {
        let b = Array(s.utf8)
        if b.count > 1 && b[0] == 48 && !(b[1] == 98 || b[1] == 111 || b[1] == 120) { return true }
        if b.count > 2 && (b[0] == 45 || b[0] == 43) && b[1] == 48 { return true }
        return false
    }

    /// `numPeriodsOK`: every '.' is followed by a digit.
    static func periodsOK(_ s: String) -> Bool {
        var period = false
        for u in s.utf8 {
            if period && !TOMLScanner.isDigit(UInt32(u)) { return false }
            period = u == 46
        }
        return !period
    }

    /// Whether `s` is a decimal float `strconv.ParseFloat` accepts (sign, digits, fraction, exponent).
    static func isDecimalFloat(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        if let f = b.first, f == 43 || f == 45 { b = b.dropFirst() }
        var mantissa = 0
        while let f = b.first, TOMLScanner.isDigit(UInt32(f)) { mantissa += 1; b = b.dropFirst() }
        if b.first == 46 {
            b = b.dropFirst()
            while let f = b.first, TOMLScanner.isDigit(UInt32(f)) { mantissa += 1; b = b.dropFirst() }
        }
        guard mantissa > 0 else { return false }
        if let f = b.first, f == 101 || f == 69 {
            b = b.dropFirst()
            if let g = b.first, g == 43 || g == 45 { b = b.dropFirst() }
            var exp = 0
            while let g = b.first, TOMLScanner.isDigit(UInt32(g)) { exp += 1; b = b.dropFirst() }
            guard exp > 0 else { return false }
        }
        return b.isEmpty
    }

    /// `missingLeadingZero`: a separator of the layout is not where the value has it.
    static func missingLeadingZero(_ d: String, _ l: String) -> Bool {
        let db = Array(d.utf8)
        for (i, c) in l.utf8.enumerated() {
            if c == 46 || c == 90 { return false }
            if !TOMLScanner.isDigit(UInt32(c)) && (i >= db.count || db[i] != c) { return true }
        }
        return false
    }

    static func stripFirstNewline(_ s: String) -> String {
        if s.utf8.first == 10 { return String(s.dropFirst()) }
        if s.hasPrefix("\r\n") { return String(decoding: Array(s.utf8).dropFirst(2), as: UTF8.self) }
        return s
    }

    /// `stripEscapedNewlines`: drops a line-ending backslash and the whitespace after it.
    static func stripEscapedNewlines(_ str: String) -> String {
        var s = Array(str.utf8)[...]
        var out: [UInt8] = []
        var i = 0
        while true {
            guard let ix = s[(s.startIndex + i)...].firstIndex(of: 92) else {
                out.append(contentsOf: s)
                return String(decoding: out, as: UTF8.self)
            }
            i = ix - s.startIndex
            if s.count > i + 1 && s[s.startIndex + i + 1] == 92 {
                i += 2
                continue
            }
            var j = i + 1
            while j < s.count, [32, 9, 13, 10].contains(s[s.startIndex + j]) { j += 1 }
            if j == i + 1 || !s[(s.startIndex + i)..<(s.startIndex + j)].contains(10) {
                i += 1
                continue
            }
            out.append(contentsOf: s[s.startIndex..<(s.startIndex + i)])
            s = s[(s.startIndex + j)...]
            i = 0
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "_" }))
    }
}
