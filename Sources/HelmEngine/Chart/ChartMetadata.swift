import GoRuntime

/// `Chart.yaml` (helm's `chart.Metadata`), kept as decoded data with typed accessors.
public struct ChartMetadata {
    public let raw: GoMap

    /// The declared dependencies as helm holds them after processing (set by
    /// `Dependencies.process`); nil before, when `.Chart.Dependencies` shows `Chart.yaml`'s.
    var processedDependencies: [ChartDependency]?

    public init(raw: GoMap) { self.raw = raw }

    /// A copy with one top-level key replaced (helm copies the metadata to rename an alias).
    func replacing(_ key: String, with value: Value) -> ChartMetadata {
        let copy = GoMap(raw.entries, valueType: raw.valueType, namedType: raw.namedType)
        copy.entries[key] = value
        return ChartMetadata(raw: copy)
    }

    /// helm's `sanitizeString`: whitespace becomes a space, unprintable characters go.
    static func sanitize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            default:
                if GoQuote.isPrint(u.value) { out.append(u) }
            }
        }
        return String(out)
    }

    func string(_ key: String) -> String {
        switch raw.entries[key] {
        case .string(let s)?: return s
        case nil, .nil?: return ""
        case let v?: return GoFormat.value(v)
        }
    }

    public var name: String { string("name") }
    public var version: String { string("version") }
    public var apiVersion: String { string("apiVersion") }
    public var appVersion: String { string("appVersion") }
    public var type: String { string("type") }
    public var isLibrary: Bool { type == "library" }

    /// `.Chart.Dependencies`: helm's `Dependency` structs by Go field name.
    func dependenciesValue() -> Value {
        var deps = processedDependencies
        if deps == nil, case .list(let l)? = raw.entries["dependencies"] {
            deps = l.elements.compactMap(ChartDependency.decode)
        }
        return .list(GoList((deps ?? []).map { $0.templateValue }))
    }

    /// The `.Chart` object as helm v4 exposes it: a map with the Go field names of
    /// `chart.Metadata` plus `IsRoot`.
    func templateValue(isRoot: Bool) -> Value {
        func list(_ key: String, _ transform: (Value) -> Value = { $0 }) -> Value {
            if case .list(let l)? = raw.entries[key] { return .list(GoList(l.elements.map(transform))) }
            return .list(GoList([]))
        }
        func stringMap(_ key: String) -> Value {
            if case .map(let m)? = raw.entries[key] { return .map(GoMap(m.entries, valueType: .interface)) }
            // A Go map field never set: nil (`toJson` writes null).
            let none = GoMap([:], valueType: .interface)
            none.isNilMap = true
            return .map(none)
        }
        let maintainer: (Value) -> Value = { v in
            guard case .map(let m) = v else { return v }
            func s(_ k: String) -> Value { if case .string(let x)? = m.entries[k] { return .string(x) }; return .string("") }
            return .map(["Email": s("email"), "Name": s("name"), "URL": s("url")])
        }
        var deprecated = false
        if case .bool(let b)? = raw.entries["deprecated"] { deprecated = b }
        let entries: [String: Value] = [
            "APIVersion": .string(apiVersion),
            "Annotations": stringMap("annotations"),
            "AppVersion": .string(appVersion),
            "Condition": .string(string("condition")),
            "Dependencies": dependenciesValue(),
            "Deprecated": .bool(deprecated),
            "Description": .string(string("description")),
            "Home": .string(string("home")),
            "Icon": .string(string("icon")),
            "IsRoot": .bool(isRoot),
            "Keywords": list("keywords"),
            "KubeVersion": .string(string("kubeVersion")),
            "Maintainers": list("maintainers", maintainer),
            "Name": .string(name),
            "Sources": list("sources"),
            "Tags": .string(string("tags")),
            "Type": .string(type),
            "Version": .string(version),
        ]
        return .map(GoMap(entries))
    }
}
