/// gojsonschema's `Schema.parseSchema`: compiles a `values.schema.json` document into
/// `GoJSONSubSchema`s, failing with its first error in its keyword order. Object keys are
/// visited in sorted order where gojsonschema ranges over a Go map (an order Go randomizes).
struct GoJSONSchemaCompiler {
    private var references: GoJSONSchemaReferences
    /// Every schema made, so validation can tell a `$ref` cycle from deep values.
    private(set) var schemaCount = 0

    private init(root: SchemaJSON) throws {
        references = try GoJSONSchemaReferences(root: root)
    }

    /// The root schema of `document` (helm v3's `gojsonschema.Validate` on a bytes loader).
    static func compile(_ document: SchemaJSON) throws -> (root: GoJSONSubSchema, schemaCount: Int) {
        switch document {
        case .object, .bool: break
        default: throw GoJSONSchemaError.invalid("schema is invalid")
        }
        let draft = try Self.draft(of: document) ?? .hybrid
        var compiler = try GoJSONSchemaCompiler(root: document)
        let root = GoJSONSubSchema()
        try compiler.parse(document, into: root, draft: draft, base: "")
        return (root, compiler.schemaCount + 1)
    }

    /// `parseSchemaURL`: the draft a `$schema` names (draft 4, 6 or 7), nil for others.
    static func draft(of document: SchemaJSON) throws -> GoJSONDraft? {
        guard case .object(let m) = document, let schema = m["$schema"] else { return nil }
        guard case .string(let url) = schema else { throw GoJSONSchemaError.mustBeOfType("$schema", "string") }
        switch GoJSONSchemaReferences.normalized(url) {
        case "http://json-schema.org/draft-04/schema": return .draft4
        case "http://json-schema.org/draft-06/schema": return .draft6
        case "http://json-schema.org/draft-07/schema": return .draft7
        default: return nil
        }
    }

    mutating func child(_ node: SchemaJSON, draft: GoJSONDraft, base: String) throws -> GoJSONSubSchema {
        let schema = GoJSONSubSchema()
        try parse(node, into: schema, draft: draft, base: base)
        return schema
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    mutating func parse(_ node: SchemaJSON, into schema: GoJSONSubSchema, draft: GoJSONDraft, base: String) throws {
        schemaCount += 1
        if draft >= .draft6, case .bool(let b) = node {
            schema.pass = b
            return
        }
        guard case .object(let m) = node else { throw GoJSONSchemaError.notASchema }
        let idKey = draft == .draft4 ? "id" : (draft == .hybrid && m["id"] != nil ? "id" : "$id")
        var base = base
        if let id = m[idKey] {
            guard case .string(let text) = id else { throw GoJSONSchemaError.invalidType(expected: "string", given: idKey) }
            base = GoJSONSchemaReferences.resolve(text, against: base)
        }
        if let definitions = m["definitions"] {
            switch definitions {
            case .object(let entries):
                for key in entries.keys.sorted() {
                    guard let value = entries[key] else { continue }
                    switch value {
                    case .object, .bool: _ = try child(value, draft: draft, base: base)
                    default: throw GoJSONSchemaError.invalidType(expected: "array of schemas", given: "definitions")
                    }
                }
            case .bool:
                // gojsonschema accepts a boolean here, then ranges over it as a map.
                throw GoJSONSchemaError.panic("interface conversion: interface {} is bool, not map[string]interface {}")
            default:
                throw GoJSONSchemaError.invalidType(expected: "array of schemas", given: "definitions")
            }
        }
        for key in ["title", "description"] {
            if let value = m[key], value.stringValue == nil {
                throw GoJSONSchemaError.invalidType(expected: "string", given: key)
            }
        }
        if let ref = m["$ref"] {
            guard case .string(let text) = ref else { throw GoJSONSchemaError.invalidType(expected: "string", given: "$ref") }
            let target = GoJSONSchemaReferences.resolve(text, against: base)
            if let known = references.schema(named: target) {
                schema.refSchema = known
            } else {
                let referenced = GoJSONSubSchema()
                references.register(referenced, named: target)
                let document = try references.document(named: target)
                switch document {
                case .object, .bool: break
                default: throw GoJSONSchemaError.mustBeOfType("valid schema", "object")
                }
                try parse(document, into: referenced, draft: draft, base: target)
                schema.refSchema = referenced
                return
            }
        }
        try parseTypes(m["type"], into: schema)
        try parseObjectKeywords(m, into: schema, draft: draft, base: base)
        try parseArrayKeywords(m, into: schema, draft: draft, base: base)
        try parseNumberKeywords(m, into: schema, draft: draft)
        try parseStringKeywords(m, into: schema)
        try parseCountKeywords(m, into: schema)
        if draft >= .draft6, let contains = m["contains"] {
            schema.contains = try child(contains, draft: draft, base: base)
        }
        if draft >= .draft6, let value = m["const"] {
            schema.constValue = try GoJSONSchemaText.marshalWithoutNumber(value)
        }
        if let value = m["enum"] {
            guard case .array(let options) = value else { throw GoJSONSchemaError.mustBeOf("enum", "an", "array") }
            for option in options {
                let text = try GoJSONSchemaText.marshalWithoutNumber(option)
                if schema.enumValues.contains(text) { throw GoJSONSchemaError.invalid("enum items must be unique") }
                schema.enumValues.append(text)
            }
        }
        schema.oneOf = try schemaList(m["oneOf"], key: "oneOf", draft: draft, base: base)
        schema.anyOf = try schemaList(m["anyOf"], key: "anyOf", draft: draft, base: base)
        // gojsonschema names `anyOf` in the error of a malformed `allOf` too.
        schema.allOf = try schemaList(m["allOf"], key: "anyOf", draft: draft, base: base)
        schema.not = try objectSchema(m["not"], key: "not", draft: draft, base: base)
        if draft >= .draft7 {
            schema.ifSchema = try objectSchema(m["if"], key: "if", draft: draft, base: base)
            schema.thenSchema = try objectSchema(m["then"], key: "then", draft: draft, base: base)
            schema.elseSchema = try objectSchema(m["else"], key: "else", draft: draft, base: base)
        }
    }
}
