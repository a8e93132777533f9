import GoRuntime

/// Typed substitution of pipeline parameters: a string that is exactly `${name}` becomes the
/// parameter's value with its type (a number stays a number); `${name}` inside a longer string
/// is replaced by the value's text. `$${` writes a literal `${`. Unknown names are errors.
struct ParameterSubstitution {
    let parameters: [String: IRParameter]

    /// `value` with every parameter reference replaced; errors name `file` and the value's path.
    func apply(_ value: Value, file: String, path: String, errors: inout IRErrors) -> Value {
        switch value {
        case .string(let s):
            return substitute(s, file: file, path: path, errors: &errors)
        case .list(let l):
            var out: [Value] = []
            for (index, element) in l.elements.enumerated() {
                out.append(apply(element, file: file, path: "\(path)[\(index)]", errors: &errors))
            }
            return .list(out)
        case .map(let m):
            return .map(apply(m, file: file, path: path, errors: &errors))
        default:
            return value
        }
    }

    func apply(_ map: GoMap, file: String, path: String, errors: inout IRErrors) -> GoMap {
        let out = GoMap()
        for key in map.sortedKeys {
            out[key] = apply(map[key] ?? .nil, file: file, path: path.isEmpty ? key : "\(path).\(key)", errors: &errors)
        }
        return out
    }

    private func substitute(_ s: String, file: String, path: String, errors: inout IRErrors) -> Value {
        guard s.contains("${") else { return .string(s) }
        let parts = Self.split(s)
        if parts.count == 1, case .reference(let name) = parts[0] {
            return lookup(name, file: file, path: path, errors: &errors) ?? .string(s)
        }
        var text = ""
        for part in parts {
            switch part {
            case .text(let t): text += t
            case .reference(let name):
                guard let value = lookup(name, file: file, path: path, errors: &errors) else { continue }
                switch value {
                case .map, .list:
                    errors.add(file, path, "parameter \"\(name)\" is a \(IRType.name(value)) and cannot be part of a string")
                default:
                    text += IRText.format(value)
                }
            case .unterminated:
                errors.add(file, path, "unterminated parameter reference in \"\(s)\"")
            }
        }
        return .string(text)
    }

    private func lookup(_ name: String, file: String, path: String, errors: inout IRErrors) -> Value? {
        guard let parameter = parameters[name] else {
            errors.add(file, path, "parameter \"\(name)\" is not defined")
            return nil
        }
        return parameter.value
    }

    enum Part: Equatable {
        case text(String)
        case reference(String)
        case unterminated
    }

    /// Splits text into literal runs and `${name}` references.
    static func split(_ s: String) -> [Part] {
        var parts: [Part] = []
        var text = ""
        var rest = Substring(s)
        while let dollar = rest.firstIndex(of: "$") {
            text += rest[..<dollar]
            let after = rest[dollar...].dropFirst()
            if after.hasPrefix("${") {
                text += "${"
                rest = after.dropFirst(2)
            } else if after.hasPrefix("{") {
                guard let close = after.firstIndex(of: "}") else {
                    parts.append(.unterminated)
                    rest = ""
                    break
                }
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                parts.append(.reference(String(after[after.index(after: after.startIndex)..<close])))
                rest = after[after.index(after: close)...]
            } else {
                text += "$"
                rest = after
            }
        }
        text += rest
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }
}
