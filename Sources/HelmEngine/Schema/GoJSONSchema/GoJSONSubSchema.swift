/// One compiled schema of xeipuuv/gojsonschema 1.2.0, the validator of helm v3
/// (its `subSchema`): the keywords as its parser kept them, in its draft's meaning.
final class GoJSONSubSchema {
    /// `additionalProperties` / `additionalItems`: a boolean or a schema.
    enum Additional {
        case allowed(Bool)
        case schema(GoJSONSubSchema)
    }

    /// A `dependencies` entry: property names or a schema.
    enum Dependency {
        case properties([String])
        case schema(GoJSONSubSchema)
    }

    /// A boolean schema's value (drafts 6 and later); nil for an object schema.
    var pass: Bool?
    /// The schema a `$ref` points at; the other keywords of this schema are then ignored.
    var refSchema: GoJSONSubSchema?

    var types: [String] = []
    var properties: [(name: String, schema: GoJSONSubSchema)] = []
    var additionalProperties: Additional?
    var patternProperties: [(pattern: String, schema: GoJSONSubSchema)] = []
    var propertyNames: GoJSONSubSchema?
    var dependencies: [String: Dependency] = [:]
    var items: [GoJSONSubSchema] = []
    /// `items` is one schema for every element (else a positional list).
    var itemsIsSingleSchema = false
    var additionalItems: Additional?

    var multipleOf: SchemaNumber?
    var minimum: SchemaNumber?
    var maximum: SchemaNumber?
    var exclusiveMinimum: SchemaNumber?
    var exclusiveMaximum: SchemaNumber?

    var minLength: Int?
    var maxLength: Int?
    var pattern: String?
    var format = ""

    var minProperties: Int?
    var maxProperties: Int?
    var required: [String] = []

    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var contains: GoJSONSubSchema?

    /// `const` and `enum` values as gojsonschema compares them: JSON with numbers as float64.
    var constValue: String?
    var enumValues: [String] = []

    var oneOf: [GoJSONSubSchema] = []
    var anyOf: [GoJSONSubSchema] = []
    var allOf: [GoJSONSubSchema] = []
    var not: GoJSONSubSchema?
    var ifSchema: GoJSONSubSchema?
    var thenSchema: GoJSONSubSchema?
    var elseSchema: GoJSONSubSchema?

    var isTyped: Bool { !types.isEmpty }

    /// `jsonSchemaType.String`: one type, or `[a,b]` for several.
    var typesText: String {
        if types.isEmpty { return "undefined" }
        return types.count == 1 ? types[0] : "[" + types.joined(separator: ",") + "]"
    }
}

/// gojsonschema's drafts: `Hybrid` (no known `$schema`) accepts the keywords of all three.
enum GoJSONDraft: Int, Comparable {
    case draft4 = 4, draft6 = 6, draft7 = 7, hybrid = 2147483647

    static func < (a: GoJSONDraft, b: GoJSONDraft) -> Bool { a.rawValue < b.rawValue }
}
