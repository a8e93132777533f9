import GoRuntime

/// Port of Go's `json.Unmarshal` into `interface{}`, `map[string]interface{}` or
/// `[]interface{}`: numbers become float64, duplicate keys keep the last value, and errors
/// have Go's wording (syntax errors first, then type errors).
struct GoJSONDecoder {
    enum Target { case any, map, list }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    /// The first type error, as Go's decodeState.saveError keeps it.
    private(set) var typeError: GoJSONError?
    /// JSON-pointer tokens of the value being decoded (names escaped `~0`/`~1`), for type errors.
    private var path: [(token: String, isIndex: Bool)] = []

    private let release: GoJSON.Release

    init(bytes: UnsafeBufferPointer<UInt8>, release: GoJSON.Release = .go127) {
        self.bytes = bytes
        self.release = release
    }

    /// Decodes valid JSON (checked with `GoJSONScanner` first).
    mutating func decodeTop(target: Target) -> Value {
        skipSpace()
        let c = bytes[pos]
        switch target {
        case .any:
            return value()
        case .map:
            if c == UInt8(ascii: "{") { return value() }
            if c == UInt8(ascii: "n") { pos += 4; return .nil }
        case .list:
            if c == UInt8(ascii: "[") { return value() }
            if c == UInt8(ascii: "n") { pos += 4; return .nil }
        }
        let kind: String
        switch c {
        case UInt8(ascii: "{"): kind = "object"
        case UInt8(ascii: "["): kind = "array"
        case UInt8(ascii: "\""): kind = "string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = "bool"
        default: kind = "number"
        }
        let type = target == .map ? "map[string]interface {}" : "[]interface {}"
        typeError = GoJSONError("json: cannot unmarshal \(kind) into Go value of type \(type)")
        return .nil
    }

    private mutating func skipSpace() {
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { pos += 1 } else { break }
        }
    }

    private mutating func value() -> Value {
        skipSpace()
        let c = bytes[pos]
        switch c {
        case UInt8(ascii: "{"):
            pos += 1
            let map = GoMap()
            skipSpace()
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(map) }
            while true {
                skipSpace()
                let key = string()
                skipSpace()
                pos += 1  // ':'
                path.append((Self.pointerToken(key), false))
                map[key] = value()
                path.removeLast()
                skipSpace()
                let sep = bytes[pos]
                pos += 1
                if sep == UInt8(ascii: "}") { break }
            }
            return .map(map)
        case UInt8(ascii: "["):
            pos += 1
            var elements: [Value] = []
            skipSpace()
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(elements) }
            while true {
                path.append((String(elements.count), true))
                elements.append(value())
                path.removeLast()
                skipSpace()
                let sep = bytes[pos]
                pos += 1
                if sep == UInt8(ascii: "]") { break }
            }
            return .list(elements)
        case UInt8(ascii: "\""):
            return .string(string())
        case UInt8(ascii: "t"):
            pos += 4
            return .bool(true)
        case UInt8(ascii: "f"):
            pos += 5
            return .bool(false)
        case UInt8(ascii: "n"):
            pos += 4
            return .nil
        default:
            return number()
        }
    }

    private mutating func number() -> Value {
        let start = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                pos += 1
            } else {
                break
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if let d = Double(text), d.isFinite { return .float(d) }
        if release == .go123 {
            // Go 1.23's `literalInterface`: no field in the error, and the value stays nil.
            if typeError == nil { typeError = GoJSONError("json: cannot unmarshal number \(text) into Go value of type float64") }
            return .nil
        }
        if typeError == nil {
            // The path is the JSON pointer with its slashes as dots; an empty one (the top level or
            // the key "" there) names no field, and a path ending in an index has no "Go struct field".
            let field = path.map(\.token).joined(separator: ".")
            let place: String
            if field.isEmpty {
                place = "Go value of type float64"
            } else if path.last?.isIndex == true {
                place = "." + field + " of type float64"
            } else {
                place = "Go struct field ." + field + " of type float64"
            }
            typeError = GoJSONError("json: cannot unmarshal number \(text) into \(place)")
        }
        return .float(0)
    }

    /// decode.go `unquote`: escapes, surrogate pairs (lone surrogates become U+FFFD).
    private mutating func string() -> String {
        pos += 1  // opening quote
        var out: [UInt8] = []
        var runStart = pos
        while true {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                pos += 1
                break
            }
            if c != UInt8(ascii: "\\") {
                pos += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
            let e = bytes[pos + 1]
            pos += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var r = hex4(pos)
                pos += 4
                if r >= 0xD800 && r < 0xE000 {
                    if r < 0xDC00, pos + 6 <= bytes.count, bytes[pos] == UInt8(ascii: "\\"),
                       bytes[pos + 1] == UInt8(ascii: "u") {
                        let r2 = hex4(pos + 2)
                        if r2 >= 0xDC00 && r2 < 0xE000 {
                            r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                            pos += 6
                        } else {
                            r = 0xFFFD
                        }
                    } else {
                        r = 0xFFFD
                    }
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(r) ?? "\u{FFFD}")).utf8)
            default: out.append(e)  // '"', '\\', '/'
            }
            runStart = pos
        }
        return GoUTF8.string(out)
    }

    /// RFC 6901 escaping of an object name: `~` → `~0`, `/` → `~1`.
    private static func pointerToken(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return name }
        var out = ""
        for c in name {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    private func hex4(_ at: Int) -> UInt32 {
        var r: UInt32 = 0
        for i in at..<(at + 4) {
            let c = bytes[i]
            let v: UInt32
            switch c {
            case 0x30...0x39: v = UInt32(c - 0x30)
            case 0x61...0x66: v = UInt32(c - 0x61 + 10)
            default: v = UInt32(c - 0x41 + 10)
            }
            r = r << 4 | v
        }
        return r
    }
}
