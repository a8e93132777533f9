import GoRuntime

/// The release a chart is rendered for (`.Release`).
public struct ReleaseOptions {
    public var name: String
    public var namespace: String
    public var revision: Int = 1
    public var isUpgrade: Bool = false

    public init(name: String = "release-name", namespace: String = "default") {
        self.name = name
        self.namespace = namespace
    }

    var templateValue: Value {
        .map(GoMap([
            "Name": .string(name),
            "Namespace": .string(namespace),
            "IsUpgrade": .bool(isUpgrade),
            "IsInstall": .bool(!isUpgrade),
            "Revision": .int(revision),
            "Service": .string("Helm"),
        ]))
    }
}
