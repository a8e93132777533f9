import GoRuntime
import GoYAML

/// A JSON document as the schema compiler reads it (jsonschema's `UnmarshalJSON`, which uses
/// `json.Number`): numbers keep their literal text, so messages print them as written.
indirect enum SchemaJSON {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([SchemaJSON])
    case object([String: SchemaJSON])

    /// Parses a schema file; syntax errors carry Go's `encoding/json` wording.
    static func parse(_ bytes: [UInt8]) throws -> SchemaJSON {
        let text = String(decoding: bytes, as: UTF8.self)
        if let error = GoJSON.syntaxError(text) {
            throw ChartError(streamMessage(error.message, text: text))
        }
        var parser = SchemaJSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    /// The first JSON value of a file, as one `json.Decoder.Decode` reads it (gojsonschema's
    /// loader): anything after a complete value is ignored.
    static func parseFirstValue(_ bytes: [UInt8]) throws -> SchemaJSON {
        let text = String(decoding: bytes, as: UTF8.self)
        if let error = GoJSON.syntaxError(text) {
            guard error.message.hasSuffix(" after top-level value") else {
                throw ChartError(streamMessage(error.message, text: text))
            }
        }
        var parser = SchemaJSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    /// `json.Decoder` reports a truncated document as `EOF`/`unexpected EOF`, where
    /// `json.Unmarshal` says `unexpected end of JSON input`; jsonschema words trailing data.
    private static func streamMessage(_ message: String, text: String) -> String {
        if message.hasSuffix(" after top-level value") { return "invalid character after top-level value" }
        guard message == "unexpected end of JSON input" else { return message }
        let blank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return blank ? "EOF" : "unexpected EOF"
    }

    var objectValue: [String: SchemaJSON]? {
        if case .object(let o) = self { return o } else { return nil }
    }

    var arrayValue: [SchemaJSON]? {
        if case .array(let a) = self { return a } else { return nil }
    }

    var stringValue: String? {
        if case .string(let s) = self { return s } else { return nil }
    }

    var boolValue: Bool? {
        if case .bool(let b) = self { return b } else { return nil }
    }

    /// The number as a float64, as `big.Rat.Float64` would round it.
    var doubleValue: Double? {
        if case .number(let text) = self { return Double(text) } else { return nil }
    }

    /// A non-negative integer keyword value (`minLength`, `maxItems`, ...).
    var intValue: Int? {
        guard let d = doubleValue, d >= 0, d == d.rounded(), d < 9.0e15 else { return nil }
        return Int(d)
    }
}

/// A recursive-descent reader for text `GoJSON` has already accepted as valid JSON.
struct SchemaJSONParser {
    let bytes: [UInt8]
    var index = 0
    /// Members of the objects being read, innermost last.
    private var members: [(key: String, value: SchemaJSON)] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws -> SchemaJSON {
        let value = try parseValue()
        skipSpace()
        return value
    }

    mutating func skipSpace() {
        var i = index
        bytes.withUnsafeBufferPointer { p in
            while i < p.count {
                switch p[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }
        index = i
    }

    mutating func parseValue() throws -> SchemaJSON {
        skipSpace()
        guard index < bytes.count else { throw ChartError("unexpected EOF") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): index += 4; return .bool(true)
        case UInt8(ascii: "f"): index += 5; return .bool(false)
        case UInt8(ascii: "n"): index += 4; return .null
        default: return .number(parseNumber())
        }
    }

    mutating func parseObject() throws -> SchemaJSON {
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object([:]) }
        // Members go on a stack shared by all nesting levels, so each object's table is
        // made once at its final size (growing it rehashed every key on each resize).
        let start = members.count
        while index < bytes.count {
            skipSpace()
            let key = try parseString()
            skipSpace()
            index += 1  // ':'
            let value = try parseValue()
            members.append((key, value))
            skipSpace()
            guard index < bytes.count else { break }
            let c = bytes[index]
            index += 1
            if c == UInt8(ascii: "}") {
                var entries = [String: SchemaJSON](minimumCapacity: members.count - start)
                // A repeated key keeps its last value, as encoding/json does.
                for i in start..<members.count { entries[members[i].key] = members[i].value }
                members.removeSubrange(start...)
                return .object(entries)
            }
        }
        throw ChartError("unexpected EOF")
    }

    mutating func parseArray() throws -> SchemaJSON {
        index += 1
        var items: [SchemaJSON] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while index < bytes.count {
            items.append(try parseValue())
            skipSpace()
            guard index < bytes.count else { break }
            let c = bytes[index]
            index += 1
            if c == UInt8(ascii: "]") { return .array(items) }
        }
        throw ChartError("unexpected EOF")
    }

    mutating func parseNumber() -> String {
        let start = index
        while index < bytes.count {
            let c = bytes[index]
            let isNumberByte = (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
            if !isNumberByte { break }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func parseString() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ChartError("unexpected EOF") }
        index += 1
        // Most strings have no escape: their bytes become the string at once.
        let start = index
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: bytes[start..<index - 1], as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") { break }
            index += 1
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let c = bytes[index]
            index += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if c != UInt8(ascii: "\\") { out.append(c); continue }
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"): appendUnicodeEscape(&out)
            default: out.append(e)
            }
        }
        throw ChartError("unexpected EOF")
    }

    mutating func readHex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        let text = String(decoding: bytes[index..<index + 4], as: UTF8.self)
        guard let v = UInt32(text, radix: 16) else { return nil }
        index += 4
        return v
    }

    mutating func appendUnicodeEscape(_ out: inout [UInt8]) {
        guard var code = readHex4() else { return }
        if code >= 0xD800, code < 0xDC00 {
            let save = index
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                if let low = readHex4(), low >= 0xDC00, low < 0xE000 {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                    code = 0xFFFD
                }
            } else {
                code = 0xFFFD
            }
        } else if code >= 0xDC00, code < 0xE000 {
            code = 0xFFFD
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
