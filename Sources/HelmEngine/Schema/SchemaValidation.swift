import GoRuntime

/// Helm's `ValidateAgainstSchema`: checks the coalesced values of a chart and of each
/// sub-chart (its values under `values[name]`) against their `values.schema.json`.
public enum SchemaValidation {
    /// Throws a `ChartError` with helm's whole message when any chart's values are invalid.
    public static func validate(chart: Chart, values: GoMap) throws {
        let report = self.report(chart: chart, values: values)
        if !report.isEmpty {
            throw ChartError("values don't meet the specifications of the schema(s) in the following chart(s):\n" + report)
        }
    }

    /// The failures of `chart` and its sub-charts, each as `NAME:\nDETAILS`; "" when valid.
    static func report(chart: Chart, values: GoMap) -> String {
        var out = ""
        if let schema = chart.schema {
            if let problem = check(values, schemaBytes: schema) {
                out += chart.name + ":\n" + problem
            }
        }
        for sub in chart.dependencies {
            guard let raw = values.entries[sub.name], !raw.isNil else { continue }
            guard case .map(let subValues) = raw else {
                out += "\(sub.name):\ninvalid type for values: expected object (map), got \(raw.goTypeName)\n"
                continue
            }
            out += report(chart: sub, values: subValues)
        }
        return out
    }

    /// helm's `ValidateAgainstSingleSchema` as text: the failure list (ending in a newline),
    /// or a schema loading error (without one); nil when the values are valid.
    static func check(_ values: GoMap, schemaBytes: [UInt8]) -> String? {
        let root: JSONSchema
        do {
            let document = try SchemaJSON.parse(schemaBytes)
            let draft = SchemaCompiler.draft(of: document)
            if let problem = SchemaMetaValidation.problem(document, draft: draft) { return problem }
            root = try SchemaCompiler.compile(document, draft: draft)
        } catch {
            return "\(error)"
        }
        guard let failure = SchemaValidator.validate(.map(values), against: root) else { return nil }
        var text = failure.display()
        let prefix = "jsonschema validation failed with 'file:///values.schema.json#'\n"
        if text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text + "\n"
    }
}
