import GoRuntime

/// Reads the fields of one IR mapping, recording errors with the mapping's file and path.
struct IRFields {
    let file: String
    let path: String
    let map: GoMap

    /// The path of a field of this mapping.
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Records an error for each key not in `known`.
    func checkKnown(_ known: [String], errors: inout IRErrors) {
        for key in map.sortedKeys where !known.contains(key) {
            errors.add(file, path(key), "unknown field (expected one of: \(known.joined(separator: ", ")))")
        }
    }

    func string(_ key: String, required: Bool, errors: inout IRErrors) -> String? {
        guard let value = map[key], !value.isNil else {
            if required { errors.add(file, path(key), "required") }
            return nil
        }
        guard case .string(let s) = value else {
            errors.add(file, path(key), "want string, got \(IRType.name(value))")
            return nil
        }
        if required && s.isEmpty { errors.add(file, path(key), "must not be empty") }
        return s
    }

    /// A string field that may be written as a number (`version: 3`).
    func scalarString(_ key: String, required: Bool, errors: inout IRErrors) -> String? {
        if case .float(let f)? = map[key] { return IRText.format(.float(f)) }
        return string(key, required: required, errors: &errors)
    }

    func mapping(_ key: String, errors: inout IRErrors) -> GoMap? {
        guard let value = map[key], !value.isNil else { return nil }
        guard case .map(let m) = value else {
            errors.add(file, path(key), "want mapping, got \(IRType.name(value))")
            return nil
        }
        return m
    }

    func list(_ key: String, errors: inout IRErrors) -> [Value]? {
        guard let value = map[key], !value.isNil else { return nil }
        guard case .list(let l) = value else {
            errors.add(file, path(key), "want list, got \(IRType.name(value))")
            return nil
        }
        return l.elements
    }

    /// The elements of a list field that are mappings, with their own readers.
    func mappings(_ key: String, errors: inout IRErrors) -> [IRFields] {
        var out: [IRFields] = []
        for (index, element) in (list(key, errors: &errors) ?? []).enumerated() {
            let elementPath = "\(path(key))[\(index)]"
            guard case .map(let m) = element else {
                errors.add(file, elementPath, "want mapping, got \(IRType.name(element))")
                continue
            }
            out.append(IRFields(file: file, path: elementPath, map: m))
        }
        return out
    }

    func strings(_ key: String, errors: inout IRErrors) -> [String] {
        var out: [String] = []
        for (index, element) in (list(key, errors: &errors) ?? []).enumerated() {
            guard case .string(let s) = element else {
                errors.add(file, "\(path(key))[\(index)]", "want string, got \(IRType.name(element))")
                continue
            }
            out.append(s)
        }
        return out
    }
}

/// Text of scalar values inside interpolated strings: numbers as Go's `%v` prints a float64.
enum IRText {
    static func format(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f):
            if f == f.rounded(), abs(f) < 1e15 { return String(Int64(f)) }
            return FloatFormat.format(f, "g")
        case .nil: return ""
        default: return ""
        }
    }
}
