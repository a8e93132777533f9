import GoRuntime

/// Validates a value against a compiled schema, building jsonschema v6's failure tree: each
/// schema collects its keywords' failures in keyword order; one failure is returned as it
/// is, several as a `validation failed` group. Object properties, which Go visits in random
/// map order, are visited in sorted order here.
struct SchemaValidator {
    /// The document's URL, for cycle messages.
    let url: String
    /// The schemas applied on the way to the current one.
    let scopes = SchemaScopes()

    /// Validates `value`; nil when it is valid.
    static func validate(_ value: Value, against schema: JSONSchema, url: String = "file:///values.schema.json#") -> SchemaFailure? {
        guard let failure = SchemaValidator(url: url).check(value, schema, at: .root, step: .child) else { return nil }
        let causes = failure.isGroup ? failure.causes : [failure]
        return SchemaFailure(location: .root, kind: .schema(url), causes: causes)
    }

    /// Checks `value` against `schema`, reached from the schema before it by `step`.
    func check(_ value: Value, _ schema: JSONSchema, at location: SchemaLocation, step: SchemaScopes.Step = .inPlace) -> SchemaFailure? {
        if let b = schema.boolean {
            return b ? nil : fail(location, "false schema")
        }
        defer { scopes.leave() }
        if let cycle = scopes.enter(schema, step, url: url) { return fail(location, cycle) }
        let type = SchemaValidator.jsonType(value)
        if !schema.types.isEmpty {
            let matched = schema.types.contains(type)
                || (schema.types.contains("integer") && type == "number" && SchemaValidator.isInteger(value))
            if !matched {
                let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
                let want = order.filter(schema.types.contains)
                return fail(location, "got \(type), want " + want.joined(separator: " or "))
            }
        }
        if let want = schema.constValue, !SchemaEquality.equal(value, want) {
            switch want {
            case .array, .object: return fail(location, "'const' failed")
            default: return fail(location, "value must be " + SchemaText.display(want))
            }
        }
        if let options = schema.enumValues, !options.contains(where: { SchemaEquality.equal(value, $0) }) {
            return SchemaFailure(location: location, kind: .notInEnum(options))
        }
        if let format = schema.format, let problem = SchemaFormats.check(value, format: format) {
            return fail(location, SchemaValidator.display(value) + " is not valid \(format): \(problem)")
        }
        var errors: [SchemaFailure] = []
        if let target = schema.ref {
            let refError = checkRef(value, target, at: location)
            if schema.draft < 2019 { return refError }
            if let refError { errors.append(refError) }
        }
        switch value {
        case .map(let m): checkObject(m, schema, at: location, into: &errors)
        case .list(let l): checkArray(l.elements, schema, at: location, into: &errors)
        case .string(let s): checkString(s, schema, at: location, into: &errors)
        case .int, .float: checkNumber(value, schema, at: location, into: &errors)
        default: break
        }
        checkConditions(value, schema, at: location, into: &errors)
        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default: return SchemaFailure(location: location, kind: .group, causes: errors)
        }
    }

    func fail(_ location: SchemaLocation, _ message: String) -> SchemaFailure {
        SchemaFailure(location: location, kind: .message(message))
    }

    /// `$ref`: a failing target becomes a reference failure holding the target's failures.
    func checkRef(_ value: Value, _ target: JSONSchema, at location: SchemaLocation) -> SchemaFailure? {
        guard let failure = check(value, target, at: location, step: .ref) else { return nil }
        let causes = failure.isGroup ? failure.causes : [failure]
        return SchemaFailure(location: location, kind: .reference, causes: causes)
    }

    /// A sub-schema applied to a child value (property or element): the cycle check restarts.
    func checkChild(_ value: Value, _ schema: JSONSchema, at location: SchemaLocation, token: String) -> SchemaFailure? {
        check(value, schema, at: location.child(token), step: .child)
    }

    static func jsonType(_ value: Value) -> String {
        switch value {
        case .nil: return "null"
        case .bool: return "boolean"
        case .int, .float: return "number"
        case .string: return "string"
        case .list: return "array"
        case .map: return "object"
        case .object: return "string"
        }
    }

    static func isInteger(_ value: Value) -> Bool {
        switch value {
        case .int: return true
        case .float(let d): return d.isFinite && d == d.rounded()
        default: return false
        }
    }

    /// jsonschema's `display` of an instance value.
    static func display(_ value: Value) -> String {
        switch value {
        case .string(let s): return SchemaText.quote(s)
        case .list, .map: return "value"
        case .nil: return "<nil>"
        default: return GoFormat.value(value)
        }
    }

    static func enumMessage(_ options: [SchemaJSON]) -> String {
        let allPrimitive = !options.contains { if case .array = $0 { return true }; if case .object = $0 { return true }; return false }
        guard allPrimitive else { return "'enum' failed" }
        if options.count == 1 { return "value must be " + SchemaText.display(options[0]) }
        return "value must be one of " + options.map(SchemaText.display).joined(separator: ", ")
    }
}
