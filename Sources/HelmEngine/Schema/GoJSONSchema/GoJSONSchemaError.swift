/// Why gojsonschema could not use a schema: its error text, or a Go panic that helm v3
/// recovers as `unable to validate schema: ...`.
enum GoJSONSchemaError: Error {
    case invalid(String)
    case panic(String)

    /// The text helm v3 prints after the chart's name.
    var message: String {
        switch self {
        case .invalid(let text): return text
        case .panic(let text): return "unable to validate schema: " + text
        }
    }

    /// Locale `MustBeOfA` / `MustBeOfAn`: `minimum must be of a number`.
    static func mustBeOf(_ key: String, _ article: String, _ what: String) -> GoJSONSchemaError {
        .invalid("\(key) must be of \(article) \(what)")
    }

    /// Locale `InvalidType` used for a keyword: `Invalid type. Expected: X, given: KEY`.
    static func invalidType(expected: String, given: String) -> GoJSONSchemaError {
        .invalid("Invalid type. Expected: \(expected), given: \(given)")
    }

    /// Locale `MustBeOfType`: `properties must be of type object`.
    static func mustBeOfType(_ key: String, _ type: String) -> GoJSONSchemaError {
        .invalid("\(key) must be of type \(type)")
    }

    /// Locale `ParseError` for a schema that is neither an object nor (from draft 6) a boolean.
    static let notASchema = GoJSONSchemaError.invalid("Expected: valid schema, given: Invalid JSON")
}
