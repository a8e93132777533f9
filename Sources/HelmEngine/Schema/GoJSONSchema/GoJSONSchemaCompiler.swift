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
        guard case .object = document else {
            if case .bool = document {} else { throw GoJSONSchemaError.invalid("schema is invalid") }
            var compiler = try GoJSONSchemaCompiler(root: document)
            let root = GoJSONSubSchema()
            try compiler.parse(document, into: root, draft: .hybrid, base: "")
            return (root, compiler.schemaCount + 1)
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

    private mutating func child(_ node: SchemaJSON, draft: GoJSONDraft, base: String) throws -> GoJSONSubSchema {
        let schema = GoJSONSubSchema()
        try parse(node, into: schema, draft: draft, base: base)
        return schema
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private mutating func parse(_ node: SchemaJSON, into schema: GoJSONSubSchema, draft: GoJSONDraft, base: String) throws {
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

    private func parseTypes(_ value: SchemaJSON?, into schema: GoJSONSubSchema) throws {
        guard let value else { return }
        let expected = "string/array of strings"
        switch value {
        case .string(let type): try Self.addType(type, to: schema)
        case .array(let list):
            for item in list {
                guard case .string(let type) = item else { throw GoJSONSchemaError.invalidType(expected: expected, given: "type") }
                try Self.addType(type, to: schema)
            }
        default: throw GoJSONSchemaError.invalidType(expected: expected, given: "type")
        }
    }

    private static let jsonTypes = ["array", "boolean", "integer", "number", "null", "object", "string"]

    private static func addType(_ type: String, to schema: GoJSONSubSchema) throws {
        guard jsonTypes.contains(type) else {
            throw GoJSONSchemaError.invalid("has a primitive type that is NOT VALID -- given: /\(type)/ Expected valid values are:["
                                            + jsonTypes.joined(separator: " ") + "]")
        }
        if schema.types.contains(type) { throw GoJSONSchemaError.invalid("\(type) type is duplicated") }
        schema.types.append(type)
    }

    private mutating func parseObjectKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema,
                                              draft: GoJSONDraft, base: String) throws {
        if let value = m["properties"] {
            guard case .object(let entries) = value else { throw GoJSONSchemaError.mustBeOfType("properties", "object") }
            for key in entries.keys.sorted() {
                guard let node = entries[key] else { continue }
                let property = GoJSONSubSchema()
                schema.properties.append((key, property))
                try parse(node, into: property, draft: draft, base: base)
            }
        }
        if let value = m["additionalProperties"] {
            schema.additionalProperties = try additional(value, key: "additionalProperties", draft: draft, base: base)
        }
        if let value = m["patternProperties"] {
            guard case .object(let entries) = value else {
                throw GoJSONSchemaError.invalidType(expected: "valid schema", given: "patternProperties")
            }
            for key in entries.keys.sorted() {
                guard let node = entries[key] else { continue }
                if SchemaRegex.compileError(key) != nil { throw GoJSONSchemaError.invalid("Invalid regex pattern '\(key)'") }
                schema.patternProperties.append((key, try child(node, draft: draft, base: base)))
            }
        }
        if draft >= .draft6, let value = m["propertyNames"] {
            switch value {
            case .object, .bool: schema.propertyNames = try child(value, draft: draft, base: base)
            default: throw GoJSONSchemaError.invalidType(expected: "valid schema", given: "patternProperties")
            }
        }
        if let value = m["dependencies"] {
            guard case .object(let entries) = value else { throw GoJSONSchemaError.mustBeOfType("dependencies", "object") }
            for key in entries.keys.sorted() {
                guard let node = entries[key] else { continue }
                switch node {
                case .array(let names):
                    var list: [String] = []
                    for name in names {
                        guard case .string(let text) = name else {
                            throw GoJSONSchemaError.mustBeOfType("dependency", "schema or array of strings")
                        }
                        list.append(text)
                    }
                    // gojsonschema registers the list only once it holds a name.
                    if !list.isEmpty { schema.dependencies[key] = .properties(list) }
                case .object, .bool:
                    schema.dependencies[key] = .schema(try child(node, draft: draft, base: base))
                default:
                    throw GoJSONSchemaError.mustBeOfType("dependency", "schema or array of strings")
                }
            }
        }
    }

    private mutating func parseArrayKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema,
                                             draft: GoJSONDraft, base: String) throws {
        if let value = m["items"] {
            let failure = GoJSONSchemaError.invalidType(expected: "valid schema/array of schemas", given: "items")
            switch value {
            case .array(let list):
                for item in list {
                    switch item {
                    case .object, .bool: schema.items.append(try child(item, draft: draft, base: base))
                    default: throw failure
                    }
                    schema.itemsIsSingleSchema = false
                }
            case .object, .bool:
                schema.items.append(try child(value, draft: draft, base: base))
                schema.itemsIsSingleSchema = true
            default:
                throw failure
            }
        }
        if let value = m["additionalItems"] {
            schema.additionalItems = try additional(value, key: "additionalItems", draft: draft, base: base)
        }
    }

    private mutating func additional(_ value: SchemaJSON, key: String, draft: GoJSONDraft,
                                     base: String) throws -> GoJSONSubSchema.Additional {
        switch value {
        case .bool(let b): return .allowed(b)
        case .object: return .schema(try child(value, draft: draft, base: base))
        default: throw GoJSONSchemaError.invalidType(expected: "boolean/valid schema", given: key)
        }
    }

    private func parseNumberKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema, draft: GoJSONDraft) throws {
        if let value = m["multipleOf"] {
            guard let n = Self.number(value) else { throw GoJSONSchemaError.invalidType(expected: "number", given: "multipleOf") }
            if n.isZero || n.negative { throw GoJSONSchemaError.invalid("multipleOf must be strictly greater than 0") }
            schema.multipleOf = n
        }
        if let value = m["minimum"] {
            guard let n = Self.number(value) else { throw GoJSONSchemaError.mustBeOf("minimum", "a", "number") }
            schema.minimum = n
        }
        if let value = m["exclusiveMinimum"] {
            try exclusive(value, key: "exclusiveMinimum", bound: "minimum", draft: draft,
                          inclusive: &schema.minimum, exclusive: &schema.exclusiveMinimum)
        }
        if let value = m["maximum"] {
            guard let n = Self.number(value) else { throw GoJSONSchemaError.mustBeOf("maximum", "a", "number") }
            schema.maximum = n
        }
        if let value = m["exclusiveMaximum"] {
            try exclusive(value, key: "exclusiveMaximum", bound: "maximum", draft: draft,
                          inclusive: &schema.maximum, exclusive: &schema.exclusiveMaximum)
        }
    }

    /// `exclusiveMinimum`/`exclusiveMaximum`: a boolean modifier of the bound in draft 4, a
    /// number from draft 6, either without a known `$schema`.
    private func exclusive(_ value: SchemaJSON, key: String, bound: String, draft: GoJSONDraft,
                           inclusive: inout SchemaNumber?, exclusive: inout SchemaNumber?) throws {
        func modifier(_ on: Bool) throws {
            guard inclusive != nil else { throw GoJSONSchemaError.invalid("\(key) cannot be used without \(bound)") }
            if on {
                exclusive = inclusive
                inclusive = nil
            }
        }
        switch draft {
        case .draft4:
            guard case .bool(let on) = value else { throw GoJSONSchemaError.invalidType(expected: "boolean", given: key) }
            try modifier(on)
        case .hybrid:
            if case .bool(let on) = value {
                try modifier(on)
            } else if let n = Self.number(value) {
                exclusive = n
            } else {
                throw GoJSONSchemaError.invalidType(expected: "boolean/number", given: key)
            }
        case .draft6, .draft7:
            guard let n = Self.number(value) else { throw GoJSONSchemaError.invalidType(expected: "number", given: key) }
            exclusive = n
        }
    }

    private func parseStringKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema) throws {
        schema.minLength = try Self.count(m["minLength"], key: "minLength")
        schema.maxLength = try Self.count(m["maxLength"], key: "maxLength")
        if let low = schema.minLength, let high = schema.maxLength, low > high {
            throw GoJSONSchemaError.invalid("minLength cannot be greater than maxLength")
        }
        if let value = m["pattern"] {
            guard case .string(let pattern) = value else { throw GoJSONSchemaError.mustBeOf("pattern", "a", "string") }
            if SchemaRegex.compileError(pattern) != nil { throw GoJSONSchemaError.invalid("pattern must be a valid regex") }
            schema.pattern = pattern
        }
        if let value = m["format"] {
            guard case .string(let format) = value else { throw GoJSONSchemaError.mustBeOfType("format", "string") }
            schema.format = format
        }
    }

    private func parseCountKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema) throws {
        schema.minProperties = try Self.count(m["minProperties"], key: "minProperties")
        schema.maxProperties = try Self.count(m["maxProperties"], key: "maxProperties")
        if let low = schema.minProperties, let high = schema.maxProperties, low > high {
            throw GoJSONSchemaError.invalid("minProperties cannot be greater than maxProperties")
        }
        if let value = m["required"] {
            guard case .array(let names) = value else { throw GoJSONSchemaError.mustBeOf("required", "an", "array") }
            for name in names {
                guard case .string(let text) = name else { throw GoJSONSchemaError.invalid("required items must be string") }
                if schema.required.contains(text) { throw GoJSONSchemaError.invalid("required items must be unique") }
                schema.required.append(text)
            }
        }
        schema.minItems = try Self.count(m["minItems"], key: "minItems")
        schema.maxItems = try Self.count(m["maxItems"], key: "maxItems")
        if let value = m["uniqueItems"] {
            guard case .bool(let b) = value else { throw GoJSONSchemaError.mustBeOf("uniqueItems", "a", "boolean") }
            schema.uniqueItems = b
        }
    }

    private mutating func schemaList(_ value: SchemaJSON?, key: String, draft: GoJSONDraft,
                                     base: String) throws -> [GoJSONSubSchema] {
        guard let value else { return [] }
        guard case .array(let list) = value else { throw GoJSONSchemaError.mustBeOf(key, "an", "array") }
        var out: [GoJSONSubSchema] = []
        for item in list { out.append(try child(item, draft: draft, base: base)) }
        return out
    }

    private mutating func objectSchema(_ value: SchemaJSON?, key: String, draft: GoJSONDraft,
                                       base: String) throws -> GoJSONSubSchema? {
        guard let value else { return nil }
        switch value {
        case .object, .bool: return try child(value, draft: draft, base: base)
        default: throw GoJSONSchemaError.mustBeOf(key, "an", "object")
        }
    }

    /// `mustBeNumber`: any JSON number.
    private static func number(_ value: SchemaJSON) -> SchemaNumber? {
        guard case .number(let text) = value else { return nil }
        return SchemaNumber(literal: text)
    }

    /// `mustBeInteger` then the `>= 0` check: an integer literal that fits an int64.
    private static func count(_ value: SchemaJSON?, key: String) throws -> Int? {
        guard let value else { return nil }
        guard case .number(let text) = value, let n = Int64(text) else {
            throw GoJSONSchemaError.mustBeOf(key, "an", "integer")
        }
        if n < 0 { throw GoJSONSchemaError.invalid("\(key) must be greater than or equal to 0") }
        return Int(n)
    }
}
