import GoRuntime
import GoYAML
import HelmEngine

/// One IR file, decoded as helm decodes values: YAML (first document) or JSON by extension.
struct IRDocument {
    let file: String
    let root: GoMap

    static func load(path: String) throws -> IRDocument {
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            throw IRError(file: path, path: "", "cannot read the file: \(error)")
        }
        let value: Value
        do {
            value = path.hasSuffix(".json") ? try GoJSON.decode(text) : try YAMLDecoder.decode(text)
        } catch {
            throw IRError(file: path, path: "", "not valid \(path.hasSuffix(".json") ? "JSON" : "YAML"): \(error)")
        }
        switch value {
        case .map(let map): return IRDocument(file: path, root: map)
        case .nil: return IRDocument(file: path, root: GoMap())
        default: throw IRError(file: path, path: "", "the IR must be a mapping, got \(IRType.name(value))")
        }
    }
}

/// JSON Schema type names of values, as IR errors print them.
enum IRType {
    static func name(_ value: Value) -> String {
        switch value {
        case .nil: return "null"
        case .bool: return "boolean"
        case .int, .float: return "number"
        case .string: return "string"
        case .list: return "list"
        case .map: return "mapping"
        case .object: return "object"
        }
    }

    /// Whether two values have the same IR type (numbers of any Go kind match).
    static func same(_ a: Value, _ b: Value) -> Bool { name(a) == name(b) }
}
