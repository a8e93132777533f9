/// A direct check of a draft-07 schema document against the rules of the draft-07
/// meta-schema (`SchemaMetaschemas.draft7`), without converting the document to values and
/// running the generic validator over it.
///
/// It answers only "certainly valid": `true` means the generic meta-validation would find
/// nothing; `false` means "not sure", and the caller runs the generic validation, which also
/// words helm's message. Anything unusual (numbers in `enum`, non-integer or huge sizes,
/// very deep nesting) is "not sure". Unknown keywords are not checked, as the meta-schema
/// allows them.
enum SchemaMetaFastCheck {
    /// Deeper schemas than this are left to the generic validation.
    static let maxDepth = 256

    /// Whether `document` is certainly valid against the draft-07 meta-schema.
    static func isValidDraft7(_ document: SchemaJSON) -> Bool {
        schema(document, depth: 0)
    }

    /// `{"$ref": "#"}`: an object or boolean schema whose keywords meet the meta-schema.
    private static func schema(_ json: SchemaJSON, depth: Int) -> Bool {
        switch json {
        case .bool: return true
        case .object(let object):
            guard depth < maxDepth else { return false }
            for (key, value) in object where !keyword(key, value, depth: depth + 1) { return false }
            return true
        default: return false
        }
    }

    /// One keyword of a schema object against the meta-schema's `properties` entry of it.
    private static func keyword(_ key: String, _ value: SchemaJSON, depth: Int) -> Bool {
        switch key {
        // Most frequent first: a `switch` over strings compares case by case.
        case "type": return type(value)
        case "description", "$comment", "$id", "$ref", "$schema", "contentEncoding", "contentMediaType",
             "format", "title":
            // `$id`/`$ref` (uri-reference) and `$schema` (uri) formats are not asserted.
            return isString(value)
        case "default", "const": return true
        case "properties", "definitions": return schemaMap(value, depth: depth)
        case "items":
            if case .array = value { return schemaArray(value, depth: depth) }
            return schema(value, depth: depth)
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
            if case .number = value { return true }
            return false
        case "enum": return enumValues(value)
        case "pattern": return regex(value)
        case "required": return stringArray(value)
        case "additionalProperties", "additionalItems", "contains", "else", "if", "not", "propertyNames", "then":
            return schema(value, depth: depth)
        case "allOf", "anyOf", "oneOf": return schemaArray(value, depth: depth)
        case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties":
            return nonNegativeInteger(value)
        case "readOnly", "uniqueItems":
            if case .bool = value { return true }
            return false
        case "examples":
            if case .array = value { return true }
            return false
        case "multipleOf":
            // `exclusiveMinimum: 0` on the float64 the generic check sees.
            if case .number(let text) = value, let d = Double(text), d > 0 { return true }
            return false
        case "patternProperties":
            guard case .object(let members) = value else { return false }
            for (name, sub) in members where !(isRegex(name) && schema(sub, depth: depth)) { return false }
            return true
        case "dependencies":
            guard case .object(let members) = value else { return false }
            for (_, sub) in members {
                if case .array = sub {
                    if !stringArray(sub) { return false }
                } else if !schema(sub, depth: depth) {
                    return false
                }
            }
            return true
        default:
            return true
        }
    }

    private static func isString(_ value: SchemaJSON) -> Bool {
        if case .string = value { return true }
        return false
    }

    /// An object whose every member is a schema (`properties`, `definitions`).
    private static func schemaMap(_ value: SchemaJSON, depth: Int) -> Bool {
        guard case .object(let members) = value else { return false }
        for (_, sub) in members where !schema(sub, depth: depth) { return false }
        return true
    }

    /// `schemaArray`: a non-empty array of schemas.
    private static func schemaArray(_ value: SchemaJSON, depth: Int) -> Bool {
        guard case .array(let items) = value, !items.isEmpty else { return false }
        for item in items where !schema(item, depth: depth) { return false }
        return true
    }

    /// `stringArray`: an array of distinct strings (compared as the generic check compares).
    private static func stringArray(_ value: SchemaJSON) -> Bool {
        guard case .array(let items) = value else { return false }
        var seen = Set<String>(minimumCapacity: items.count)
        for item in items {
            guard case .string(let s) = item, seen.insert(s).inserted else { return false }
        }
        return true
    }

    /// `enum`: a non-empty array of distinct values; only strings, booleans and null are
    /// compared here (numbers compare by value, containers structurally: not sure).
    private static func enumValues(_ value: SchemaJSON) -> Bool {
        guard case .array(let items) = value, !items.isEmpty else { return false }
        var strings = Set<String>(minimumCapacity: items.count)
        var sawTrue = false, sawFalse = false, sawNull = false
        for item in items {
            switch item {
            case .string(let s): if !strings.insert(s).inserted { return false }
            case .bool(true): if sawTrue { return false } else { sawTrue = true }
            case .bool(false): if sawFalse { return false } else { sawFalse = true }
            case .null: if sawNull { return false } else { sawNull = true }
            default: return false
            }
        }
        return true
    }

    /// The `type` keyword: a simple type name, or a non-empty array of distinct ones.
    private static func type(_ value: SchemaJSON) -> Bool {
        switch value {
        case .string(let name): return isSimpleType(name)
        case .array(let items):
            guard !items.isEmpty else { return false }
            var seen = Set<String>(minimumCapacity: items.count)
            for item in items {
                guard case .string(let name) = item, isSimpleType(name), seen.insert(name).inserted else { return false }
            }
            return true
        default:
            return false
        }
    }

    private static func isSimpleType(_ name: String) -> Bool {
        switch name {
        case "string", "object", "integer", "boolean", "array", "number", "null": return true
        default: return false
        }
    }

    /// `nonNegativeInteger`: only plain digit literals are taken as certainly valid.
    private static func nonNegativeInteger(_ value: SchemaJSON) -> Bool {
        guard case .number(let text) = value else { return false }
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 15 else { return false }
        return utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// A string of `format: regex`.
    private static func regex(_ value: SchemaJSON) -> Bool {
        guard case .string(let pattern) = value else { return false }
        return isRegex(pattern)
    }

    private static func isRegex(_ pattern: String) -> Bool {
        SchemaFormats.check(.string(pattern), format: "regex") == nil
    }
}
