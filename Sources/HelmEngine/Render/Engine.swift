import GoRuntime
import GoTemplate

/// Renders a chart's templates (helm's `engine.Engine`): builds the scoped values of each
/// chart and sub-chart, parses every template into one set in helm's order, and executes
/// each non-partial template. Returns rendered text by template path.
public final class Engine {
    public init() {}

    /// A template to render with the values it sees.
    struct Renderable {
        let text: String
        let values: GoMap
        let basePath: String
    }

    /// The helm release being reproduced (from the capabilities of the render).
    private var profile = HelmProfile.v4
    private var valuesType: String { profile.valuesPackage + ".Values" }

    public func render(chart: Chart, values: GoMap, release: ReleaseOptions, capabilities: Capabilities) throws -> [String: String] {
        profile = capabilities.profile
        var templates: [String: Renderable] = [:]
        let top = GoMap([
            "Values": .map(values),
            "Release": release.templateValue,
            "Capabilities": .object(capabilities),
        ], namedType: valuesType)
        values.namedType = valuesType
        collectTemplates(chart, parentTop: top, into: &templates)
        return try render(templates)
    }

    /// helm's `recAllTpls`: each chart sees its own `.Values` (the parent's table under
    /// its name) and `.Chart`.
    @discardableResult
    func collectTemplates(_ chart: Chart, parentTop: GoMap, into templates: inout [String: Renderable]) -> GoMap {
        let values: Value
        if chart.isRoot {
            values = parentTop.entries["Values"] ?? .map(GoMap())
        } else if case .map(let parentValues)? = parentTop.entries["Values"],
                  case .map(let own)? = parentValues.entries[chart.name] {
            values = .map(own)
        } else {
            values = .map(GoMap([:], namedType: valuesType))
        }
        let next = GoMap([
            "Chart": profile.chartIsStruct ? chart.metadata.templateStruct(isRoot: chart.isRoot)
                : chart.metadata.templateValue(isRoot: chart.isRoot),
            "Files": .object(ChartFiles(chart.files, linesPanicsOnEmptyFile: profile.filesLinesPanicsOnEmptyFile)),
            "Release": parentTop.entries["Release"] ?? .nil,
            "Capabilities": parentTop.entries["Capabilities"] ?? .nil,
            "Values": values,
        ], namedType: valuesType)
        // `.Subcharts`: each sub-chart's own top-level object, by name (alias).
        let subcharts = GoMap()
        next.entries["Subcharts"] = .map(subcharts)
        for child in chart.dependencies {
            subcharts.entries[child.name] = .map(collectTemplates(child, parentTop: next, into: &templates))
        }
        let base = chart.fullPath
        for t in chart.templates {
            let fileName = t.name.split(separator: "/").last.map(String.init) ?? t.name
            if chart.metadata.isLibrary && !fileName.hasPrefix("_") { continue }
            templates[base + "/" + t.name] = Renderable(text: t.text, values: next, basePath: base + "/templates")
        }
        return next
    }

    /// helm's `sortTemplates`: deeper paths first, then reverse lexical order.
    static func sortTemplates(_ names: [String]) -> [String] {
        let keyed = names.map { name in (name: name, depth: name.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }) }
        return keyed.sorted { a, b in
            if a.depth != b.depth { return a.depth > b.depth }
            return goStringLess(b.name, a.name)
        }.map(\.name)
    }

    func render(_ templates: [String: Renderable]) throws -> [String: String] {
        let context = RenderContext()
        let set = TemplateSet(functions: HelmFunctions.make(context: context, profile: profile), goRelease: profile.goRelease)
        context.set = set
        ProcessLifetime.keep(set)
        let keys = Engine.sortTemplates(Array(templates.keys))
        // Sub-charts often vendor the same library (bitnami's `common` in every chart): a
        // text parsed once gives the trees of every other file with the same text.
        var parsedByText: [String: (file: String, trees: [Tree])] = [:]
        for name in keys {
            guard let r = templates[name] else { continue }
            if let earlier = parsedByText[r.text] {
                set.add(earlier.trees.map { $0.relabeled(from: earlier.file, to: name) })
                continue
            }
            do {
                let trees = try set.parseTrees(name: name, text: r.text)
                set.add(trees)
                parsedByText[r.text] = (name, trees)
            } catch let e as TemplateError {
                throw RenderError.parse(file: name, error: e)
            }
        }
        var rendered: [String: String] = [:]
        for name in keys {
            guard let r = templates[name] else { continue }
            let base = name.split(separator: "/").last.map(String.init) ?? name
            if base.hasPrefix("_") { continue }
            r.values.entries["Template"] = .map(GoMap(["Name": .string(name), "BasePath": .string(r.basePath)], namedType: valuesType))
            do {
                let out = try set.execute(name, data: .map(r.values))
                rendered[name] = out.replacingNoValue()
            } catch let e as TemplateError {
                throw RenderError.exec(file: name, error: e, traced: profile.tracesExecErrors)
            } catch let e as UnwrappedTemplateError {
                throw RenderError.limit(file: name, message: e.message)
            }
        }
        return rendered
    }
}

extension String {
    /// helm replaces Go's `<no value>` with nothing after executing a template.
    func replacingNoValue() -> String { removingAll("<no value>") }
}
