import GoRuntime

/// Port of Go's `encoding/json` encoder for template values: `json.Marshal`,
/// `json.MarshalIndent(v, "", "  ")` and an Encoder with `SetEscapeHTML(false)`.
///
/// Map keys are sorted byte-wise; strings escape `"`, `\`, control characters (`\n`, `\r`, `\t`,
/// `\b`, `\f`, else `\u00XX`), U+2028/U+2029 and, with HTML escaping, `<`, `>`, `&`;
/// floats use `'f'` unless the exponent is below -6 or at least 21 (then `'e'`, with `e-07`
/// shortened to `e-7`); NaN and infinities fail with `json: unsupported value: NaN`.
struct GoJSONEncoder {
    var escapeHTML: Bool
    /// Indent unit for MarshalIndent, nil for compact output.
    var indent: [UInt8]?
    private(set) var out: [UInt8] = []
    /// Whether a byte that is not UTF-8 is written `\ufffd` (Go 1.23) rather than as U+FFFD.
    var escapesInvalidUTF8 = false
    private var cycles = GoJSONCycleGuard()

    init(escapeHTML: Bool, indent: String?) {
        self.escapeHTML = escapeHTML
        self.indent = indent.map { Array($0.utf8) }
    }

    mutating func encode(_ value: Value, depth: Int = 0) throws {
        switch value {
        case .nil:
            out.append(contentsOf: Self.null)
        case .bool(let b):
            out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
        case .int(let i, let kind):
            if kind.isUnsigned {
                out.append(contentsOf: String(UInt64(bitPattern: i)).utf8)
            } else {
                out.append(contentsOf: String(i).utf8)
            }
        case .float(let f):
            guard f.isFinite else {
                throw GoJSONError("json: unsupported value: " + Self.goFloatName(f))
            }
            out.append(contentsOf: Self.formatFloat(f).utf8)
        case .string(let s):
            writeString(s)
        case .list(let l):
            if l.elementType == .uint8 {
                writeString(Self.base64(l.elements))
                return
            }
            if l.count == 0 {
                out.append(contentsOf: l.isNilSlice ? Self.null : [UInt8(ascii: "["), UInt8(ascii: "]")])
                return
            }
            let entered = try cycles.enter(nil)
            defer { cycles.leave(entered) }
            out.append(UInt8(ascii: "["))
            for (i, element) in l.elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                try encode(element, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .map(let m):
            if m.count == 0 {
                out.append(contentsOf: m.isNilMap ? Self.null : [UInt8(ascii: "{"), UInt8(ascii: "}")])
                return
            }
            let entered = try cycles.enter(m)
            defer { cycles.leave(entered) }
            out.append(UInt8(ascii: "{"))
            for (i, key) in m.sortedKeys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(key)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                try encode(m.entries[key] ?? .nil, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        case .object(let o):
            guard let marshaler = o as? GoJSONMarshaler else {
                throw GoJSONError("json: unsupported type: " + o.goTypeName)
            }
            if let fields = try marshaler.jsonFields() {
                try encodeFields(fields, depth: depth)
            } else {
                try encode(try marshaler.jsonValue(), depth: depth)
            }
        }
    }

    /// A struct's members in their order.
    private mutating func encodeFields(_ fields: [(String, Value)], depth: Int) throws {
        if fields.isEmpty {
            out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
            return
        }
        out.append(UInt8(ascii: "{"))
        for (i, (key, value)) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            writeString(key)
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            try encode(value, depth: depth + 1)
        }
        newline(depth)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func newline(_ depth: Int) {
        guard let indent else { return }
        out.append(10)
        for _ in 0..<depth { out.append(contentsOf: indent) }
    }

    private static let null = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    /// encode.go `appendString`.
    mutating func writeString(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let c = bytes[i]
                if c < 0x80 {
                    if c >= 0x20 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\")
                        && (!escapeHTML || (c != UInt8(ascii: "<") && c != UInt8(ascii: ">") && c != UInt8(ascii: "&"))) {
                        i += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    writeEscape(c)
                    i += 1
                    start = i
                    continue
                }
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped; other UTF-8 is copied.
                if c == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    out.append(contentsOf: Array("\\u202".utf8))
                    out.append(Self.hex[bytes[i + 2] == 0xA8 ? 8 : 9])
                    i += 3
                    start = i
                    continue
                }
                // A byte that is not UTF-8 (a GoBytes stand-in, F4 8F BE/BF xx) becomes U+FFFD.
                if c == 0xF4 && i + 3 < n && bytes[i + 1] == 0x8F && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    out.append(contentsOf: escapesInvalidUTF8 ? Array("\\ufffd".utf8) : [0xEF, 0xBF, 0xBD])
                    i += 4
                    start = i
                    continue
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape of an ASCII byte encoding/json does not copy.
    private mutating func writeEscape(_ c: UInt8) {
        out.append(UInt8(ascii: "\\"))
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(c)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    Self.hex[Int(c >> 4)], Self.hex[Int(c & 0xF)]])
        }
    }

    /// encode.go `floatEncoder` for float64.
    static func formatFloat(_ f: Double) -> String {
        let magnitude = Swift.abs(f)
        if magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
            var bytes = Array(FloatFormat.format(f, "e").utf8)
            let n = bytes.count
            if n >= 4 && bytes[n - 4] == UInt8(ascii: "e") && bytes[n - 3] == UInt8(ascii: "-")
                && bytes[n - 2] == UInt8(ascii: "0") {
                bytes[n - 2] = bytes[n - 1]
                bytes.removeLast()
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return FloatFormat.format(f, "f")
    }

    /// `strconv.FormatFloat(f, 'g', -1, 64)` for NaN and infinities.
    static func goFloatName(_ f: Double) -> String {
        if f.isNaN { return "NaN" }
        return f < 0 ? "-Inf" : "+Inf"
    }

    /// The first NaN or infinity json.Marshal meets (maps in sorted key order), as Go prints it.
    static func firstNonFinite(_ value: Value) -> String? {
        switch value {
        case .float(let f): return f.isFinite ? nil : goFloatName(f)
        case .list(let l):
            for e in l.elements { if let bad = firstNonFinite(e) { return bad } }
            return nil
        case .map(let m):
            for k in m.sortedKeys { if let bad = firstNonFinite(m.entries[k] ?? .nil) { return bad } }
            return nil
        default: return nil
        }
    }

    /// `[]byte` marshals as a base64 string.
    private static func base64(_ elements: [Value]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let bytes: [UInt8] = elements.map {
            if case .int(let i, _) = $0 { return UInt8(truncatingIfNeeded: i) }
            return 0
        }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(table[Int(b0 >> 2)])
            out.append(table[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? table[Int((b1 & 0xF) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? table[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
