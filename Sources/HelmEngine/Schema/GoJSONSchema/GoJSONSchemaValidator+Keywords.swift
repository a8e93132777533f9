extension GoJSONSchemaValidator {
    /// `validateArray`.
    func validateArray(_ schema: GoJSONSubSchema, _ items: [SchemaJSON], at path: Path, into result: inout Result) throws {
        if schema.itemsIsSingleSchema, let every = schema.items.first {
            for (i, item) in items.enumerated() {
                result.merge(try subValidate(every, item, at: path.appending(String(i)), sameValue: -1))
            }
        } else if !schema.items.isEmpty {
            for i in 0..<min(schema.items.count, items.count) {
                result.merge(try subValidate(schema.items[i], items[i], at: path.appending(String(i)), sameValue: -1))
            }
            if schema.items.count < items.count {
                switch schema.additionalItems {
                case .allowed(false)?:
                    result.add(path, "No additional items allowed on array")
                case .schema(let extra)?:
                    for i in schema.items.count..<items.count {
                        result.merge(try subValidate(extra, items[i], at: path.appending(String(i)), sameValue: -1))
                    }
                default:
                    break
                }
            }
        }
        if let low = schema.minItems, items.count < low { result.add(path, "Array must have at least \(low) items") }
        if let high = schema.maxItems, items.count > high { result.add(path, "Array must have at most \(high) items") }
        if schema.uniqueItems {
            var seen: [String: Int] = [:]
            for (j, item) in items.enumerated() {
                let text = try GoJSONSchemaText.marshalWithoutNumber(item)
                if let i = seen[text] { result.add(path, "array items[\(i),\(j)] must be unique") }
                seen[text] = j
            }
        }
        if let contains = schema.contains {
            var matched = false
            var best: Result?
            for (i, item) in items.enumerated() {
                let attempt = try subValidate(contains, item, at: path.appending(String(i)), sameValue: -1)
                if attempt.isValid {
                    matched = true
                    break
                }
                if best == nil || attempt.score > best?.score ?? 0 { best = attempt }
            }
            if !matched {
                result.add(path, "At least one of the items must match")
                if let best { result.merge(best) }
            }
        }
        result.score += 1
    }

    /// `validateObject`; instance keys in sorted order (gojsonschema's Go map order is random).
    func validateObject(_ schema: GoJSONSubSchema, _ entries: [String: SchemaJSON], at path: Path,
                        into result: inout Result) throws {
        if let low = schema.minProperties, entries.count < low { result.add(path, "Must have at least \(low) properties") }
        if let high = schema.maxProperties, entries.count > high { result.add(path, "Must have at most \(high) properties") }
        for name in schema.required {
            if entries[name] != nil {
                result.score += 1
            } else {
                result.add(path, "\(name) is required")
            }
        }
        let keys = entries.keys.sorted()
        for key in keys {
            guard let value = entries[key] else { continue }
            let declared = schema.properties.contains { $0.name == key }
            let patterned = try validatePatternProperties(schema, key, value, at: path, into: &result)
            if declared || patterned { continue }
            switch schema.additionalProperties {
            case .allowed(false)?:
                result.add(path, "Additional property \(key) is not allowed")
            case .schema(let extra)?:
                result.merge(try subValidate(extra, value, at: path.appending(key), sameValue: -1))
            default:
                break
            }
        }
        if let names = schema.propertyNames {
            for key in keys {
                let attempt = try subValidate(names, .string(key), at: path, sameValue: -1)
                if !attempt.isValid {
                    result.add(path, "Property name of \"\(key)\" does not match")
                    result.merge(attempt)
                }
            }
        }
        result.score += 1
    }

    private func validatePatternProperties(_ schema: GoJSONSubSchema, _ key: String, _ value: SchemaJSON, at path: Path,
                                           into result: inout Result) throws -> Bool {
        var matched = false
        for (pattern, propertySchema) in schema.patternProperties where SchemaRegex.matches(pattern, key) {
            matched = true
            result.merge(try subValidate(propertySchema, value, at: path.appending(key), sameValue: -1))
        }
        if matched { result.score += 1 }
        return matched
    }

    /// `validateString`: lengths in runes, `pattern` (Go syntax, unanchored) and `format`.
    func validateString(_ schema: GoJSONSubSchema, _ string: String, at path: Path, into result: inout Result) {
        if schema.minLength != nil || schema.maxLength != nil {
            let length = string.unicodeScalars.count
            if let low = schema.minLength, length < low {
                result.add(path, "String length must be greater than or equal to \(low)")
            }
            if let high = schema.maxLength, length > high {
                result.add(path, "String length must be less than or equal to \(high)")
            }
        }
        if let pattern = schema.pattern, !SchemaRegex.matches(pattern, string) {
            result.add(path, "Does not match pattern '\(pattern)'")
        }
        if !schema.format.isEmpty, !GoJSONSchemaFormats.isFormat(schema.format, string) {
            result.add(path, "Does not match format '\(schema.format)'")
        }
        result.score += 1
    }

    /// `validateNumber`: exact comparisons (`big.Rat`); a known `format` fails every number.
    func validateNumber(_ schema: GoJSONSubSchema, _ number: SchemaNumber, at path: Path, into result: inout Result) {
        if let divisor = schema.multipleOf, !number.isMultiple(of: divisor) {
            result.add(path, "Must be a multiple of \(GoJSONSchemaText.bigFloat(divisor))")
        }
        if let high = schema.maximum, number.compare(high) == 1 {
            result.add(path, "Must be less than or equal to \(GoJSONSchemaText.bigFloat(high))")
        }
        if let high = schema.exclusiveMaximum, number.compare(high) >= 0 {
            result.add(path, "Must be less than \(GoJSONSchemaText.bigFloat(high))")
        }
        if let low = schema.minimum, number.compare(low) == -1 {
            result.add(path, "Must be greater than or equal to \(GoJSONSchemaText.bigFloat(low))")
        }
        if let low = schema.exclusiveMinimum, number.compare(low) <= 0 {
            result.add(path, "Must be greater than \(GoJSONSchemaText.bigFloat(low))")
        }
        if !schema.format.isEmpty, !GoJSONSchemaFormats.isFormat(schema.format, nil) {
            result.add(path, "Does not match format '\(schema.format)'")
        }
        result.score += 1
    }
}
