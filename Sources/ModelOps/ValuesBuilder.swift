import GoRuntime

/// Builds the modelops chart values from a merged IR: resolves models to scoring services,
/// flows to their models, services and channel endpoints, and applies parameters and globals.
enum ValuesBuilder {
    static func build(_ ir: IRPipeline, catalog: ChartCatalog, job: String?, errors: inout IRErrors) -> GoMap {
        let firstFile = ir.files.first ?? "<no IR file>"
        let substitution = ParameterSubstitution(parameters: ir.parameters)
        let values = GoMap()
        values["global"] = .map(GoMap(["modelops": .map(globals(ir, job: job, file: firstFile, errors: &errors))]))
        values["pipeline"] = .map(GoMap([
            "description": .string(ir.description ?? ""),
            "sources": .stringList(ir.files.map(baseName)),
        ]))

        let servers = ModelServers.assign(ir.models, catalog: catalog, errors: &errors)
        let channels = ir.channels.map { resolve($0, substitution, errors: &errors) }
        var flows: [Value] = []
        var testSources: [String] = []
        var testSinks: [String] = []
        for flow in ir.flows {
            let built = FlowBuilder(flow: flow, servers: servers, channels: channels, catalog: catalog,
                                    substitution: substitution)
            guard let value = built.build(errors: &errors) else { continue }
            flows.append(.map(value))
            if let source = channels.first(where: { $0.name == flow.source }), source.kind == "test",
               !testSources.contains(source.name) { testSources.append(source.name) }
            if let sink = channels.first(where: { $0.name == flow.sink }), sink.kind == "test",
               !testSinks.contains(sink.name) { testSinks.append(sink.name) }
        }

        var infrastructure = false
        if case .bool(true)? = ir.global["infrastructure"]?.value { infrastructure = true }
        for component in catalog.components {
            values[component] = .map(GoMap(["enabled": .bool(false)]))
        }
        values["container-tools"] = .map(GoMap(["enabled": .bool(true)]))
        values["streaming-runtime-base"] = .map(GoMap(["enabled": .bool(true)]))
        values["modelops-server"] = .map(GoMap(["enabled": .bool(infrastructure)]))
        values["scheduling-server"] = .map(GoMap(["enabled": .bool(infrastructure)]))
        values["data-channel"] = .map(GoMap([
            "enabled": .bool(!channels.isEmpty),
            "channels": .list(channels.map { .map($0.value) }),
        ]))
        values["scoring-flow"] = .map(GoMap(["enabled": .bool(!flows.isEmpty), "flows": .list(flows)]))
        for service in catalog.services {
            let list = servers.servers(of: service.chart)
            values[service.chart] = .map(GoMap([
                "enabled": .bool(!list.isEmpty),
                "servers": .list(list.map { .map($0.value) }),
            ]))
        }
        values["test-data-source"] = testChannels(testSources, role: \.source, channels)
        values["test-data-sink"] = testChannels(testSinks, role: \.sink, channels)
        return values
    }

    /// `global.modelops`: pipeline identity, labels and the IR's global settings.
    static func globals(_ ir: IRPipeline, job: String?, file: String, errors: inout IRErrors) -> GoMap {
        let out = GoMap()
        if let name = ir.name {
            out["pipeline"] = .string(name)
        } else {
            errors.add(file, "metadata.name", "required (the pipeline name, in one of the IR files)")
        }
        if let job = job ?? ir.job, !job.isEmpty {
            out["job"] = .string(job)
        } else {
            errors.add(file, "metadata.job", "required (the scoring job id, in an IR file or given with --job)")
        }
        if !ir.labels.isEmpty {
            out["labels"] = .map(GoMap(Dictionary(ir.labels.map { ($0.key, Value.string($0.value)) }, uniquingKeysWith: { $1 })))
        }
        for (key, entry) in ir.global where key != "infrastructure" {
            out[key] = entry.value
        }
        return out
    }

    /// A channel after parameter substitution, with its role settings merged over its own.
    struct ResolvedChannel {
        let name: String
        let kind: String
        let settings: GoMap
        let source: GoMap?
        let sink: GoMap?
        let value: GoMap

        func endpoint(_ role: GoMap) -> GoMap {
            GoMap(["channel": .string(name), "kind": .string(kind), "settings": .map(merge(settings, role))])
        }
    }

    static func resolve(_ channel: IRChannel, _ substitution: ParameterSubstitution, errors: inout IRErrors) -> ResolvedChannel {
        let file = channel.origin.file
        let path = channel.origin.path
        let settings = substitution.apply(channel.settings, file: file, path: path + ".settings", errors: &errors)
        let source = channel.source.map { substitution.apply($0, file: file, path: path + ".source", errors: &errors) }
        let sink = channel.sink.map { substitution.apply($0, file: file, path: path + ".sink", errors: &errors) }
        let value = GoMap(["name": .string(channel.name), "kind": .string(channel.kind), "settings": .map(settings)])
        if let source { value["source"] = .map(source) }
        if let sink { value["sink"] = .map(sink) }
        return ResolvedChannel(name: channel.name, kind: channel.kind, settings: settings, source: source, sink: sink, value: value)
    }

    static func testChannels(_ names: [String], role: KeyPath<ResolvedChannel, GoMap?>, _ channels: [ResolvedChannel]) -> Value {
        var list: [Value] = []
        for name in names {
            guard let channel = channels.first(where: { $0.name == name }) else { continue }
            let settings = merge(channel.settings, channel[keyPath: role] ?? GoMap())
            list.append(.map(GoMap(["channel": .string(name), "settings": .map(settings)])))
        }
        return .map(GoMap(["enabled": .bool(!list.isEmpty), "channels": .list(list)]))
    }

    /// `b`'s entries over `a`'s (shallow: role settings replace channel settings by key).
    static func merge(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = GoMap(a.entries)
        for (key, value) in b.entries { out[key] = value }
        return out
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
