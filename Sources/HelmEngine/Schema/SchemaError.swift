/// One node of a validation failure tree (jsonschema's `ValidationError`): where in the values
/// it happened, what failed, and the nested failures that explain it.
final class SchemaFailure {
    /// What failed; `message` kinds print their text after `at 'LOCATION': `.
    enum Kind {
        /// The root: `jsonschema validation failed with 'URL'`.
        case schema(String)
        /// Several failures of one schema (`validation failed`).
        case group
        /// A `$ref` that failed (`validation failed`); hidden when it has one cause.
        case reference
        case message(String)
        /// An `enum` the value is not in; its message is made only when printed, since most
        /// failures (inside `anyOf`/`oneOf` branches) are never printed.
        case notInEnum([SchemaJSON])
    }

    let location: SchemaLocation
    let kind: Kind
    var causes: [SchemaFailure]

    init(location: SchemaLocation, kind: Kind, causes: [SchemaFailure] = []) {
        self.location = location
        self.kind = kind
        self.causes = causes
    }

    var isGroup: Bool { if case .group = kind { return true } else { return false } }

    /// jsonschema's `skip`: a reference with a single cause shows only the cause.
    private var skipped: Bool {
        if case .reference = kind { return causes.count == 1 }
        return false
    }

    /// jsonschema's `Error()`: the root line, then one `- at ...` line per failure, nested
    /// failures indented two spaces per level.
    func display() -> String {
        var out = ""
        display(into: &out, indent: 0)
        return out
    }

    private func display(into out: inout String, indent: Int) {
        var indent = indent
        if !skipped {
            if indent > 0 {
                out += "\n" + String(repeating: "  ", count: indent - 1) + "- "
            }
            indent += 1
            switch kind {
            case .schema(let url):
                out += "jsonschema validation failed with " + SchemaText.quote(url)
            case .group, .reference:
                out += "at " + SchemaText.quote(SchemaFailure.pointer(location.tokens)) + ": validation failed"
            case .message(let text):
                out += "at " + SchemaText.quote(SchemaFailure.pointer(location.tokens)) + ": " + text
            case .notInEnum(let options):
                out += "at " + SchemaText.quote(SchemaFailure.pointer(location.tokens)) + ": "
                    + SchemaValidator.enumMessage(options)
            }
        }
        for cause in causes { cause.display(into: &out, indent: indent) }
    }

    /// A JSON pointer (`/a/b~1c`) of instance tokens.
    static func pointer(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            out += "/"
            for c in token {
                switch c {
                case "~": out += "~0"
                case "/": out += "~1"
                default: out.append(c)
                }
            }
        }
        return out
    }
}
