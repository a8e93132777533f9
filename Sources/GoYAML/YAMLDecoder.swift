import GoRuntime

/// Reads YAML exactly as helm does through `sigs.k8s.io/yaml.Unmarshal`: go-yaml v2 parses the
/// first document with YAML 1.1 typing, the result is converted to JSON and decoded by
/// `encoding/json`.
///
/// So every number is a float64 (`.float`), `yes`/`no`/`on`/`off`/`y`/`n` are booleans, map keys
/// become strings (`1:` → `"1"`, `n:` → `"false"`), timestamps stay strings, and later documents
/// in the stream are ignored. Errors carry helm's wording (`YAMLError.description`).
public enum YAMLDecoder {
    /// What the decoded document must be, as the Go target type of `Unmarshal` decides.
    enum Target {
        case map, list, any
    }

    /// Loads a values file (`values.yaml`, `-f`) as helm v4's `loader.LoadValues` does: the
    /// file is split into documents (k8s `YAMLReader`), each decoded as a map, and the maps are
    /// deep-merged in order (`MergeMaps`: nested maps merge, anything else is replaced).
    ///
    /// Errors read `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3:
    /// ...` or `error reading yaml document: invalid Yaml document separator: x`; callers add
    /// helm's file prefix (`cannot load values.yaml: `, `failed to parse FILE: `).
    public static func loadValues(_ text: String) throws -> GoMap {
        try loadValues(bytes: Array(text.utf8))
    }

    /// `loadValues` for a file's raw bytes: invalid UTF-8 is reported as go-yaml reports it
    /// (`yaml: invalid leading UTF-8 octet`) instead of being repaired by `String`.
    public static func loadValues(bytes: [UInt8]) throws -> GoMap {
        if let only = YAMLDocumentReader.onlyDocument(bytes) { return try loadDocument(only) }
        var reader = YAMLDocumentReader(bytes)
        var values = GoMap()
        while let document = try reader.next() {
            values = mergeMaps(values, try loadDocument(document))
        }
        return values
    }

    /// One document of a values file, with helm v4's wording for its errors.
    private static func loadDocument(_ document: [UInt8]) throws -> GoMap {
        do {
            return try document.withUnsafeBufferPointer { try decodeValuesFile(bytes: $0) }
        } catch let error as YAMLError {
            throw YAMLError(error.kind, "cannot unmarshal yaml document: " + error.message)
        }
    }

    /// helm's `loader.MergeMaps`: a new map with `b`'s entries over `a`'s, merging nested maps.
    public static func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = GoMap(a.entries)
        for (key, value) in b.entries {
            if case .map(let bm) = value, case .map(let am)? = out[key] {
                out[key] = .map(mergeMaps(am, bm))
            } else {
                out[key] = value
            }
        }
        return out
    }

    /// Decodes one YAML document as a map, as `sigs.k8s.io/yaml.Unmarshal` into
    /// `map[string]interface{}` does (`fromYaml`). Null or empty text gives an empty map; a list
    /// or scalar document is an error. Later documents are ignored.
    public static func decodeValues(_ text: String) throws -> GoMap {
        try withBytes(text) { try decodeValues(bytes: $0) }
    }

    /// Decodes a values file given as raw bytes (invalid UTF-8 is go-yaml's error, not repaired).
    public static func decodeValues(bytes: UnsafeBufferPointer<UInt8>, jsonRelease: GoJSON.Release = .go127) throws -> GoMap {
        if case .map(let m) = try decode(bytes: bytes, target: .map, jsonRelease: jsonRelease) { return m }
        return GoMap()
    }

    /// `decodeValues` for a document of a values file: libyaml reads it with the text of its
    /// comment lines cut (`BlockScalarElider.shortenComments`), which decodes to the same
    /// values; any error is the original document's.
    public static func decodeValuesFile(bytes: UnsafeBufferPointer<UInt8>, jsonRelease: GoJSON.Release = .go127) throws -> GoMap {
        if bytes.count >= elisionThreshold, let shorter = BlockScalarElider.shortenComments(bytes),
           let values = try? shorter.withUnsafeBufferPointer({ try decodeValues(bytes: $0, jsonRelease: jsonRelease) }) {
            return values
        }
        return try decodeValues(bytes: bytes, jsonRelease: jsonRelease)
    }

    /// Decodes into `interface{}`: the document may be a map, a list, a scalar or null (`.nil`).
    public static func decode(_ text: String) throws -> Value {
        try withBytes(text) { try decode(bytes: $0, target: .any) }
    }

    /// Documents from this size on have their long values skipped by `decodeHead`.
    static let elisionThreshold = 4096

    /// `decode` for callers that read only some top-level keys of a mapping document (helm's
    /// `SimpleHead` of each rendered manifest): the values of other keys are skimmed, not
    /// built, so the result holds only the `wanted` keys. Documents that are not a plain
    /// mapping, and every error, go through the full decoder, so results and errors are the
    /// same as `decode`'s for the wanted keys.
    public static func decodeHead(_ text: String, wanted: (String) -> Bool) throws -> Value {
        do {
            let node = try withBytes(text) { bytes in
                // Large documents: long values and block-scalar bodies outside the head are
                // not scanned (errors still come from the original text, below).
                if bytes.count >= elisionThreshold, let shorter = BlockScalarElider.elide(bytes) {
                    return try shorter.withUnsafeBufferPointer {
                        try YAMLTreeBuilder(parser: YAMLEventParser(input: $0)).buildHead(wanted: wanted)
                    }
                }
                return try YAMLTreeBuilder(parser: YAMLEventParser(input: bytes)).buildHead(wanted: wanted)
            }
            return node?.jsonValue ?? .nil
        } catch {
            return try decode(text)
        }
    }

    /// Decodes into `[]interface{}` as `fromYamlArray` does; null gives an empty list.
    public static func decodeArray(_ text: String) throws -> [Value] {
        let value = try withBytes(text) { try decode(bytes: $0, target: .list) }
        return value.listValue?.elements ?? []
    }

    /// `fromYaml`: the map, or `{"Error": message}` when decoding fails.
    public static func fromYAML(_ text: String) -> GoMap {
        do {
            return try decodeValues(text)
        } catch {
            return GoMap(["Error": .string(String(describing: error))])
        }
    }

    /// `fromYamlArray`: the list, or a one-element list holding the error message.
    public static func fromYAMLArray(_ text: String) -> [Value] {
        do {
            return try decodeArray(text)
        } catch {
            return [.string(String(describing: error))]
        }
    }

    /// The text's Go bytes: a `GoBytes` stand-in is the byte that is not UTF-8 it stands for,
    /// which go-yaml rejects as helm does.
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        if GoBytes.hasRawBytes(text) { return try GoBytes.bytes(text).withUnsafeBufferPointer(body) }
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer(body)
    }

    /// Decodes a mapping document for a Go struct target (`Chart.yaml` into `chart.Metadata`):
    /// as `decodeValues`, except that integers stay integers (`.int`), so the caller can turn
    /// the scalars of its string fields into text with `stringTarget` as sigs.k8s.io/yaml does
    /// (`appVersion: 20230101` is `"20230101"`, not a float64's `2.0230101e+07`).
    public static func decodeStruct(_ text: String) throws -> GoMap {
        let value = try withBytes(text) { try decode(bytes: $0, target: .map, keepsIntegers: true) }
        if case .map(let m) = value { return m }
        return GoMap()
    }

    /// sigs.k8s.io/yaml's `convertToJSONableObject` for a scalar whose Go target is a string:
    /// integers in decimal, floats as `strconv.FormatFloat(f, 'g', -1, 32)` (`+Inf`, `NaN`),
    /// booleans as `true`/`false`; `null` leaves the string empty. nil for collections.
    public static func stringTarget(_ value: Value) -> String? {
        switch value {
        case .nil: return ""
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let kind): return kind.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let f):
            if f.isNaN { return "NaN" }
            if Float(f).isInfinite { return f < 0 ? "-Inf" : "+Inf" }
            return YAMLKeyConversion.formatFloat32(f)
        default: return nil
        }
    }

    /// json.Marshal's error for the first NaN or infinity in `value` (maps in sorted key order),
    /// as sigs.k8s.io/yaml reports it; nil when there is none.
    public static func nonFiniteError(in value: Value) -> YAMLError? {
        guard let bad = GoJSONEncoder.firstNonFinite(value) else { return nil }
        return YAMLError(.conversion, "error converting YAML to JSON: json: unsupported value: " + bad)
    }

    /// A value decoded by `decodeStruct` as JSON holds it: integers become float64 again.
    public static func jsonNumbers(_ value: Value) -> Value {
        switch value {
        case .int(let i, let kind): return .float(kind.isUnsigned ? Double(UInt64(bitPattern: i)) : Double(i))
        case .list(let l): return .list(GoList(l.elements.map(jsonNumbers), elementType: l.elementType))
        case .map(let m): return .map(GoMap(m.entries.mapValues(jsonNumbers), valueType: m.valueType, namedType: m.namedType))
        default: return value
        }
    }

    static func decode(bytes: UnsafeBufferPointer<UInt8>, target: Target, jsonRelease: GoJSON.Release = .go127,
                       keepsIntegers: Bool = false) throws -> Value {
        let builder = YAMLTreeBuilder(parser: YAMLEventParser(input: bytes), keepsIntegers: keepsIntegers)
        let prefix = "error converting YAML to JSON: "
        let root: YAMLNode?
        do {
            root = try builder.buildFirstDocument()
        } catch let error as YAMLError {
            throw YAMLError(error.kind, prefix + error.message)
        }
        if let message = builder.decodeError { throw YAMLError(.syntax, prefix + message) }
        if let message = builder.conversionError { throw YAMLError(.conversion, prefix + message) }
        let value = root?.jsonValue ?? .nil
        // A struct target may still turn a NaN or infinity into a string: its caller checks.
        if builder.sawNonFinite, !keepsIntegers, let bad = GoJSONEncoder.firstNonFinite(value) {
            throw YAMLError(.conversion, prefix + "json: unsupported value: " + bad)
        }
        if builder.exceedsJSONDepth {
            // Go 1.23's classic scanner names the bracket; later releases do not.
            let detail = jsonRelease == .go123 ? "invalid character '\(builder.tooDeepBracket)' exceeded max depth" : "exceeded max depth"
            throw YAMLError(.conversion, "error unmarshaling JSON: while decoding JSON: " + detail)
        }
        let kind: String
        switch value {
        case .map:
            if target != .list { return value }
            kind = "object"
        case .list:
            if target != .map { return value }
            kind = "array"
        case .nil:
            switch target {
            case .map: return .map(GoMap())
            case .list: return .list([])
            case .any: return .nil
            }
        case .string: kind = "string"
        case .bool: kind = "bool"
        default: kind = "number"
        }
        if target == .any { return value }
        let type = target == .map ? "map[string]interface {}" : "[]interface {}"
        throw YAMLError(.unmarshal,
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type \(type)")
    }
}
