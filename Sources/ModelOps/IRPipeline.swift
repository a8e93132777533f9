import GoRuntime

/// Where an IR element was declared, for error messages.
struct IROrigin {
    let file: String
    let path: String
}

/// A model to serve (IR `models[]`).
struct IRModel: IRNamed {
    let name: String
    let format: String
    let location: String
    let version: String
    let server: String?
    let origin: IROrigin
}

/// A scoring flow (IR `flows[]`): models scoring records read from `source`, written to `sink`.
struct IRFlow: IRNamed {
    let name: String
    let models: [String]
    let source: String
    let sink: String
    let parameters: GoMap
    let origin: IROrigin
}

/// A data channel (IR `channels[]`): shared settings plus the settings of its source and sink
/// roles; a role that is absent cannot be used by a flow.
struct IRChannel: IRNamed {
    let name: String
    let kind: String
    let settings: GoMap
    let source: GoMap?
    let sink: GoMap?
    let origin: IROrigin
}

/// A pipeline parameter (IR `parameters`), referenced as `${name}` in flows and channels.
struct IRParameter {
    let value: Value
    let origin: IROrigin
}

/// The merged IR of all files.
struct IRPipeline {
    var files: [String] = []
    var name: String?
    var nameOrigin: IROrigin?
    var job: String?
    var description: String?
    var labels: [(key: String, value: String)] = []
    /// Global settings by key (`traceLevel`, `gitServer`, ...), the last file winning.
    var global: [String: (value: Value, origin: IROrigin)] = [:]
    var parameters: [String: IRParameter] = [:]
    var models: [IRModel] = []
    var flows: [IRFlow] = []
    var channels: [IRChannel] = []
}

/// Known IR vocabulary.
enum IRVocabulary {
    static let topLevel = ["apiVersion", "kind", "metadata", "global", "parameters", "models", "flows", "channels"]
    static let metadata = ["name", "job", "description", "labels"]
    static let model = ["name", "format", "location", "version", "server"]
    static let flow = ["name", "models", "source", "sink", "parameters"]
    static let channel = ["name", "kind", "settings", "source", "sink"]
    static let channelKinds = ["kafka", "file", "http", "test"]
    /// Global settings and their types (`string` or `boolean`).
    static let global: [(key: String, type: String)] = [
        ("traceLevel", "string"), ("gitServer", "string"), ("imageRegistry", "string"),
        ("imageTag", "string"), ("namespace", "string"), ("infrastructure", "boolean"),
    ]
    static let traceLevels = ["error", "warn", "info", "debug", "trace"]
    static let apiVersion = "modelops.rudder.dev/v1"
    static let kind = "ScoringPipeline"
}

/// An IR entry with a unique name and the place it was defined.
protocol IRNamed {
    var name: String { get }
    var origin: IROrigin { get }
}
