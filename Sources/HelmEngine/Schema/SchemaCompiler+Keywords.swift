extension SchemaCompiler {
    /// Reads the keywords of one schema object (or a boolean schema) at `pointer`.
    mutating func fill(_ schema: JSONSchema, from json: SchemaJSON, at pointer: String) throws {
        if case .bool(let b) = json {
            schema.boolean = b
            return
        }
        guard let object = json.objectValue else {
            schema.boolean = true
            return
        }
        let o = SchemaKeywords(object)
        if let ref = o[.ref]?.stringValue {
            schema.ref = try self.schema(at: refPointer(ref))
        }
        switch o[.type] {
        case .string(let t)?: schema.types = [t]
        case .array(let list)?: schema.types = list.compactMap { $0.stringValue }
        default: break
        }
        schema.enumValues = o[.enumValues]?.arrayValue
        if draft >= 6 { schema.constValue = o[.const] }
        if draft <= 7 || assertFormats { schema.format = o[.format]?.stringValue }
        try fillObjectKeywords(schema, o, at: pointer)
        try fillArrayKeywords(schema, o, at: pointer)
        fillScalarKeywords(schema, o)
        try fillApplicators(schema, o, at: pointer)
    }

    /// The sub-schema under keyword `key` of the object `o` at `pointer`, one level (`not`,
    /// `items`, ...) or two (`properties/NAME`) deep.
    private mutating func sub(_ o: borrowing SchemaKeywords, _ pointer: String, _ key: SchemaKeywords.Name, _ member: String? = nil) throws -> JSONSchema {
        guard var node = o[key] else { return JSONSchema(draft: draft) }
        var path = pointer + "/" + key.spelling
        if let member {
            guard let inner = node.objectValue?[member] else { return JSONSchema(draft: draft) }
            node = inner
            path += "/" + SchemaCompiler.escape(member)
        }
        return try schema(node, at: path)
    }

    private mutating func list(_ o: borrowing SchemaKeywords, _ key: SchemaKeywords.Name, at pointer: String) throws -> [JSONSchema] {
        guard let items = o[key]?.arrayValue else { return [] }
        let base = pointer + "/" + key.spelling + "/"
        return try items.enumerated().map { try schema($0.element, at: base + String($0.offset)) }
    }

    private mutating func fillObjectKeywords(_ schema: JSONSchema, _ o: borrowing SchemaKeywords, at pointer: String) throws {
        schema.minProperties = o[.minProperties]?.intValue
        schema.maxProperties = o[.maxProperties]?.intValue
        schema.required = o[.required]?.arrayValue?.compactMap { $0.stringValue } ?? []
        if let props = o[.properties]?.objectValue {
            schema.properties.reserveCapacity(props.count)
            let base = pointer + "/properties/"
            for (key, node) in props { schema.properties[key] = try self.schema(node, at: base + SchemaCompiler.escape(key)) }
        }
        if let props = o[.patternProperties]?.objectValue {
            for key in props.keys.sorted() {
                schema.patternProperties.append((key, try sub(o, pointer, .patternProperties, key)))
            }
        }
        if let additional = o[.additionalProperties] {
            if let b = additional.boolValue {
                schema.additionalProperties = .allowed(b)
            } else {
                schema.additionalProperties = .schema(try sub(o, pointer, .additionalProperties))
            }
        }
        if draft >= 6, o[.propertyNames] != nil { schema.propertyNames = try sub(o, pointer, .propertyNames) }
        // jsonschema v6 keeps the legacy `dependencies` in 2019-09 and 2020-12 as well.
        if let deps = o[.dependencies]?.objectValue {
            for (key, value) in deps {
                if let names = value.arrayValue {
                    schema.dependencies[key] = .properties(names.compactMap { $0.stringValue })
                } else {
                    schema.dependencies[key] = .schema(try sub(o, pointer, .dependencies, key))
                }
            }
        }
        if draft >= 2019 {
            if let deps = o[.dependentRequired]?.objectValue {
                for (key, value) in deps {
                    schema.dependentRequired[key] = value.arrayValue?.compactMap { $0.stringValue } ?? []
                }
            }
            if let deps = o[.dependentSchemas]?.objectValue {
                for key in deps.keys { schema.dependentSchemas[key] = try sub(o, pointer, .dependentSchemas, key) }
            }
        }
    }

    private mutating func fillArrayKeywords(_ schema: JSONSchema, _ o: borrowing SchemaKeywords, at pointer: String) throws {
        schema.minItems = o[.minItems]?.intValue
        schema.maxItems = o[.maxItems]?.intValue
        schema.uniqueItems = o[.uniqueItems]?.boolValue ?? false
        if draft >= 2020 {
            schema.prefixItems = try list(o, .prefixItems, at: pointer)
            if o[.items] != nil { schema.items = try sub(o, pointer, .items) }
        } else {
            if o[.items]?.arrayValue != nil {
                schema.prefixItems = try list(o, .items, at: pointer)
                if let additional = o[.additionalItems] {
                    if let b = additional.boolValue {
                        schema.additionalItems = .allowed(b)
                    } else {
                        schema.additionalItems = .schema(try sub(o, pointer, .additionalItems))
                    }
                }
            } else if o[.items] != nil {
                schema.items = try sub(o, pointer, .items)
            }
        }
        if draft >= 6, o[.contains] != nil { schema.contains = try sub(o, pointer, .contains) }
        if draft >= 2019 {
            schema.minContains = o[.minContains]?.intValue
            schema.maxContains = o[.maxContains]?.intValue
        }
    }

    private func fillScalarKeywords(_ schema: JSONSchema, _ o: borrowing SchemaKeywords) {
        schema.minLength = o[.minLength]?.intValue
        schema.maxLength = o[.maxLength]?.intValue
        schema.pattern = o[.pattern]?.stringValue
        func number(_ json: SchemaJSON?) -> SchemaNumber? {
            if case .number(let text)? = json { return SchemaNumber(literal: text) }
            return nil
        }
        schema.minimum = number(o[.minimum])
        schema.maximum = number(o[.maximum])
        schema.multipleOf = number(o[.multipleOf])
        if draft == 4 {
            if o[.exclusiveMinimum]?.boolValue == true {
                schema.exclusiveMinimum = schema.minimum
                schema.minimum = nil
            }
            if o[.exclusiveMaximum]?.boolValue == true {
                schema.exclusiveMaximum = schema.maximum
                schema.maximum = nil
            }
        } else {
            schema.exclusiveMinimum = number(o[.exclusiveMinimum])
            schema.exclusiveMaximum = number(o[.exclusiveMaximum])
        }
    }

    private mutating func fillApplicators(_ schema: JSONSchema, _ o: borrowing SchemaKeywords, at pointer: String) throws {
        if o[.not] != nil { schema.not = try sub(o, pointer, .not) }
        schema.allOf = try list(o, .allOf, at: pointer)
        schema.anyOf = try list(o, .anyOf, at: pointer)
        schema.oneOf = try list(o, .oneOf, at: pointer)
        if draft >= 7, o[.ifSchema] != nil {
            schema.ifSchema = try sub(o, pointer, .ifSchema)
            if o[.thenSchema] != nil { schema.thenSchema = try sub(o, pointer, .thenSchema) }
            if o[.elseSchema] != nil { schema.elseSchema = try sub(o, pointer, .elseSchema) }
        }
    }
}
