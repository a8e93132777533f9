import GoRuntime

extension ChartMetadata {
    /// The `.Chart` object as helm v3 exposes it: `struct { chart.Metadata; IsRoot bool }`,
    /// so lowercase or unknown fields are errors, `typeOf` names the struct and `toJson`
    /// follows `chart.Metadata`'s JSON tags. (Maintainers and dependencies are pointers: Go
    /// prints their addresses inside `%v`, which Rudder cannot reproduce.)
    func templateStruct(isRoot: Bool) -> Value {
        guard case .map(let fields) = templateValue(isRoot: isRoot) else { return .nil }
        func v(_ key: String) -> Value { fields.entries[key] ?? .nil }
        func maintainer(_ value: Value) -> Value {
            guard case .map(let m) = value else { return value }
            return .object(GoStructValue(type: "*chart.Maintainer", isPointer: true, fields: [
                .init("Name", json: "name", m.entries["Name"] ?? .string("")),
                .init("Email", json: "email", m.entries["Email"] ?? .string("")),
                .init("URL", json: "url", m.entries["URL"] ?? .string("")),
            ]))
        }
        var maintainers: [Value] = []
        if case .list(let l) = v("Maintainers") { maintainers = l.elements.map(maintainer) }
        // Slice fields Chart.yaml does not set stay nil in Go (`toJson` writes null); the
        // string slices are `[]string`.
        func slice(_ key: String, _ value: Value, elementType: ElementType = .interface) -> Value {
            guard case .list(var l) = value else { return value }
            if elementType != .interface { l.elementType = elementType }
            l.isNilSlice = raw.entries[key] == nil
            return .list(l)
        }
        let metadata = GoStructValue(type: "chart.Metadata", fields: [
            .init("Name", json: "name", v("Name")),
            .init("Home", json: "home", v("Home")),
            .init("Sources", json: "sources", slice("sources", v("Sources"), elementType: .string)),
            .init("Version", json: "version", v("Version")),
            .init("Description", json: "description", v("Description")),
            .init("Keywords", json: "keywords", slice("keywords", v("Keywords"), elementType: .string)),
            .init("Maintainers", json: "maintainers", slice("maintainers", .list(GoList(maintainers)))),
            .init("Icon", json: "icon", v("Icon")),
            .init("APIVersion", json: "apiVersion", v("APIVersion")),
            .init("Condition", json: "condition", v("Condition")),
            .init("Tags", json: "tags", v("Tags")),
            .init("AppVersion", json: "appVersion", v("AppVersion")),
            .init("Deprecated", json: "deprecated", v("Deprecated")),
            .init("Annotations", json: "annotations", v("Annotations")),
            .init("KubeVersion", json: "kubeVersion", v("KubeVersion")),
            .init("Dependencies", json: "dependencies", dependenciesStruct()),
            .init("Type", json: "type", v("Type")),
        ])
        return .object(GoStructValue(type: "struct { chart.Metadata; IsRoot bool }", fields: [
            .init("Metadata", json: nil, .object(metadata)),
            .init("IsRoot", json: "IsRoot", omitEmpty: false, .bool(isRoot)),
        ]))
    }

    /// `Metadata.Dependencies` as `[]*chart.Dependency` with helm v3's JSON tags.
    private func dependenciesStruct() -> Value {
        var deps = processedDependencies
        if deps == nil, case .list(let l)? = raw.entries["dependencies"] {
            deps = l.elements.compactMap(ChartDependency.decode)
        }
        var list = GoList((deps ?? []).map { d in
            .object(GoStructValue(type: "*chart.Dependency", isPointer: true, fields: [
                .init("Name", json: "name", omitEmpty: false, .string(d.name)),
                .init("Version", json: "version", .string(d.version)),
                .init("Repository", json: "repository", omitEmpty: false, .string(d.repository)),
                .init("Condition", json: "condition", .string(d.condition)),
                .init("Tags", json: "tags", .stringList(d.tags)),
                .init("Enabled", json: "enabled", .bool(d.enabled)),
                .init("ImportValues", json: "import-values", .list(GoList(d.importValues))),
                .init("Alias", json: "alias", .string(d.alias)),
            ]))
        })
        list.isNilSlice = raw.entries["dependencies"] == nil
        return .list(list)
    }
}
