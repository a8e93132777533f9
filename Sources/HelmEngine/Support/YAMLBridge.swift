import GoRuntime
import GoYAML

/// The one place HelmEngine calls the YAML/JSON library.
enum YAMLBridge {
    static func decodeMap(_ text: String) throws -> GoMap {
        try YAMLDecoder.decodeValues(text)
    }

    /// A values file as helm reads it: v4 decodes every `---` document and deep-merges them
    /// (errors carry `cannot unmarshal yaml document: ...`); v3 reads the first document only.
    static func loadValues(_ bytes: [UInt8], profile: HelmProfile = .v4) throws -> GoMap {
        switch profile.valuesDocuments {
        case .mergeAll: return try YAMLDecoder.loadValues(bytes: bytes)
        case .firstOnly:
            return try bytes.withUnsafeBufferPointer { try YAMLDecoder.decodeValuesFile(bytes: $0, jsonRelease: profile.jsonRelease) }
        }
    }

    static func toYAMLPretty(_ value: Value) -> String {
        YAMLEncoder.toYAMLPretty(value)
    }

    static func decode(_ text: String) throws -> Value {
        try YAMLDecoder.decode(text)
    }

    static func encode(_ value: Value) throws -> String {
        try YAMLEncoder.encode(value)
    }

    static func json(_ value: Value, pretty: Bool = false, escapeHTML: Bool = true, release: GoJSON.Release = .go127) throws -> String {
        try GoJSON.encode(value, pretty: pretty, escapeHTML: escapeHTML, release: release)
    }

    static func decodeJSON(_ text: String, release: GoJSON.Release = .go127) throws -> Value {
        try GoJSON.decode(text, release: release)
    }
}

extension YAMLBridge {
    static func fromYAMLArray(_ text: String) -> Value { .list(GoList(YAMLDecoder.fromYAMLArray(text))) }
    static func fromJSON(_ text: String, release: GoJSON.Release = .go127) -> Value {
        GoJSON.fromJSON(text, release: release)
    }
    static func fromJSONArray(_ text: String, release: GoJSON.Release = .go127) -> Value {
        GoJSON.fromJSONArray(text, release: release)
    }
}
