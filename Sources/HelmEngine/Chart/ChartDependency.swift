import GoRuntime

/// One entry of `dependencies:` in `Chart.yaml` (helm's `chart.Dependency`). A class, as
/// helm mutates the entries through pointers while processing (`Name` becomes the alias,
/// `Enabled` is computed, `ImportValues` is normalized).
public final class ChartDependency {
    public var name: String
    public var version: String
    public var repository: String
    public var condition: String
    public var tags: [String]
    public var enabled: Bool
    public var importValues: [Value]
    public var alias: String

    init(name: String, version: String, repository: String, condition: String, tags: [String],
         enabled: Bool, importValues: [Value], alias: String) {
        self.name = name
        self.version = version
        self.repository = repository
        self.condition = condition
        self.tags = tags
        self.enabled = enabled
        self.importValues = importValues
        self.alias = alias
    }

    /// Decodes an entry; nil for a `null` entry (which validation rejects).
    static func decode(_ value: Value) -> ChartDependency? {
        guard case .map(let m) = value else { return nil }
        func string(_ key: String) -> String {
            switch m.entries[key] {
            case .string(let s)?: return s
            case nil, .nil?: return ""
            case let v?: return GoFormat.value(v)
            }
        }
        var tags: [String] = []
        if case .list(let l)? = m.entries["tags"] {
            tags = l.elements.map { if case .string(let s) = $0 { return s } else { return GoFormat.value($0) } }
        }
        var imports: [Value] = []
        if case .list(let l)? = m.entries["import-values"] { imports = l.elements }
        var enabled = false
        if case .bool(let b)? = m.entries["enabled"] { enabled = b }
        return ChartDependency(
            name: ChartMetadata.sanitize(string("name")), version: ChartMetadata.sanitize(string("version")),
            repository: ChartMetadata.sanitize(string("repository")), condition: ChartMetadata.sanitize(string("condition")),
            tags: tags.map(ChartMetadata.sanitize), enabled: enabled, importValues: imports, alias: string("alias"))
    }

    /// The entry as templates see it (Go field names).
    var templateValue: Value {
        .map(GoMap([
            "Alias": .string(alias), "Condition": .string(condition), "Enabled": .bool(enabled),
            "ImportValues": .list(GoList(importValues)), "Name": .string(name),
            "Repository": .string(repository), "Tags": .stringList(tags), "Version": .string(version),
        ]))
    }

    func copy() -> ChartDependency {
        ChartDependency(name: name, version: version, repository: repository, condition: condition, tags: tags,
                        enabled: enabled, importValues: importValues, alias: alias)
    }

    /// helm's `Dependency.Validate` alias check (`^[a-zA-Z0-9_-]+$`).
    var aliasIsValid: Bool {
        alias.isEmpty || alias.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        }
    }
}
