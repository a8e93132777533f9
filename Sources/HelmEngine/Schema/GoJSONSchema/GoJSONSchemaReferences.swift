/// gojsonschema's schema pool and reference pool for one schema document: `$ref`s resolved
/// against the `$id` in scope, JSON pointers into the document, and each referenced schema
/// compiled once (so recursive references make a cycle, not endless compiling).
struct GoJSONSchemaReferences {
    /// Documents by reference: the root under `""`, every `$id`'d schema, pointers already read.
    private var documents: [String: SchemaJSON] = [:]
    private var schemas: [String: GoJSONSubSchema] = [:]

    init(root: SchemaJSON) throws {
        try register(root, base: "")
        documents[""] = root
    }

    func schema(named reference: String) -> GoJSONSubSchema? { schemas[reference] }

    mutating func register(_ schema: GoJSONSubSchema, named reference: String) {
        if schemas[reference] == nil { schemas[reference] = schema }
    }

    /// `schemaPool.GetDocument`: the schema a reference names.
    mutating func document(named reference: String) throws -> SchemaJSON {
        if let known = documents[reference] { return known }
        let (url, fragment) = Self.split(reference)
        guard let whole = documents[url] else {
            if !Self.isCanonical(url) { throw GoJSONSchemaError.invalid("Reference \(reference) must be canonical") }
            throw GoJSONSchemaError.invalid("rudder does not load remote schemas (\(reference))")
        }
        let found = try Self.pointer(fragment, in: whole)
        documents[reference] = found
        return found
    }

    /// `parseReferencesRecursive`: every schema with an `$id` (or `id`) joins the pool.
    private mutating func register(_ node: SchemaJSON, base: String) throws {
        switch node {
        case .array(let list):
            for item in list { try register(item, base: base) }
        case .object(let m):
            var local = base
            let idKey = m["id"] != nil ? "id" : "$id"
            if case .string(let id)? = m[idKey] {
                local = Self.resolve(id, against: base)
                if documents[local] != nil { throw GoJSONSchemaError.invalid("Reference already exists: \"\(local)\"") }
                documents[local] = node
            }
            for key in m.keys.sorted() where key != "const" && key != "enum" {
                guard let value = m[key] else { continue }
                if key == "properties" || key == "dependencies" || key == "patternProperties", case .object(let children) = value {
                    for childKey in children.keys.sorted() {
                        if let child = children[childKey] { try register(child, base: local) }
                    }
                } else {
                    try register(value, base: local)
                }
            }
        default:
            return
        }
    }

    /// gojsonreference's `String()` of a parsed reference: an empty fragment is dropped.
    static func normalized(_ reference: String) -> String {
        reference.hasSuffix("#") ? String(reference.dropLast()) : reference
    }

    /// `JsonReference.Inherits`: `reference` resolved against `base` (RFC 3986, for the
    /// forms schemas use: a fragment, an absolute URL, or a path relative to the base).
    static func resolve(_ reference: String, against base: String) -> String {
        let reference = normalized(reference)
        let (baseURL, _) = split(base)
        if reference.isEmpty { return baseURL }
        if reference.hasPrefix("#") { return baseURL + reference }
        if hasScheme(reference) { return reference }
        // `url.ResolveReference` makes the path absolute even against an empty base.
        if baseURL.isEmpty { return reference.hasPrefix("/") ? reference : "/" + reference }
        if reference.hasPrefix("/") {
            guard let authorityEnd = authorityEnd(baseURL) else { return reference }
            return String(baseURL[..<authorityEnd]) + reference
        }
        guard let slash = baseURL.lastIndex(of: "/") else { return reference }
        return String(baseURL[...slash]) + reference
    }

    private static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon != s.startIndex else { return false }
        return s[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && s.first?.isLetter == true
    }

    private static func authorityEnd(_ url: String) -> String.Index? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        return url[scheme.upperBound...].firstIndex(of: "/") ?? url.endIndex
    }

    /// `IsCanonical`: a full URL (scheme and host) or a `file:` URL with a path.
    private static func isCanonical(_ url: String) -> Bool {
        if url.hasPrefix("file:") { return url.count > 5 }
        guard let scheme = url.firstRange(of: "://") else { return false }
        return !url[scheme.upperBound...].isEmpty
    }

    private static func split(_ reference: String) -> (url: String, fragment: String) {
        guard let hash = reference.firstIndex(of: "#") else { return (reference, "") }
        return (String(reference[..<hash]), String(reference[reference.index(after: hash)...]))
    }

    /// gojsonpointer's `Get`, with its error texts.
    static func pointer(_ fragment: String, in document: SchemaJSON) throws -> SchemaJSON {
        let fragment = percentDecoded(fragment)
        if fragment.isEmpty { return document }
        guard fragment.hasPrefix("/") else {
            throw GoJSONSchemaError.invalid("JSON pointer must be empty or start with a \"/\"")
        }
        var node = document
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            switch node {
            case .object(let m):
                let key = Self.replace("~0", "~", in: Self.replace("~1", "/", in: String(token)))
                guard let next = m[key] else { throw GoJSONSchemaError.invalid("Object has no key '\(key)'") }
                node = next
            case .array(let list):
                guard let index = Int(token.hasPrefix("+") ? token.dropFirst() : token) else {
                    throw GoJSONSchemaError.invalid("Invalid array index '\(token)'")
                }
                guard index >= 0, index < list.count else {
                    throw GoJSONSchemaError.invalid("Out of bound array[0,\(list.count)] index '\(index)'")
                }
                node = list[index]
            default:
                throw GoJSONSchemaError.invalid("Invalid token reference '\(token)'")
            }
        }
        return node
    }

    /// `strings.Replace(s, old, new, -1)`.
    private static func replace(_ old: String, _ new: String, in s: String) -> String {
        s.split(separator: old, omittingEmptySubsequences: false).joined(separator: new)
    }

    /// `url.Parse`'s unescaping of a fragment (`%XX`); malformed escapes stay as written.
    private static func percentDecoded(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
