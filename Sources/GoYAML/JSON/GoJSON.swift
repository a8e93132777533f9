import GoRuntime

/// Go's `encoding/json` for templates: `toJson`, `toPrettyJson`, `toRawJson`, `fromJson`,
/// `fromJsonArray`.
public enum GoJSON {
    /// `json.Marshal` (compact), `json.MarshalIndent(v, "", "  ")` when `pretty`, and an
    /// Encoder with `SetEscapeHTML(false)` when `escapeHTML` is false (without its newline).
    public static func encode(_ value: Value, pretty: Bool = false, escapeHTML: Bool = true) throws -> String {
        var encoder = GoJSONEncoder(escapeHTML: escapeHTML, indent: pretty ? "  " : nil)
        try encoder.encode(value)
        return String(decoding: encoder.out, as: UTF8.self)
    }

    /// `json.Unmarshal` into `interface{}`: objects become maps, arrays lists, numbers float64.
    public static func decode(_ text: String) throws -> Value {
        try unmarshal(text, target: .any)
    }

    /// Go's syntax error for `text` (`json.Valid`'s check, with `Unmarshal`'s wording), or nil
    /// when it is valid JSON. Builds no values.
    public static func syntaxError(_ text: String) -> GoJSONError? {
        var text = text
        return text.withUTF8 { GoJSONScanner.check($0) }
    }

    /// `json.Unmarshal` into `map[string]interface{}`: a map, or `.nil` for JSON `null`
    /// (Go sets the map to nil).
    public static func decodeObject(_ text: String) throws -> Value {
        try unmarshal(text, target: .map)
    }

    /// `json.Unmarshal` into `[]interface{}`: a list, or `.nil` for JSON `null`.
    public static func decodeArray(_ text: String) throws -> Value {
        try unmarshal(text, target: .list)
    }

    /// Helm's `fromJson`: the decoded map; on error the map (possibly partly filled) gets an
    /// `"Error"` entry with Go's message. JSON `null` gives `.nil` (a nil map).
    public static func fromJSON(_ text: String) -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: .map)
        guard let error else { return value }
        let map = value.mapValue ?? GoMap()
        map["Error"] = .string(error.message)
        return .map(map)
    }

    /// Helm's `fromJsonArray`: the decoded list, or a one-element list holding the error text.
    /// JSON `null` gives `.nil` (a nil slice).
    public static func fromJSONArray(_ text: String) -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: .list)
        if let error { return .list([.string(error.message)]) }
        return value
    }

    private static func unmarshal(_ text: String, target: GoJSONDecoder.Target) throws -> Value {
        let (value, error) = unmarshalKeepingPartial(text, target: target)
        if let error { throw error }
        return value
    }

    private static func unmarshalKeepingPartial(_ text: String, target: GoJSONDecoder.Target) -> (Value, GoJSONError?) {
        var text = text
        return text.withUTF8 { bytes in
            if let error = GoJSONScanner.check(bytes) { return (.nil, error) }
            var decoder = GoJSONDecoder(bytes: bytes)
            let value = decoder.decodeTop(target: target)
            return (value, decoder.typeError)
        }
    }
}
