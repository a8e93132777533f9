import GoRuntime
import GoYAML

/// The Go types of `chart.Metadata`'s fields, as `json.Unmarshal` (behind sigs.k8s.io/yaml)
/// checks them when helm loads `Chart.yaml`: scalars become strings where a string is
/// wanted, `null` is the zero value, anything else of the wrong kind is the first
/// `cannot unmarshal` error in sorted key order.
///
/// Field paths are worded as each Go release words them: Go 1.27 (helm v4) names the keys
/// as written with element indices (`.maintainers.0.name`, and `.keywords.0` without
/// "Go struct field" for an element); Go 1.23 (helm v3) names the innermost struct and the
/// fields' JSON names (`Maintainer.maintainers.name`, `Metadata.keywords`).
struct ChartMetadataTypes {
    /// A field's Go type.
    indirect enum Kind {
        case string, bool, stringList, anyList, stringMap
        case structList(name: String, fields: [String: Kind])
    }

    static let maintainer: [String: Kind] = ["name": .string, "email": .string, "url": .string]
    static let dependency: [String: Kind] = [
        "name": .string, "version": .string, "repository": .string, "condition": .string, "alias": .string,
        "tags": .stringList, "enabled": .bool, "import-values": .anyList,
    ]
    static let metadata: [String: Kind] = [
        "name": .string, "home": .string, "sources": .stringList, "version": .string, "description": .string,
        "keywords": .stringList, "maintainers": .structList(name: "Maintainer", fields: maintainer),
        "icon": .string, "apiVersion": .string, "condition": .string, "tags": .string, "appVersion": .string,
        "deprecated": .bool, "annotations": .stringMap, "kubeVersion": .string,
        "dependencies": .structList(name: "Dependency", fields: dependency), "type": .string,
    ]

    /// `chart.Requirements` (`requirements.yaml`): the dependencies only.
    static let requirements: [String: Kind] = [
        "dependencies": .structList(name: "Dependency", fields: dependency),
    ]

    /// Decodes a YAML file for a struct with `fields` as sigs.k8s.io/yaml does: `normalized`,
    /// then json.Marshal's error for a NaN or infinity left outside a string field.
    static func decode(_ text: String, fields: [String: Kind] = metadata) throws -> GoMap {
        let map = normalized(try YAMLDecoder.decodeStruct(text), fields: fields)
        if let error = YAMLDecoder.nonFiniteError(in: .map(map)) { throw error }
        return map
    }

    let go123: Bool
    /// The package of the structs in type names (`v2` in helm v4, `chart` in v3).
    let package: String

    init(profile: HelmProfile) {
        go123 = profile.goRelease == .go123
        package = profile.chartPackage
    }

    /// The `json: ...` detail of the first type error in a decoded `Chart.yaml`, or nil.
    func problem(_ map: GoMap) -> String? {
        check(map, fields: Self.metadata, structName: "Metadata", keys: [], names: [])
    }

    /// The map decoded by `YAMLDecoder.decodeStruct` as sigs.k8s.io/yaml hands it to
    /// json.Unmarshal: scalars of string fields become text (`YAMLDecoder.stringTarget`:
    /// `appVersion: 20230101` is `"20230101"`, `annotations: {a: yes}` is `"true"`), and every
    /// other number is a float64 again. Values of the wrong kind are left for `problem`.
    static func normalized(_ map: GoMap, fields: [String: Kind] = metadata) -> GoMap {
        let out = GoMap([:], valueType: map.valueType, namedType: map.namedType)
        for (key, value) in map.entries {
            let field = fields[key] != nil ? key : ManifestHead.fieldName(key, among: Array(fields.keys))
            out.entries[key] = field.flatMap { fields[$0] }.map { normalized(value, $0) } ?? YAMLDecoder.jsonNumbers(value)
        }
        return out
    }

    private static func normalized(_ value: Value, _ kind: Kind) -> Value {
        func text(_ v: Value) -> Value { YAMLDecoder.stringTarget(v).map { .string($0) } ?? YAMLDecoder.jsonNumbers(v) }
        switch (kind, value) {
        case (.string, .nil): return .nil
        case (.string, _): return text(value)
        case (.stringList, .list(let l)): return .list(GoList(l.elements.map(text), elementType: l.elementType))
        case (.stringMap, .map(let m)): return .map(GoMap(m.entries.mapValues(text), valueType: m.valueType))
        case (.structList(_, let fields), .list(let l)):
            return .list(GoList(l.elements.map { element in
                if case .map(let m) = element { return .map(normalized(m, fields: fields)) }
                return YAMLDecoder.jsonNumbers(element)
            }, elementType: l.elementType))
        default:
            return YAMLDecoder.jsonNumbers(value)
        }
    }

    /// `keys`: the path as written, with indices (Go 1.27); `names`: the JSON field names (Go 1.23).
    private func check(_ map: GoMap, fields: [String: Kind], structName: String, keys: [String], names: [String]) -> String? {
        for key in map.sortedKeys {
            guard let field = fields[key] != nil ? key : ManifestHead.fieldName(key, among: Array(fields.keys)),
                  let kind = fields[field],
                  let value = map.entries[key], !value.isNil else { continue }
            if let problem = check(value, kind, structName: structName, keys: keys + [key], names: names + [field]) {
                return problem
            }
        }
        return nil
    }

    private func check(_ value: Value, _ kind: Kind, structName: String, keys: [String], names: [String]) -> String? {
        let field = go123 ? structName + "." + names.joined(separator: ".") : "." + keys.joined(separator: ".")
        func wrong(_ type: String) -> String {
            "cannot unmarshal \(HelmFunctions.jsonKind(value)) into Go struct field \(field) of type \(type)"
        }
        /// An element (or map value) of the wrong kind.
        func wrongElement(_ element: Value, _ index: String, _ type: String, mapValue: Bool) -> String {
            let kindName = HelmFunctions.jsonKind(element)
            if go123 { return "cannot unmarshal \(kindName) into Go struct field \(field) of type \(type)" }
            let path = field + "." + index
            return mapValue ? "cannot unmarshal \(kindName) into Go struct field \(path) of type \(type)"
                : "cannot unmarshal \(kindName) into \(path) of type \(type)"
        }
        switch kind {
        case .string:
            return ManifestHead.stringish(value) == nil ? wrong("string") : nil
        case .bool:
            if case .bool = value { return nil }
            return wrong("bool")
        case .stringList:
            guard case .list(let list) = value else { return wrong("[]string") }
            for (i, element) in list.elements.enumerated() where ManifestHead.stringish(element) == nil {
                return wrongElement(element, String(i), "string", mapValue: false)
            }
            return nil
        case .anyList:
            if case .list = value { return nil }
            return wrong("[]interface {}")
        case .stringMap:
            guard case .map(let map) = value else { return wrong("map[string]string") }
            for key in map.sortedKeys {
                guard let element = map.entries[key], ManifestHead.stringish(element) == nil else { continue }
                return wrongElement(element, key, "string", mapValue: true)
            }
            return nil
        case .structList(let name, let fields):
            guard case .list(let list) = value else { return wrong("[]*\(package).\(name)") }
            for (i, element) in list.elements.enumerated() {
                switch element {
                case .nil: continue
                case .map(let m):
                    if let problem = check(m, fields: fields, structName: name, keys: keys + [String(i)], names: names) {
                        return problem
                    }
                default:
                    return wrongElement(element, String(i), "\(package).\(name)", mapValue: false)
                }
            }
            return nil
        }
    }
}
