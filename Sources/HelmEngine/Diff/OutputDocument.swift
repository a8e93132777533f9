import GoRuntime
import GoYAML

/// The name Kubernetes knows a resource by: apiVersion, kind, namespace and name.
public struct ResourceIdentity: Hashable, Sendable, CustomStringConvertible {
    public let apiVersion: String
    public let kind: String
    public let namespace: String
    public let name: String

    public init(apiVersion: String, kind: String, namespace: String, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// `Deployment web -n prod (apps/v1)`.
    public var description: String {
        var text = (kind.isEmpty ? "(no kind)" : kind) + " " + (name.isEmpty ? "(no name)" : name)
        if !namespace.isEmpty { text += " -n " + namespace }
        if !apiVersion.isEmpty { text += " (" + apiVersion + ")" }
        return text
    }
}

/// One document of `helm template`'s output: the template it came from (`# Source:`), its
/// text, and the resource it describes when its head says so.
public struct OutputDocument: Sendable {
    /// The `# Source:` path, empty when the document has none.
    public let source: String
    /// The document as printed, without the `---` separator line.
    public let text: String
    /// apiVersion/kind/namespace/name, nil for a document without kind and name (a comment-
    /// only document, or one that is not a YAML mapping).
    public let identity: ResourceIdentity?
    /// Whether the document has a `helm.sh/hook` annotation (helm prints hooks after the
    /// other manifests).
    public let isHook: Bool

    public init(text: String) {
        self.text = text
        var source = ""
        if text.hasPrefix("# Source: ") {
            let line = text.utf8.prefix { $0 != 10 }
            source = String(decoding: line.dropFirst("# Source: ".utf8.count), as: UTF8.self)
        }
        self.source = source
        (self.identity, self.isHook) = Self.head(of: text)
    }

    /// The text as compared by `ManifestComparison`: without trailing blank lines, which
    /// helm prints differently on standard output and in `--output-dir` files.
    public var comparedText: String {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 10 || last == 32 || last == 9 || last == 13 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self) + "\n"
    }

    /// The document without its `# Source:` line.
    public var body: String {
        guard !source.isEmpty else { return text }
        return String(decoding: text.utf8.drop { $0 != 10 }.dropFirst(), as: UTF8.self)
    }

    /// Splits output (standard output of `helm template`, or a file of an `--output-dir`
    /// tree) into documents, as helm's `--show-only` does.
    public static func split(_ output: String) -> [OutputDocument] {
        ManifestSorter.splitManifests(output).map(OutputDocument.init(text:))
    }

    static func head(of text: String) -> (ResourceIdentity?, Bool) {
        let wanted: Set<String> = ["apiVersion", "kind", "metadata"]
        guard case .map(let head)? = try? YAMLDecoder.decodeHead(text, wanted: { wanted.contains($0) }) else { return (nil, false) }
        func string(_ value: Value?) -> String {
            switch value {
            case .string(let s)?: return s
            case nil, .nil?: return ""
            case let other?: return (try? GoJSON.encode(other)) ?? ""
            }
        }
        var namespace = "", name = "", isHook = false
        if case .map(let meta)? = head.entries["metadata"] {
            namespace = string(meta.entries["namespace"])
            name = string(meta.entries["name"])
            if case .map(let annotations)? = meta.entries["annotations"] { isHook = annotations.entries["helm.sh/hook"] != nil }
        }
        let kind = string(head.entries["kind"])
        if kind.isEmpty && name.isEmpty { return (nil, isHook) }
        return (ResourceIdentity(apiVersion: string(head.entries["apiVersion"]), kind: kind, namespace: namespace, name: name), isHook)
    }
}
