/// The chain of schemas applied on the way to the one being checked, like jsonschema v6's
/// `scope` list: used to find `$ref` cycles (the same schema applied twice to the same
/// value) and to name them by keyword location (`/$ref/$ref`), as helm reports them.
final class SchemaScopes {
    /// How a schema was reached from the one before it.
    enum Step {
        /// Applied to the same value by an in-place keyword (`allOf`, `not`, `if`, …).
        case inPlace
        /// Applied to the same value through `$ref`.
        case ref
        /// Applied to a property, element or property name: a new value.
        case child
    }

    private struct Entry {
        let schema: JSONSchema
        let step: Step
        let value: Int
    }

    private var entries: [Entry] = []
    private var values = 0

    /// Enters `schema`; returns the cycle message when it is already applied to this value.
    func enter(_ schema: JSONSchema, _ step: Step, url: String) -> String? {
        let value: Int
        if step == .child || entries.isEmpty {
            values += 1
            value = values
        } else {
            value = entries[entries.count - 1].value
        }
        entries.append(Entry(schema: schema, step: step, value: value))
        var i = entries.count - 2
        while i >= 0, entries[i].value == value {
            if entries[i].schema === schema {
                let base = url.hasSuffix("#") ? String(url.dropLast()) : url
                return "both \(keywordLocation(upTo: entries.count - 1)) and \(keywordLocation(upTo: i)) resolve to "
                    + "\"\(base)#\(schema.pointer)\" causing reference cycle"
            }
            i -= 1
        }
        return nil
    }

    /// Leaves the schema entered last.
    func leave() { entries.removeLast() }

    /// Go's `scope.kwLoc`: the keyword path from the root schema to entry `index`.
    private func keywordLocation(upTo index: Int) -> String {
        var location = ""
        var i = 1
        while i <= index {
            let entry = entries[i]
            if entry.step == .ref {
                location += "/$ref"
            } else {
                let current = entry.schema.pointer, parent = entries[i - 1].schema.pointer
                if current.hasPrefix(parent) { location += current.dropFirst(parent.count) }
            }
            i += 1
        }
        return location
    }
}
