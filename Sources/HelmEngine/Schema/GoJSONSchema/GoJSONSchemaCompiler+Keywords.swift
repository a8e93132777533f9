/// The keyword groups of `GoJSONSchemaCompiler.parse`, in gojsonschema's order.
extension GoJSONSchemaCompiler {
    func parseTypes(_ value: SchemaJSON?, into schema: GoJSONSubSchema) throws {
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

    static let jsonTypes = ["array", "boolean", "integer", "number", "null", "object", "string"]

    static func addType(_ type: String, to schema: GoJSONSubSchema) throws {
        guard jsonTypes.contains(type) else {
            throw GoJSONSchemaError.invalid("has a primitive type that is NOT VALID -- given: /\(type)/ Expected valid values are:["
                                            + jsonTypes.joined(separator: " ") + "]")
        }
        if schema.types.contains(type) { throw GoJSONSchemaError.invalid("\(type) type is duplicated") }
        schema.types.append(type)
    }

    mutating func parseObjectKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema,
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

    mutating func parseArrayKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema,
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

    mutating func additional(_ value: SchemaJSON, key: String, draft: GoJSONDraft,
                                     base: String) throws -> GoJSONSubSchema.Additional {
        switch value {
        case .bool(let b): return .allowed(b)
        case .object: return .schema(try child(value, draft: draft, base: base))
        default: throw GoJSONSchemaError.invalidType(expected: "boolean/valid schema", given: key)
        }
    }

    func parseNumberKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema, draft: GoJSONDraft) throws {
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
    func exclusive(_ value: SchemaJSON, key: String, bound: String, draft: GoJSONDraft,
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

    func parseStringKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema) throws {
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

    func parseCountKeywords(_ m: [String: SchemaJSON], into schema: GoJSONSubSchema) throws {
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

    mutating func schemaList(_ value: SchemaJSON?, key: String, draft: GoJSONDraft,
                                     base: String) throws -> [GoJSONSubSchema] {
        guard let value else { return [] }
        guard case .array(let list) = value else { throw GoJSONSchemaError.mustBeOf(key, "an", "array") }
        var out: [GoJSONSubSchema] = []
        for item in list { out.append(try child(item, draft: draft, base: base)) }
        return out
    }

    mutating func objectSchema(_ value: SchemaJSON?, key: String, draft: GoJSONDraft,
                                       base: String) throws -> GoJSONSubSchema? {
        guard let value else { return nil }
        switch value {
        case .object, .bool: return try child(value, draft: draft, base: base)
        default: throw GoJSONSchemaError.mustBeOf(key, "an", "object")
        }
    }

    /// `mustBeNumber`: any JSON number.
    static func number(_ value: SchemaJSON) -> SchemaNumber? {
        guard case .number(let text) = value else { return nil }
        return SchemaNumber(literal: text)
    }

    /// `mustBeInteger` then the `>= 0` check: an integer literal that fits an int64.
    static func count(_ value: SchemaJSON?, key: String) throws -> Int? {
        guard let value else { return nil }
        guard case .number(let text) = value, let n = Int64(text) else {
            throw GoJSONSchemaError.mustBeOf(key, "an", "integer")
        }
        if n < 0 { throw GoJSONSchemaError.invalid("\(key) must be greater than or equal to 0") }
        return Int(n)
    }
}
