/// gojsonschema's validation (`validateRecursive` and friends): the failures of an instance
/// in its order, each with its field path, and the score it uses to pick the closest
/// `anyOf`/`oneOf`/`contains` branch to report.
struct GoJSONSchemaValidator {
    /// One `ResultError`: helm v3 prints `- FIELD: DESCRIPTION`.
    struct Failure: Equatable {
        let field: String
        let description: String

        var line: String { field + ": " + description }
    }

    /// gojsonschema's `Result`.
    struct Result {
        var failures: [Failure] = []
        var score = 0
        var isValid: Bool { failures.isEmpty }

        /// `addInternalError`: a failure costs two points, net -1 with the run's own +1.
        mutating func add(_ path: Path, _ description: String) {
            failures.append(Failure(field: path.field, description: description))
            score -= 2
        }

        mutating func merge(_ other: Result) {
            failures += other.failures
            score += other.score
        }
    }

    /// A `JsonContext`: `(root)` and the keys and indexes below it.
    struct Path {
        var tokens: [String] = []

        func appending(_ token: String) -> Path { Path(tokens: tokens + [token]) }

        /// `Field()`: the context without its `(root).` prefix (`(root)` itself at the top).
        var field: String { tokens.isEmpty ? "(root)" : tokens.joined(separator: ".") }
    }

    /// A `$ref` cycle that consumes nothing of the instance: Go's stack overflows.
    struct Overflow: Error {}

    /// How many schemas the document compiled to: more nested checks of one instance value
    /// than that means a reference cycle, where gojsonschema recurses until its stack is gone.
    let schemaCount: Int

    func validate(_ instance: SchemaJSON, _ schema: GoJSONSubSchema) throws -> Result {
        var result = Result()
        try validate(schema, instance, at: Path(), into: &result, sameValue: 0)
        return result
    }

    func subValidate(_ schema: GoJSONSubSchema, _ node: SchemaJSON, at path: Path, sameValue: Int) throws -> Result {
        var result = Result()
        try validate(schema, node, at: path, into: &result, sameValue: sameValue + 1)
        return result
    }

    // swiftlint:disable:next cyclomatic_complexity
    func validate(_ schema: GoJSONSubSchema, _ node: SchemaJSON, at path: Path, into result: inout Result,
                  sameValue: Int) throws {
        if sameValue > schemaCount { throw Overflow() }
        if let pass = schema.pass {
            if !pass { result.add(path, "False always fails validation") }
            return
        }
        if let target = schema.refSchema {
            try validate(target, node, at: path, into: &result, sameValue: sameValue + 1)
            return
        }
        func typeFails(_ given: String, allowed: Bool) -> Bool {
            guard schema.isTyped, !allowed else { return false }
            result.add(path, "Invalid type. Expected: \(schema.typesText), given: \(given)")
            return true
        }
        switch node {
        case .null:
            if typeFails("null", allowed: schema.types.contains("null")) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            try validateCommon(schema, node, at: path, into: &result)
        case .number(let text):
            let number = SchemaNumber(literal: text)
            let isInt = number.map { $0.isZero || $0.exponent >= 0 } ?? false
            let allowed = schema.types.contains("number") || (isInt && schema.types.contains("integer"))
            if typeFails(isInt ? "integer" : "number", allowed: allowed) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            if let number { validateNumber(schema, number, at: path, into: &result) }
            try validateCommon(schema, node, at: path, into: &result)
        case .array(let items):
            if typeFails("array", allowed: schema.types.contains("array")) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            try validateArray(schema, items, at: path, into: &result)
            try validateCommon(schema, node, at: path, into: &result)
        case .object(let entries):
            if typeFails("object", allowed: schema.types.contains("object")) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            try validateObject(schema, entries, at: path, into: &result)
            try validateCommon(schema, node, at: path, into: &result)
            for (name, property) in schema.properties {
                if let value = entries[name] {
                    try validate(property, value, at: path.appending(name), into: &result, sameValue: 0)
                }
            }
        case .bool:
            if typeFails("boolean", allowed: schema.types.contains("boolean")) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            try validateCommon(schema, node, at: path, into: &result)
        case .string(let string):
            if typeFails("string", allowed: schema.types.contains("string")) { return }
            try validateSchema(schema, node, at: path, into: &result, sameValue: sameValue)
            try validateCommon(schema, node, at: path, into: &result)
            validateString(schema, string, at: path, into: &result)
        }
        result.score += 1
    }

    /// `validateSchema`: the combining keywords, `dependencies` and `if`/`then`/`else`.
    private func validateSchema(_ schema: GoJSONSubSchema, _ node: SchemaJSON, at path: Path, into result: inout Result,
                                sameValue: Int) throws {
        if !schema.anyOf.isEmpty {
            var valid = false
            var best: Result?
            for option in schema.anyOf where !valid {
                let attempt = try subValidate(option, node, at: path, sameValue: sameValue)
                valid = attempt.isValid
                if !valid, best == nil || attempt.score > best?.score ?? 0 { best = attempt }
            }
            if !valid {
                result.add(path, "Must validate at least one schema (anyOf)")
                if let best { result.merge(best) }
            }
        }
        if !schema.oneOf.isEmpty {
            var validCount = 0
            var best: Result?
            for option in schema.oneOf {
                let attempt = try subValidate(option, node, at: path, sameValue: sameValue)
                if attempt.isValid {
                    validCount += 1
                } else if validCount == 0, best == nil || attempt.score > best?.score ?? 0 {
                    best = attempt
                }
            }
            if validCount != 1 {
                result.add(path, "Must validate one and only one schema (oneOf)")
                if validCount == 0, let best { result.merge(best) }
            }
        }
        if !schema.allOf.isEmpty {
            var validCount = 0
            for part in schema.allOf {
                let attempt = try subValidate(part, node, at: path, sameValue: sameValue)
                if attempt.isValid { validCount += 1 }
                result.merge(attempt)
            }
            if validCount != schema.allOf.count { result.add(path, "Must validate all the schemas (allOf)") }
        }
        if let not = schema.not, try subValidate(not, node, at: path, sameValue: sameValue).isValid {
            result.add(path, "Must not validate the schema (not)")
        }
        if !schema.dependencies.isEmpty, case .object(let entries) = node {
            for key in entries.keys.sorted() {
                switch schema.dependencies[key] {
                case .properties(let names)?:
                    for name in names where entries[name] == nil { result.add(path, "Has a dependency on \(name)") }
                case .schema(let dependency)?:
                    try validate(dependency, node, at: path, into: &result, sameValue: sameValue + 1)
                case nil:
                    break
                }
            }
        }
        if let condition = schema.ifSchema {
            let matched = try subValidate(condition, node, at: path, sameValue: sameValue).isValid
            if matched, let then = schema.thenSchema {
                let attempt = try subValidate(then, node, at: path, sameValue: sameValue)
                if !attempt.isValid {
                    result.add(path, "Must validate \"then\" as \"if\" was valid")
                    result.merge(attempt)
                }
            }
            if !matched, let otherwise = schema.elseSchema {
                let attempt = try subValidate(otherwise, node, at: path, sameValue: sameValue)
                if !attempt.isValid {
                    result.add(path, "Must validate \"else\" as \"if\" was not valid")
                    result.merge(attempt)
                }
            }
        }
        result.score += 1
    }

    /// `validateCommon`: `const` and `enum`, compared as JSON with float64 numbers.
    private func validateCommon(_ schema: GoJSONSubSchema, _ node: SchemaJSON, at path: Path, into result: inout Result) throws {
        if schema.constValue != nil || !schema.enumValues.isEmpty {
            let text = try GoJSONSchemaText.marshalWithoutNumber(node)
            if let constant = schema.constValue, text != constant {
                result.add(path, "\(path.field) does not match: \(constant)")
            }
            if !schema.enumValues.isEmpty, !schema.enumValues.contains(text) {
                result.add(path, "\(path.field) must be one of the following: " + schema.enumValues.joined(separator: ", "))
            }
        }
        result.score += 1
    }
}
