import GoRuntime
import HelmEngine

/// What the modelops chart declares that pre-processing needs: the scoring services (sub-charts
/// whose values list `formats`) and the scoring flow parameters with their default values.
struct ChartCatalog {
    /// A scoring service sub-chart.
    struct ScoringService {
        let chart: String
        let formats: [String]
        let defaultServer: String
        let port: Double
    }

    /// The loaded chart, for schema validation.
    let chart: Chart
    var services: [ScoringService] = []
    var flowParameters = GoMap()
    var components: [String] = []

    static func load(chartPath: String) throws -> ChartCatalog {
        let chart: Chart
        do {
            chart = try ChartLoader.load(path: chartPath)
        } catch {
            throw IRErrors.single(file: chartPath, "cannot load the modelops chart: \(error)")
        }
        var catalog = ChartCatalog(chart: chart)
        for sub in chart.dependencies.sorted(by: { goStringLess($0.metadata.name, $1.metadata.name) }) {
            let name = sub.metadata.name
            if sub.metadata.isLibrary { continue }
            catalog.components.append(name)
            let values = sub.values
            if case .list(let formats)? = values["formats"] {
                let runtime = values["runtime"]?.mapValue
                var port = 8080.0
                if case .float(let p)? = runtime?["port"] { port = p }
                catalog.services.append(ScoringService(
                    chart: name,
                    formats: formats.elements.compactMap(\.stringValue),
                    defaultServer: values["defaultServer"]?.stringValue ?? name,
                    port: port))
            }
            if name == "scoring-flow", case .map(let parameters)? = values["parameters"] {
                catalog.flowParameters = parameters
            }
        }
        return catalog
    }

    func service(forFormat format: String) -> ScoringService? {
        services.first { $0.formats.contains(format) }
    }

    var allFormats: [String] { services.flatMap(\.formats) }
}

extension IRErrors {
    static func single(file: String, _ message: String) -> IRErrors {
        var errors = IRErrors()
        errors.add(file, "", message)
        return errors
    }
}
