import GoRuntime

/// jsonschema's compile-time check of a schema document against its draft's meta-schema
/// (drafts 4, 6, 7 and 2020-12; 2019-09 documents are not checked).
enum SchemaMetaValidation {
    private static let draft4 = compile(SchemaMetaschemas.draft4, draft: 4)
    private static let draft6 = compile(SchemaMetaschemas.draft6, draft: 6)
    private static let draft7 = compile(SchemaMetaschemas.draft7, draft: 7)
    private static let draft2020 = compile(SchemaMetaschemas.draft2020, draft: 2020)

    private static func compile(_ text: String, draft: Int) -> JSONSchema? {
        guard let json = try? SchemaJSON.parse(Array(text.utf8)) else { return nil }
        return try? SchemaCompiler.compile(json, draft: draft, assertFormats: true)
    }

    /// helm's message when `document` (of `draft`) breaks its meta-schema, or nil.
    static func problem(_ document: SchemaJSON, draft: Int) -> String? {
        // Most documents are valid: a direct structural check proves that quickly; when it
        // is not sure, the generic validation decides and words the message.
        if draft == 7 && SchemaMetaFastCheck.isValidDraft7(document) { return nil }
        return genericProblem(document, draft: draft)
    }

    /// `problem` through the generic validator against the compiled meta-schema.
    static func genericProblem(_ document: SchemaJSON, draft: Int) -> String? {
        let meta: (JSONSchema?, String)
        switch draft {
        case 4: meta = (draft4, "http://json-schema.org/draft-04/schema#")
        case 6: meta = (draft6, "http://json-schema.org/draft-06/schema#")
        case 7: meta = (draft7, "http://json-schema.org/draft-07/schema#")
        case 2020: meta = (draft2020, "https://json-schema.org/draft/2020-12/schema#")
        default: return nil
        }
        guard let schema = meta.0,
              let failure = SchemaValidator.validate(value(document), against: schema, url: meta.1) else { return nil }
        return "\"file:///values.schema.json#\" is not valid against metaschema: " + failure.display()
    }

    /// The document as the values model holds JSON (numbers as float64).
    static func value(_ json: SchemaJSON) -> Value {
        switch json {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .number(let text): return .float(Double(text) ?? 0)
        case .string(let s): return .string(s)
        case .array(let items): return .list(items.map(value))
        case .object(let o): return .map(GoMap(o.mapValues(value)))
        }
    }
}
