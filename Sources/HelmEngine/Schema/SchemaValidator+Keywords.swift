import GoRuntime

extension SchemaValidator {
    func checkObject(_ m: GoMap, _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        if let min = s.minProperties, m.count < min {
            errors.append(fail(location, "minProperties: got \(SchemaText.int(m.count)), want \(SchemaText.int(min))"))
        }
        if let max = s.maxProperties, m.count > max {
            errors.append(fail(location, "maxProperties: got \(SchemaText.int(m.count)), want \(SchemaText.int(max))"))
        }
        let missing = s.required.filter { m.entries[$0] == nil }
        if !missing.isEmpty {
            let text = missing.count == 1 ? "missing property " + SchemaText.quote(missing[0])
                : "missing properties " + SchemaText.joinQuoted(missing)
            errors.append(fail(location, text))
        }
        for name in SchemaValidator.sortedKeys(s.dependencies) where m.entries[name] != nil {
            switch s.dependencies[name] {
            case .properties(let names)?:
                let absent = names.filter { m.entries[$0] == nil }
                if !absent.isEmpty {
                    errors.append(fail(location, "properties \(SchemaText.joinQuoted(absent)) required, if \(SchemaText.quote(name)) exists"))
                }
            case .schema(let dep)?:
                if let e = check(.map(m), dep, at: location) { errors.append(e) }
            case nil:
                break
            }
        }
        // Properties are visited in map order; failures are put in sorted key order after.
        var additional: [String] = []
        var failed: [(name: String, failures: [SchemaFailure])] = []
        for (name, value) in m.entries {
            var evaluated = false
            var failures: [SchemaFailure] = []
            if let sub = s.properties[name] {
                evaluated = true
                if let e = checkChild(value, sub, at: location, token: name) { failures.append(e) }
            }
            for (pattern, sub) in s.patternProperties where SchemaRegex.matches(pattern, name) {
                evaluated = true
                if let e = checkChild(value, sub, at: location, token: name) { failures.append(e) }
            }
            if !evaluated, let extra = s.additionalProperties {
                switch extra {
                case .allowed(let ok): if !ok { additional.append(name) }
                case .schema(let sub):
                    if let e = checkChild(value, sub, at: location, token: name) { failures.append(e) }
                }
            }
            if !failures.isEmpty { failed.append((name, failures)) }
        }
        failed.sort { goStringLess($0.name, $1.name) }
        for entry in failed { errors += entry.failures }
        if !additional.isEmpty {
            additional.sort(by: goStringLess)
            errors.append(fail(location, "additional properties \(SchemaText.joinQuoted(additional)) not allowed"))
        }
        if let names = s.propertyNames {
            for name in m.sortedKeys {
                if let e = check(.string(name), names, at: .root, step: .child) {
                    let causes = e.isGroup ? e.causes : [e]
                    errors.append(SchemaFailure(location: location, kind: .message("invalid propertyName \(SchemaText.quote(name))"), causes: causes))
                }
            }
        }
        for name in SchemaValidator.sortedKeys(s.dependentSchemas) where m.entries[name] != nil {
            if let dep = s.dependentSchemas[name], let e = check(.map(m), dep, at: location) { errors.append(e) }
        }
        for name in SchemaValidator.sortedKeys(s.dependentRequired) where m.entries[name] != nil {
            let absent = (s.dependentRequired[name] ?? []).filter { m.entries[$0] == nil }
            if !absent.isEmpty {
                errors.append(fail(location, "properties \(SchemaText.joinQuoted(absent)) required, if \(SchemaText.quote(name)) exists"))
            }
        }
    }

    func checkArray(_ items: [Value], _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        if let min = s.minItems, items.count < min {
            errors.append(fail(location, "minItems: got \(SchemaText.int(items.count)), want \(SchemaText.int(min))"))
        }
        if let max = s.maxItems, items.count > max {
            errors.append(fail(location, "maxItems: got \(SchemaText.int(items.count)), want \(SchemaText.int(max))"))
        }
        if s.uniqueItems, let (j, i) = SchemaEquality.firstDuplicate(items) {
            errors.append(fail(location, "items at \(SchemaText.int(j)) and \(SchemaText.int(i)) are equal"))
        }
        let prefix = min(s.prefixItems.count, items.count)
        for i in 0..<prefix {
            if let e = checkChild(items[i], s.prefixItems[i], at: location, token: String(i)) { errors.append(e) }
        }
        if let rest = s.items {
            for i in prefix..<items.count {
                if let e = checkChild(items[i], rest, at: location, token: String(i)) { errors.append(e) }
            }
        } else if let extra = s.additionalItems {
            switch extra {
            case .allowed(let ok):
                if !ok, prefix != items.count {
                    errors.append(fail(location, "last \(SchemaText.int(items.count - prefix)) additionalItem(s) not allowed"))
                }
            case .schema(let sub):
                for i in prefix..<items.count {
                    if let e = checkChild(items[i], sub, at: location, token: String(i)) { errors.append(e) }
                }
            }
        }
        if let contains = s.contains {
            checkContains(items, contains, s, at: location, into: &errors)
        }
    }

    private func checkContains(_ items: [Value], _ contains: JSONSchema, _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        var failures: [SchemaFailure] = []
        var matched: [Int] = []
        for (i, item) in items.enumerated() {
            if let e = checkChild(item, contains, at: location, token: String(i)) {
                failures.append(e)
            } else {
                matched.append(i)
            }
        }
        let list = matched.map(String.init).joined(separator: " ")
        if let min = s.minContains {
            if matched.count < min {
                let text = matched.isEmpty
                    ? "min \(SchemaText.int(min)) items required to match contains schema, but none matched"
                    : "min \(SchemaText.int(min)) items required to match contains schema, but matched \(SchemaText.int(matched.count)) items at \(list)"
                errors.append(SchemaFailure(location: location, kind: .message(text), causes: failures))
            }
        } else if matched.isEmpty {
            errors.append(SchemaFailure(location: location, kind: .message("no items match contains schema"), causes: failures))
        }
        if let max = s.maxContains, matched.count > max {
            errors.append(fail(location, "max \(SchemaText.int(max)) items required to match contains schema, but matched \(SchemaText.int(matched.count)) items at \(list)"))
        }
    }

    func checkString(_ str: String, _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        let length = str.unicodeScalars.count
        if let min = s.minLength, length < min {
            errors.append(fail(location, "minLength: got \(SchemaText.int(length)), want \(SchemaText.int(min))"))
        }
        if let max = s.maxLength, length > max {
            errors.append(fail(location, "maxLength: got \(SchemaText.int(length)), want \(SchemaText.int(max))"))
        }
        if let pattern = s.pattern, !SchemaRegex.matches(pattern, str) {
            errors.append(fail(location, "\(SchemaText.quote(str)) does not match pattern \(SchemaText.quote(pattern))"))
        }
    }

    func checkNumber(_ value: Value, _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        guard let n = SchemaNumber(value: value) else { return }
        func add(_ keyword: String, _ want: SchemaNumber) {
            errors.append(fail(location, "\(keyword): got \(SchemaText.float(n.double)), want \(SchemaText.float(want.double))"))
        }
        if let want = s.minimum, n.double < want.double { add("minimum", want) }
        if let want = s.maximum, n.double > want.double { add("maximum", want) }
        if let want = s.exclusiveMinimum, n.double <= want.double { add("exclusiveMinimum", want) }
        if let want = s.exclusiveMaximum, n.double >= want.double { add("exclusiveMaximum", want) }
        if let want = s.multipleOf, !n.isMultiple(of: want) { add("multipleOf", want) }
    }

    func checkConditions(_ value: Value, _ s: JSONSchema, at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        if let not = s.not, check(value, not, at: location) == nil {
            errors.append(fail(location, "'not' failed"))
        }
        if !s.allOf.isEmpty {
            let failures = s.allOf.compactMap { check(value, $0, at: location) }
            if !failures.isEmpty {
                errors.append(SchemaFailure(location: location, kind: .message("'allOf' failed"), causes: failures))
            }
        }
        if !s.anyOf.isEmpty {
            var failures: [SchemaFailure] = []
            var matched = false
            for sub in s.anyOf {
                if let e = check(value, sub, at: location) { failures.append(e) } else { matched = true; break }
            }
            if !matched {
                errors.append(SchemaFailure(location: location, kind: .message("'anyOf' failed"), causes: failures))
            }
        }
        if !s.oneOf.isEmpty {
            checkOneOf(value, s.oneOf, at: location, into: &errors)
        }
        if let condition = s.ifSchema {
            if check(value, condition, at: location) == nil {
                if let then = s.thenSchema, let e = check(value, then, at: location) { errors.append(e) }
            } else if let otherwise = s.elseSchema, let e = check(value, otherwise, at: location) {
                errors.append(e)
            }
        }
    }

    private func checkOneOf(_ value: Value, _ options: [JSONSchema], at location: SchemaLocation, into errors: inout [SchemaFailure]) {
        var matched = -1
        var failures: [SchemaFailure] = []
        for (i, sub) in options.enumerated() {
            if let e = check(value, sub, at: location) {
                if matched == -1 { failures.append(e) }
            } else if matched == -1 {
                matched = i
            } else {
                errors.append(fail(location, "'oneOf' failed, subschemas \(SchemaText.int(matched)), \(SchemaText.int(i)) matched"))
                return
            }
        }
        if matched == -1 {
            errors.append(SchemaFailure(location: location, kind: .message("'oneOf' failed, none matched"), causes: failures))
        }
    }
}

extension SchemaValidator {
    /// A keyword table's names in Go's order; most tables are empty (no sorting, no array).
    static func sortedKeys<V>(_ table: [String: V]) -> [String] {
        table.isEmpty ? [] : table.keys.sorted(by: goStringLess)
    }
}
