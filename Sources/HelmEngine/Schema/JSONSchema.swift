/// A compiled JSON Schema (one schema object or boolean schema of a `values.schema.json`),
/// with the keywords of its draft that the validator applies.
final class JSONSchema {
    /// `true`/`false` for a boolean schema, nil for an object schema.
    var boolean: Bool?
    /// The draft year or number: 4, 6, 7, 2019 or 2020.
    let draft: Int
    /// The JSON pointer of this schema in its document (`""` for the root).
    var pointer = ""

    var types: [String] = []
    var enumValues: [SchemaJSON]?
    var constValue: SchemaJSON?
    /// The `format` name, only when the draft asserts formats (draft 7 and earlier).
    var format: String?
    var ref: JSONSchema?

    var minProperties: Int?
    var maxProperties: Int?
    var required: [String] = []
    var dependencies: [String: Dependency] = [:]
    var properties: [String: JSONSchema] = [:]
    var patternProperties: [(pattern: String, schema: JSONSchema)] = []
    var additionalProperties: Additional?
    var propertyNames: JSONSchema?
    var dependentSchemas: [String: JSONSchema] = [:]
    var dependentRequired: [String: [String]] = [:]

    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    /// `items` as one schema for every element (2020: the elements after `prefixItems`).
    var items: JSONSchema?
    /// `items` as an array (drafts before 2020) or `prefixItems` (2020).
    var prefixItems: [JSONSchema] = []
    var additionalItems: Additional?
    var contains: JSONSchema?
    var minContains: Int?
    var maxContains: Int?

    var minLength: Int?
    var maxLength: Int?
    var pattern: String?

    var minimum: SchemaNumber?
    var maximum: SchemaNumber?
    var exclusiveMinimum: SchemaNumber?
    var exclusiveMaximum: SchemaNumber?
    var multipleOf: SchemaNumber?

    var not: JSONSchema?
    var allOf: [JSONSchema] = []
    var anyOf: [JSONSchema] = []
    var oneOf: [JSONSchema] = []
    var ifSchema: JSONSchema?
    var thenSchema: JSONSchema?
    var elseSchema: JSONSchema?

    init(draft: Int) { self.draft = draft }

    /// `additionalProperties`/`additionalItems`: a boolean or a schema.
    enum Additional {
        case allowed(Bool)
        case schema(JSONSchema)
    }

    /// A `dependencies` entry: required property names or a schema.
    enum Dependency {
        case properties([String])
        case schema(JSONSchema)
    }
}
