/// The keywords of one schema object that the compiler reads, found in one pass over the
/// object's keys (one hashed lookup per key present, not one per keyword the compiler knows).
struct SchemaKeywords: ~Copyable {
    /// A keyword the compiler reads.
    enum Name: Int, CaseIterable {
        case ref, type, enumValues, const, format
        case minProperties, maxProperties, required, properties, patternProperties
        case additionalProperties, propertyNames, dependencies, dependentRequired, dependentSchemas
        case minItems, maxItems, uniqueItems, prefixItems, items, additionalItems, contains
        case minContains, maxContains
        case minLength, maxLength, pattern
        case minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf
        case not, allOf, anyOf, oneOf
        case ifSchema, thenSchema, elseSchema

        /// The keyword as the document spells it.
        var spelling: String {
            switch self {
            case .ref: return "$ref"
            case .type: return "type"
            case .enumValues: return "enum"
            case .const: return "const"
            case .format: return "format"
            case .minProperties: return "minProperties"
            case .maxProperties: return "maxProperties"
            case .required: return "required"
            case .properties: return "properties"
            case .patternProperties: return "patternProperties"
            case .additionalProperties: return "additionalProperties"
            case .propertyNames: return "propertyNames"
            case .dependencies: return "dependencies"
            case .dependentRequired: return "dependentRequired"
            case .dependentSchemas: return "dependentSchemas"
            case .minItems: return "minItems"
            case .maxItems: return "maxItems"
            case .uniqueItems: return "uniqueItems"
            case .prefixItems: return "prefixItems"
            case .items: return "items"
            case .additionalItems: return "additionalItems"
            case .contains: return "contains"
            case .minContains: return "minContains"
            case .maxContains: return "maxContains"
            case .minLength: return "minLength"
            case .maxLength: return "maxLength"
            case .pattern: return "pattern"
            case .minimum: return "minimum"
            case .maximum: return "maximum"
            case .exclusiveMinimum: return "exclusiveMinimum"
            case .exclusiveMaximum: return "exclusiveMaximum"
            case .multipleOf: return "multipleOf"
            case .not: return "not"
            case .allOf: return "allOf"
            case .anyOf: return "anyOf"
            case .oneOf: return "oneOf"
            case .ifSchema: return "if"
            case .thenSchema: return "then"
            case .elseSchema: return "else"
            }
        }

        /// The keywords by spelling length, then spelling: finding a key's keyword compares it
        /// with the few keywords of its length instead of hashing it.
        static let byLength: [[(spelling: String, name: Name)]] = {
            var table: [[(spelling: String, name: Name)]] = Array(repeating: [], count: maxSpellingLength + 1)
            for name in allCases { table[name.spelling.utf8.count].append((name.spelling, name)) }
            return table
        }()

        /// The longest spelling (`additionalProperties`).
        static let maxSpellingLength = allCases.map { $0.spelling.utf8.count }.max() ?? 0

        /// The keyword spelled `key`, if the compiler reads one.
        static func named(_ key: String) -> Name? {
            let length = key.utf8.count
            guard length < byLength.count else { return nil }
            for candidate in byLength[length] where candidate.spelling == key { return candidate.name }
            return nil
        }
    }

    /// How many keywords there are (`Name.allCases.count`, which a test checks).
    static let capacity = 39

    /// The value of each keyword present, by `Name.rawValue`; inline, so reading an object's
    /// keywords allocates nothing.
    private var slots = InlineArray<39, SchemaJSON?>(repeating: nil)

    init(_ object: [String: SchemaJSON]) {
        for (key, value) in object {
            if let name = Name.named(key), name.rawValue < SchemaKeywords.capacity { slots[name.rawValue] = value }
        }
    }

    subscript(name: Name) -> SchemaJSON? {
        name.rawValue < SchemaKeywords.capacity ? slots[name.rawValue] : nil
    }
}
