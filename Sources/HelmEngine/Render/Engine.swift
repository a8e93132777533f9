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
        next.markHoldsTemplate()
        // `.Subcharts`: each sub-chart's own top-level object, by name (alias).
        let subcharts = GoMap()
        next.entries["Subcharts"] = .map(subcharts)
        for child in chart.dependencies {
            subcharts.entries[child.name] = .map(collectTemplates(child, parentTop: next, into: &templates))
        }
        let base = chart.fullPath
        for t in chart.templates {
            if chart.metadata.isLibrary && !Engine.isPartial(t.name) { continue }
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

    /// Whether the file name of `path` (its last non-empty `/` component, or the whole path
    /// when it has none) starts with `_`: a partial, parsed but not rendered.
    static func isPartial(_ path: String) -> Bool {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
            end = utf8.index(before: end)
        }
        guard end > utf8.startIndex else { return utf8.first == UInt8(ascii: "_") }
        let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/"))
        let start = slash.map { utf8.index(after: $0) } ?? utf8.startIndex
        return utf8[start] == UInt8(ascii: "_")
    }

    /// A template text as a dictionary key: hashed by its length and first and last bytes
    /// (hashing every byte of every template cost more than the look-up saves), told apart
    /// from other texts by comparing them whole.
    struct TextKey: Hashable {
        let text: String
        static let sampled = 64

        func hash(into hasher: inout Hasher) { hasher.combineSampled(text, sample: TextKey.sampled) }

        /// Byte equality (String's `==` would also equate canonically equivalent texts).
        static func == (a: TextKey, b: TextKey) -> Bool { goStringEqual(a.text, b.text) }
    }

    func render(_ templates: [String: Renderable]) throws -> [String: String] {
        let context = RenderContext()
        let set = TemplateSet(functions: HelmFunctions.make(context: context, profile: profile), goRelease: profile.goRelease)
        context.set = set
        ProcessLifetime.keep(set)
        let keys = Engine.sortTemplates(Array(templates.keys))
        // Sub-charts often vendor the same library (bitnami's `common` in every chart): a
        // text parsed once gives the trees of every other file with the same text.
        var parsedByText: [TextKey: (file: String, trees: [Tree])] = [:]
        parsedByText.reserveCapacity(keys.count)
        for name in keys {
            guard let r = templates[name] else { continue }
            if let earlier = parsedByText[TextKey(text: r.text)] {
                set.add(earlier.trees.map { $0.relabeled(from: earlier.file, to: name) })
                continue
            }
            do {
                let trees = try set.parseTrees(name: name, text: r.text)
                set.add(trees)
                parsedByText[TextKey(text: r.text)] = (name, trees)
            } catch let e as TemplateError {
                throw RenderError.parse(file: name, error: e)
            }
        }
        var rendered: [String: String] = [:]
        for name in keys {
            guard let r = templates[name] else { continue }
            if Engine.isPartial(name) { continue }
            let template = GoMap(["Name": .string(name), "BasePath": .string(r.basePath)], namedType: valuesType)
            MapChangeLog.writingTemplateEntries { r.values.entries["Template"] = .map(template) }
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
