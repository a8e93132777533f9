import GoRuntime

/// One scoring flow's values: its models, the scoring services it waits for, its source and
/// sink endpoints, its mode, and its parameters checked against the chart's flow parameters.
struct FlowBuilder {
    let flow: IRFlow
    let servers: ModelServers
    let channels: [ValuesBuilder.ResolvedChannel]
    let catalog: ChartCatalog
    let substitution: ParameterSubstitution

    func build(errors: inout IRErrors) -> GoMap? {
        let file = flow.origin.file
        let path = flow.origin.path
        let before = errors.errors.count
        var services: [Value] = []
        var seen: [Int] = []
        for (index, model) in flow.models.enumerated() {
            guard let server = servers.serverOfModel[model] else {
                // A model that exists but failed its own checks is reported there.
                if !servers.servers.contains(where: { s in s.models.contains { $0.name == model } }) {
                    errors.add(file, "\(path).models[\(index)]", "model \"\(model)\" is not defined")
                }
                continue
            }
            if seen.contains(server) { continue }
            seen.append(server)
            services.append(.map(GoMap([
                "name": .string(servers.servers[server].name),
                "port": .float(servers.servers[server].port),
            ])))
        }
        let source = endpoint(flow.source, role: "source", errors: &errors)
        let sink = endpoint(flow.sink, role: "sink", errors: &errors)
        let parameters = checkedParameters(errors: &errors)
        guard errors.errors.count == before, let source, let sink else { return nil }
        let batch = source.kind == "file" || source.kind == "test"
        return GoMap([
            "name": .string(flow.name),
            "mode": .string(batch ? "batch" : "stream"),
            "models": .stringList(flow.models),
            "services": .list(services),
            "source": .map(source.endpoint(source.source ?? GoMap())),
            "sink": .map(sink.endpoint(sink.sink ?? GoMap())),
            "parameters": .map(parameters),
        ])
    }

    private func endpoint(_ name: String, role: String, errors: inout IRErrors) -> ValuesBuilder.ResolvedChannel? {
        let path = "\(flow.origin.path).\(role)"
        guard let channel = channels.first(where: { $0.name == name }) else {
            errors.add(flow.origin.file, path, "data channel \"\(name)\" is not defined")
            return nil
        }
        let offered = role == "source" ? channel.source : channel.sink
        if offered == nil {
            errors.add(flow.origin.file, path, "data channel \"\(name)\" has no \(role)")
            return nil
        }
        return channel
    }

    /// The chart's default flow parameters with the flow's (substituted) values over them.
    private func checkedParameters(errors: inout IRErrors) -> GoMap {
        let file = flow.origin.file
        let base = "\(flow.origin.path).parameters"
        let given = substitution.apply(flow.parameters, file: file, path: base, errors: &errors)
        let out = GoMap(catalog.flowParameters.entries)
        let known = catalog.flowParameters.sortedKeys
        for key in given.sortedKeys {
            let value = given[key] ?? .nil
            guard let defaultValue = catalog.flowParameters[key] else {
                errors.add(file, "\(base).\(key)", "unknown flow parameter \"\(key)\" (known: \(known.joined(separator: ", ")))")
                continue
            }
            guard IRType.same(value, defaultValue) else {
                errors.add(file, "\(base).\(key)", "want \(IRType.name(defaultValue)), got \(IRType.name(value))")
                continue
            }
            out[key] = value
        }
        return out
    }
}
