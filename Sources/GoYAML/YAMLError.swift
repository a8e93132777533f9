/// An error from decoding or encoding YAML, worded exactly as helm prints it.
///
/// `description` is the whole Go error text, e.g.
/// `error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context`.
public struct YAMLError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Which stage of sigs.k8s.io/yaml failed.
    public enum Kind: Sendable, Equatable {
        /// go-yaml could not parse or decode the text (`yaml: ...`).
        case syntax
        /// The decoded YAML could not become JSON (non-string keys, NaN, infinities).
        case conversion
        /// The JSON did not fit the target type (`json: cannot unmarshal ...`).
        case unmarshal
        /// A value could not be marshalled (`toYaml` of NaN, of an unsupported object, ...).
        case marshal
    }

    public let kind: Kind
    /// The full error text as Go's `err.Error()` returns it.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
