import GoRuntime

/// Helm's `ValidateAgainstSchema`: checks the coalesced values of a chart and of each
/// sub-chart (its values under `values[name]`) against their `values.schema.json`.
public enum SchemaValidation {
    /// Throws a `ChartError` with helm's whole message when any chart's values are invalid
    /// (under helm v3's profile, a `GoRuntimeFatal` where its validator overflows its stack).
    public static func validate(chart: Chart, values: GoMap, profile: HelmProfile = .v4) throws {
        var compiled = CompiledSchemas()
        let report = try self.report(chart: chart, values: values, compiled: &compiled, dialect: profile.schemaDialect)
        if !report.isEmpty {
            throw ChartError("values don't meet the specifications of the schema(s) in the following chart(s):\n" + report)
        }
    }

    /// The failures of `chart` and its sub-charts, each as `NAME:\nDETAILS`; "" when valid.
    static func report(chart: Chart, values: GoMap, compiled: inout CompiledSchemas,
                       dialect: HelmProfile.SchemaDialect = .jsonschemaV6) throws -> String {
        var out = ""
        if let schema = chart.schema {
            let problem: String?
            switch dialect {
            case .jsonschemaV6: problem = check(values, schemaBytes: schema, compiled: &compiled)
            case .gojsonschema: problem = try GoJSONSchemaValidation.check(values, schemaBytes: schema)
            }
            if let problem {
                out += chart.name + ":\n" + problem
            }
        }
        for sub in chart.dependencies {
            guard let raw = values.entries[sub.name], !raw.isNil else { continue }
            guard case .map(let subValues) = raw else {
                out += "\(sub.name):\ninvalid type for values: expected object (map), got \(raw.goTypeName)\n"
                continue
            }
            out += try report(chart: sub, values: subValues, compiled: &compiled, dialect: dialect)
        }
        return out
    }

    /// helm's `ValidateAgainstSingleSchema` as text: the failure list (ending in a newline),
    /// or a schema loading error (without one); nil when the values are valid.
    static func check(_ values: GoMap, schemaBytes: [UInt8], compiled: inout CompiledSchemas) -> String? {
        let root: JSONSchema
        switch compiled.schema(for: schemaBytes) {
        case .success(let schema): root = schema
        case .failure(let problem): return problem.message
        }
        guard let failure = SchemaValidator.validate(.map(values), against: root) else { return nil }
        var text = failure.display()
        let prefix = "jsonschema validation failed with 'file:///values.schema.json#'\n"
        if text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text + "\n"
    }
}

/// The schemas of one validation run by file content: sub-charts that share a schema (the
/// same chart under several aliases, vendored copies) parse, meta-check and compile it once.
struct CompiledSchemas {
    /// A schema that cannot be used, with helm's message.
    struct Problem: Error { let message: String }

    /// A schema text as a dictionary key. Only its length and its first and last bytes are
    /// hashed (hashing all of a big schema twice cost more than a cache hit saves); equal
    /// hashes are told apart by comparing the whole texts.
    private struct TextKey: Hashable {
        let bytes: [UInt8]
        static let sampled = 64
        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { raw in
                let n = min(raw.count, TextKey.sampled)
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<n]))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(raw.count - n)...]))
            }
        }
    }

    private var byText: [TextKey: Result<JSONSchema, Problem>] = [:]

    mutating func schema(for bytes: [UInt8]) -> Result<JSONSchema, Problem> {
        let key = TextKey(bytes: bytes)
        if let done = byText[key] { return done }
        let result: Result<JSONSchema, Problem>
        do {
            let document = try SchemaJSON.parse(bytes)
            let draft = SchemaCompiler.draft(of: document)
            if let problem = SchemaMetaValidation.problem(document, draft: draft) {
                result = .failure(Problem(message: problem))
            } else {
                let schema = try SchemaCompiler.compile(document, draft: draft, sizeHint: bytes.count)
                ProcessLifetime.keep(schema)
                result = .success(schema)
            }
            // A one-shot run exits without freeing the parsed document (thousands of nodes).
            ProcessLifetime.keep(DocumentBox(document: document))
        } catch {
            result = .failure(Problem(message: "\(error)"))
        }
        byText[key] = result
        return result
    }
}

/// A parsed schema document as an object, for `ProcessLifetime.keep`.
private final class DocumentBox {
    let document: SchemaJSON
    init(document: SchemaJSON) { self.document = document }
}
