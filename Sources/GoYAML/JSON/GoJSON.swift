import GoRuntime

/// Go's `encoding/json` for templates: `toJson`, `toPrettyJson`, `toRawJson`, `fromJson`,
/// `fromJsonArray`.
public enum GoJSON {
    /// The Go release whose `encoding/json` to follow: Go 1.27 (helm v4) checks syntax with
    /// the v2 scanner's words and names the field of a type error; Go 1.23 (helm v3) has the
    /// classic scanner and leaves an unconvertible number nil.
    public enum Release: Sendable {
        case go127, go123
    }

    /// `json.Marshal` (compact), `json.MarshalIndent(v, "", "  ")` when `pretty`, and an
    /// Encoder with `SetEscapeHTML(false)` when `escapeHTML` is false (without its newline).
    /// A byte that is not UTF-8 is written as U+FFFD, escaped (`\ufffd`) by Go 1.23.
    public static func encode(_ value: Value, pretty: Bool = false, escapeHTML: Bool = true, release: Release = .go127) throws -> String {
        var encoder = GoJSONEncoder(escapeHTML: escapeHTML, indent: pretty ? "  " : nil)
        encoder.escapesInvalidUTF8 = release == .go123
        try encoder.encode(value)
        return String(decoding: encoder.out, as: UTF8.self)
    }

    /// `json.Unmarshal` into `interface{}`: objects become maps, arrays lists, numbers float64.
    public static func decode(_ text: String, release: Release = .go127) throws -> Value {
        try unmarshal(text, target: .any, release: release)
    }

    /// Go's syntax error for `text` (`json.Valid`'s check, with `Unmarshal`'s wording), or nil
    /// when it is valid JSON. Builds no values.
    public static func syntaxError(_ text: String, release: Release = .go127) -> GoJSONError? {
        var text = text
        return text.withUTF8 { check($0, release) }
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>, _ release: Release) -> GoJSONError? {
        release == .go123 ? GoJSONClassicScanner.check(bytes) : GoJSONScanner.check(bytes)
    }

    /// `json.Unmarshal` into `map[string]interface{}`: a map, or `.nil` for JSON `null`
    /// (Go sets the map to nil).
    public static func decodeObject(_ text: String, release: Release = .go127) throws -> Value {
        try unmarshal(text, target: .map, release: release)
    }

    /// `json.Unmarshal` into `[]interface{}`: a list, or `.nil` for JSON `null`.
    public static func decodeArray(_ text: String, release: Release = .go127) throws -> Value {
        try unmarshal(text, target: .list, release: release)
    }

    /// Helm's `fromJson`: the decoded map; on error the map (possibly partly filled) gets an
    /// `"Error"` entry with Go's message. JSON `null` gives `.nil` (a nil map).
    public static func fromJSON(_ text: String, release: Release = .go127) -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: .map, release: release)
        guard let error else { return value }
        let map = value.mapValue ?? GoMap()
        map["Error"] = .string(error.message)
        return .map(map)
    }

    /// Helm's `fromJsonArray`: the decoded list, or a one-element list holding the error text.
    /// JSON `null` gives `.nil` (a nil slice).
    public static func fromJSONArray(_ text: String, release: Release = .go127) -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: .list, release: release)
        if let error { return .list([.string(error.message)]) }
        return value
    }

    private static func unmarshal(_ text: String, target: GoJSONDecoder.Target, release: Release) throws -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: target, release: release)
        if let error { throw error }
        return value
    }

    private static func unmarshalKeepingPartial(_ text: String, target: GoJSONDecoder.Target,
                                                release: Release) -> (Value, GoJSONError?) {
        var text = text
        return text.withUTF8 { bytes in
            if let error = check(bytes, release) { return (.nil, error) }
            var decoder = GoJSONDecoder(bytes: bytes, release: release)
            let value = decoder.decodeTop(target: target)
            return (value, decoder.typeError)
        }
    }
}
