import GoRuntime

/// Models grouped into model servers: one server per (scoring service, server name), the
/// server name being the model's `server` or the scoring service's default.
struct ModelServers {
    struct Server {
        let chart: String
        let name: String
        let port: Double
        var models: [IRModel]

        var value: GoMap {
            GoMap([
                "name": .string(name),
                "models": .list(models.map { model in
                    .map(GoMap([
                        "name": .string(model.name),
                        "format": .string(model.format),
                        "location": .string(model.location),
                        "version": .string(model.version),
                    ]))
                }),
            ])
        }
    }

    var servers: [Server] = []
    /// The server of each model, by model name.
    var serverOfModel: [String: Int] = [:]

    static func assign(_ models: [IRModel], catalog: ChartCatalog, errors: inout IRErrors) -> ModelServers {
        var result = ModelServers()
        for model in models {
            guard let service = catalog.service(forFormat: model.format) else {
                errors.add(model.origin.file, model.origin.path + ".format",
                           "no scoring service supports model format \"\(model.format)\" (supported: \(catalog.allFormats.joined(separator: ", ")))")
                continue
            }
            let name = model.server ?? service.defaultServer
            if let index = result.servers.firstIndex(where: { $0.name == name }) {
                guard result.servers[index].chart == service.chart else {
                    errors.add(model.origin.file, model.origin.path + (model.server == nil ? ".format" : ".server"),
                               "server \"\(name)\" already serves models of \(result.servers[index].chart), not \(service.chart)")
                    continue
                }
                result.servers[index].models.append(model)
                result.serverOfModel[model.name] = index
            } else {
                result.servers.append(Server(chart: service.chart, name: name, port: service.port, models: [model]))
                result.serverOfModel[model.name] = result.servers.count - 1
            }
        }
        return result
    }

    func servers(of chart: String) -> [Server] {
        servers.filter { $0.chart == chart }
    }
}
