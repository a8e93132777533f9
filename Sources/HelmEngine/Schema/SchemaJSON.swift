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
        // One strict pass reads valid JSON; anything else is read again the slow way, which
        // finds Go's message for the error.
        var strict = SchemaJSONParser(bytes: bytes, strict: true)
        if let document = try? strict.parseDocument() { return document }
        let text = String(decoding: bytes, as: UTF8.self)
        if let error = GoJSON.syntaxError(text) {
            throw ChartError(streamMessage(error.message, text: text))
        }
        var parser = SchemaJSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    /// The first JSON value of a file, as one `json.Decoder.Decode` reads it (gojsonschema's
    /// loader): anything after a complete value is ignored.
    static func parseFirstValue(_ bytes: [UInt8], release: GoJSON.Release = .go127) throws -> SchemaJSON {
        let text = String(decoding: bytes, as: UTF8.self)
        if let error = GoJSON.syntaxError(text, release: release) {
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

/// A recursive-descent reader for text `GoJSON` has already accepted as valid JSON, or, when
/// `strict`, for any text: it then throws at anything `encoding/json` would reject (without
/// Go's message: `SchemaJSON.parse` asks `GoJSON` for that).
struct SchemaJSONParser {
    let bytes: [UInt8]
    var index = 0
    /// Members of the objects being read, innermost last.
    private var members: [(key: String, value: SchemaJSON)] = []
    let strict: Bool
    private var depth = 0

    init(bytes: [UInt8], strict: Bool = false) {
        self.bytes = bytes
        self.strict = strict
    }

    /// What a strict parse throws: the text is not valid JSON.
    struct Invalid: Error {}

    /// Go's `maxNestingDepth`.
    static let maxDepth = 10000

    mutating func parseDocument() throws -> SchemaJSON {
        let value = try parseValue()
        skipSpace()
        if strict && index != bytes.count { throw Invalid() }
        return value
    }

    /// In a strict parse, throws unless the next byte is `byte` (and steps over it).
    private mutating func expect(_ byte: UInt8) throws {
        if strict && (index >= bytes.count || bytes[index] != byte) { throw Invalid() }
        index += 1
    }

    /// In a strict parse, throws unless `word` follows.
    private mutating func literal(_ word: StaticString) throws {
        let length = word.utf8CodeUnitCount
        if strict {
            guard index + length <= bytes.count else { throw Invalid() }
            let p = word.utf8Start
            for i in 0..<length where bytes[index + i] != p[i] { throw Invalid() }
        }
        index += length
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
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            if strict && depth > SchemaJSONParser.maxDepth { throw Invalid() }
            return bytes[index] == UInt8(ascii: "{") ? try parseObject() : try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try parseNumber())
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
            try expect(UInt8(ascii: ":"))
            let value = try parseValue()
            members.append((key, value))
            skipSpace()
            guard index < bytes.count else { break }
            let c = bytes[index]
            index += 1
            if strict && c != UInt8(ascii: "}") && c != UInt8(ascii: ",") { throw Invalid() }
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
            if strict && c != UInt8(ascii: ",") { throw Invalid() }
        }
        throw ChartError("unexpected EOF")
    }

    mutating func parseNumber() throws -> String {
        let start = index
        while index < bytes.count {
            let c = bytes[index]
            let isNumberByte = (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
            if !isNumberByte { break }
            index += 1
        }
        if strict && !SchemaJSONParser.isNumber(bytes[start..<index]) { throw Invalid() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var i = text.startIndex
        let end = text.endIndex
        func digits() -> Int {
            let from = i
            while i < end && text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
            return i - from
        }
        if i < end && text[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end else { return false }
        if text[i] == 0x30 { i += 1 } else if digits() == 0 { return false }
        if i < end && text[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        }
        if i < end && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
            if digits() == 0 { return false }
        }
        return i == end
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
            if strict && c < 0x20 { throw Invalid() }
            index += 1
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let c = bytes[index]
            index += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if c != UInt8(ascii: "\\") {
                if strict && c < 0x20 { throw Invalid() }
                out.append(c)
                continue
            }
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                if strict && !hasHex4() { throw Invalid() }
                appendUnicodeEscape(&out)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            default:
                if strict { throw Invalid() }
                out.append(e)
            }
        }
        throw ChartError("unexpected EOF")
    }

    /// Whether four hex digits follow.
    private func hasHex4() -> Bool {
        guard index + 4 <= bytes.count else { return false }
        for i in index..<index + 4 {
            let c = bytes[i]
            let isHex = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
            if !isHex { return false }
        }
        return true
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
