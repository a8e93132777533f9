/// Compiles a parsed `values.schema.json` into `JSONSchema`s: picks the draft from `$schema`
/// (2020-12 by default, as jsonschema v6), reads each keyword of that draft and resolves
/// `$ref`s to JSON pointers inside the document (`#/definitions/x`, `#/$defs/x`, `#`).
struct SchemaCompiler {
    let root: SchemaJSON
    let draft: Int
    /// Whether `format` asserts whatever the draft (as when checking against a meta-schema).
    let assertFormats: Bool
    var compiled: [String: JSONSchema] = [:]
    /// The root's `$id` (jsonschema's default base otherwise).
    private let rootID: String

    init(root: SchemaJSON, draft: Int? = nil, assertFormats: Bool = false) {
        self.root = root
        self.draft = draft ?? SchemaCompiler.draft(of: root)
        self.assertFormats = assertFormats
        let rootID = root.objectValue?["$id"]?.stringValue ?? root.objectValue?["id"]?.stringValue
        self.rootID = rootID ?? "file:///values.schema.json"
    }

    /// The pointer of every schema with an `$id`, by that id resolved against the root's.
    private static func collectIDs(_ node: SchemaJSON, at pointer: String, base: String, into ids: inout [String: String]) {
        switch node {
        case .object(let o):
            var base = base
            if let id = o["$id"]?.stringValue ?? o["id"]?.stringValue, !id.hasPrefix("#") {
                base = GoJSONSchemaReferences.resolve(id, against: base)
                if ids[base] == nil { ids[base] = pointer }
            }
            for (key, value) in o where key != "enum" && key != "const" {
                collectIDs(value, at: pointer + "/" + escape(key), base: base, into: &ids)
            }
        case .array(let a):
            for (i, value) in a.enumerated() { collectIDs(value, at: pointer + "/\(i)", base: base, into: &ids) }
        default:
            break
        }
    }

    /// The draft named by the root's `$schema`.
    static func draft(of root: SchemaJSON) -> Int {
        guard let url = root.objectValue?["$schema"]?.stringValue else { return 2020 }
        if url.contains("draft-04") { return 4 }
        if url.contains("draft-06") { return 6 }
        if url.contains("draft-07") { return 7 }
        if url.contains("2019-09") { return 2019 }
        return 2020
    }

    /// Compiles the whole document.
    static func compile(_ root: SchemaJSON, draft: Int? = nil, assertFormats: Bool = false, sizeHint: Int = 0) throws -> JSONSchema {
        var compiler = SchemaCompiler(root: root, draft: draft, assertFormats: assertFormats)
        // About one schema per 128 bytes of document: the table then rarely grows.
        compiler.compiled.reserveCapacity(sizeHint / 128)
        return try compiler.schema(at: "")
    }

    /// The schema at a JSON pointer of the document (a `$ref` target), compiled once.
    mutating func schema(at pointer: String) throws -> JSONSchema {
        if let done = compiled[pointer] { return done }
        guard let json = resolve(pointer) else {
            throw ChartError("json-pointer in \"file:///values.schema.json#\(pointer)\" not found")
        }
        return try schema(json, at: pointer)
    }

    /// The schema `json` found at `pointer` while walking the document, compiled once (a
    /// `$ref` to the same pointer gets the same schema).
    mutating func schema(_ json: SchemaJSON, at pointer: String) throws -> JSONSchema {
        let schema = JSONSchema(draft: draft)
        // One hashed look-up: most pointers are new (only `$ref` targets come back).
        if let done = compiled.updateValue(schema, forKey: pointer) {
            compiled[pointer] = done
            return done
        }
        schema.pointer = pointer
        try fill(schema, from: json, at: pointer)
        return schema
    }

    func resolve(_ pointer: String) -> SchemaJSON? {
        var node = root
        if pointer.isEmpty { return node }
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let token = SchemaCompiler.unescape(String(raw))
            switch node {
            case .object(let o):
                guard let next = o[token] else { return nil }
                node = next
            case .array(let a):
                guard let i = Int(token), i >= 0, i < a.count else { return nil }
                node = a[i]
            default:
                return nil
            }
        }
        return node
    }

    static func unescape(_ token: String) -> String {
        if !token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) { return token }
        var out = ""
        var chars = Array(token)[...]
        while let c = chars.popFirst() {
            if c == "~", let n = chars.first, n == "0" || n == "1" {
                chars.removeFirst()
                out.append(n == "0" ? "~" : "/")
            } else if c == "%", chars.count >= 2, let v = UInt8(String(chars.prefix(2)), radix: 16) {
                chars.removeFirst(2)
                out += String(decoding: [v], as: UTF8.self)
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func escape(_ token: String) -> String {
        if !token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) { return token }
        var out = ""
        for c in token {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    /// The pointer a `$ref` names, for references inside this document.
    func refPointer(_ ref: String) throws -> String {
        let hash = ref.firstIndex(of: "#")
        let base = String(ref[..<(hash ?? ref.endIndex)])
        var fragment = hash.map { String(ref[ref.index(after: $0)...]) } ?? ""
        if !(base.isEmpty || base == "file:///values.schema.json" || base == "values.schema.json") {
            // A schema of this document that names itself with `$id` (looked for only here:
            // references to other documents are rare, walking every schema is not free).
            var ids: [String: String] = [:]
            SchemaCompiler.collectIDs(root, at: "", base: rootID, into: &ids)
            guard let pointer = ids[GoJSONSchemaReferences.resolve(base, against: rootID)] else {
                throw ChartError(SchemaCompiler.loadError(base))
            }
            if fragment.isEmpty || fragment.hasPrefix("/") { return pointer + fragment }
            fragment = ""
        }
        if fragment.isEmpty || fragment.hasPrefix("/") { return fragment }
        if let anchor = findAnchor(fragment, in: root, at: "") { return anchor }
        throw ChartError("jsonschema: anchor '\(fragment)' not found in file:///values.schema.json")
    }

    private static func loadError(_ url: String) -> String {
        let absolute = url.contains(":") ? url : "file:///" + url
        if absolute.hasPrefix("file://") {
            let path = String(absolute.dropFirst("file://".count))
            return "failing loading \"\(absolute)\": open \(path): no such file or directory"
        }
        return "failing loading \"\(absolute)\""
    }

    /// The pointer of the object whose `$anchor` (or draft-7 `$id: "#name"`) is `name`.
    private func findAnchor(_ name: String, in node: SchemaJSON, at pointer: String) -> String? {
        switch node {
        case .object(let o):
            if o["$anchor"]?.stringValue == name || o["$id"]?.stringValue == "#" + name
                || o["id"]?.stringValue == "#" + name {
                return pointer
            }
            for key in o.keys.sorted() {
                if let value = o[key], let hit = findAnchor(name, in: value, at: pointer + "/" + SchemaCompiler.escape(key)) {
                    return hit
                }
            }
        case .array(let a):
            for (i, value) in a.enumerated() {
                if let hit = findAnchor(name, in: value, at: pointer + "/\(i)") { return hit }
            }
        default:
            break
        }
        return nil
    }
}
