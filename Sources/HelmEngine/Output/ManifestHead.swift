import GoRuntime
import GoTemplate
import GoYAML

/// The head of a rendered document as helm decodes it (`releaseutil.SimpleHead`, through
/// `sigs.k8s.io/yaml` into a Go struct).
///
/// Scalars decoded into a string field become strings (`kind: 5` gives kind `"5"`, null gives
/// `""`), as `sigs.k8s.io/yaml`'s JSON-target conversion does; a list or map where a string,
/// struct or map is expected is `encoding/json`'s `cannot unmarshal` error, reported for the
/// first offending key in JSON (sorted) order.
struct ManifestHead: Equatable {
    var apiVersion = ""
    var kind = ""
    var name = ""
    var annotations: [String: String] = [:]

    /// Decodes the head of one rendered document, or throws helm's `YAML parse error`.
    ///
    /// Plain documents are read by `ManifestHeadReader` (same result, no libyaml); the
    /// others, and every error, by `decodeFully`.
    static func decode(_ doc: String, path: String, profile: HelmProfile = .v4) throws -> ManifestHead {
        // Bytes that are not UTF-8 (GoBytes stand-ins) are go-yaml's error: libyaml reports it.
        if !GoBytes.hasRawBytes(doc), let head = ManifestHeadReader.read(doc) { return head }
        return try decodeFully(doc, path: path, profile: profile)
    }

    /// `decode` through libyaml and the JSON conversion, for every document.
    static func decodeFully(_ doc: String, path: String, profile: HelmProfile = .v4) throws -> ManifestHead {
        let value: Value
        do {
            value = try YAMLDecoder.decodeHead(doc) { fieldName($0, among: ["apiVersion", "kind", "metadata"]) != nil }
        } catch {
            throw ManifestError.yamlParse(path: path, cause: "\(error)")
        }
        func fail(_ detail: String) -> ManifestError {
            ManifestError.yamlParse(path: path, cause: "error unmarshaling JSON: while decoding JSON: json: \(detail)")
        }
        let namer = FieldNamer(goRelease: profile.goRelease)
        var head = ManifestHead()
        switch value {
        case .nil:
            return head
        case .map(let m):
            var firstError: ManifestError? = nil
            func note(_ e: ManifestError) { if firstError == nil { firstError = e } }
            for key in m.entries.keys.sorted(by: goStringLess) {
                guard let field = fieldName(key, among: ["apiVersion", "kind", "metadata"]),
                      let v = m.entries[key] else { continue }
                switch field {
                case "apiVersion", "kind":
                    if let s = stringish(v) {
                        if field == "kind" { head.kind = s } else { head.apiVersion = s }
                    } else {
                        note(fail("cannot unmarshal \(HelmFunctions.jsonKind(v)) into Go struct field \(namer.name([field], inHead: true)) of type string"))
                    }
                default:
                    decodeMetadata(v, into: &head, namer: namer, fail: fail, note: note)
                }
            }
            if let firstError { throw firstError }
            return head
        default:
            throw fail("cannot unmarshal \(HelmFunctions.jsonKind(value)) into Go value of type \(profile.releaseUtilPackage).SimpleHead")
        }
    }

    static let metadataType =
        "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }"

    static func decodeMetadata(_ v: Value, into head: inout ManifestHead, namer: FieldNamer,
                               fail: (String) -> ManifestError, note: (ManifestError) -> Void) {
        switch v {
        case .nil:
            return
        case .map(let meta):
            for key in meta.entries.keys.sorted(by: goStringLess) {
                guard let field = fieldName(key, among: ["name", "annotations"]), let fv = meta.entries[key] else { continue }
                if field == "name" {
                    if let s = stringish(fv) { head.name = s } else {
                        note(fail("cannot unmarshal \(HelmFunctions.jsonKind(fv)) into Go struct field \(namer.name(["metadata", "name"], inHead: false)) of type string"))
                    }
                    continue
                }
                switch fv {
                case .nil:
                    continue
                case .map(let ann):
                    for k in ann.entries.keys.sorted(by: goStringLess) {
                        guard let av = ann.entries[k] else { continue }
                        if let s = stringish(av) { head.annotations[k] = s } else {
                            note(fail("cannot unmarshal \(HelmFunctions.jsonKind(av)) into Go struct field \(namer.name(["metadata", "annotations"], inHead: false, mapKey: k)) of type string"))
                        }
                    }
                default:
                    note(fail("cannot unmarshal \(HelmFunctions.jsonKind(fv)) into Go struct field \(namer.name(["metadata", "annotations"], inHead: false)) of type map[string]string"))
                }
            }
        default:
            note(fail("cannot unmarshal \(HelmFunctions.jsonKind(v)) into Go struct field \(namer.name(["metadata"], inHead: true)) of type \(metadataType)"))
        }
    }

    /// How `encoding/json`'s `UnmarshalTypeError` names a field: Go 1.23 prefixes the name of
    /// the innermost struct (`SimpleHead.kind`; the anonymous metadata struct has none) and
    /// stops at a map; later releases omit the struct and add the map key.
    struct FieldNamer {
        let goRelease: GoRelease

        func name(_ path: [String], inHead: Bool, mapKey: String? = nil) -> String {
            let joined = path.joined(separator: ".")
            if goRelease == .go123 { return (inHead ? "SimpleHead" : "") + "." + joined }
            return "." + joined + (mapKey.map { "." + $0 } ?? "")
        }
    }

    /// `encoding/json` field matching: exact name, else case-insensitive.
    static func fieldName(_ key: String, among fields: [String]) -> String? {
        if fields.contains(key) { return key }
        return fields.first { $0.lowercased() == key.lowercased() }
    }

    /// A scalar as `sigs.k8s.io/yaml` hands it to a string field; nil for lists and maps.
    static func stringish(_ v: Value) -> String? {
        switch v {
        case .nil: return ""
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let d):
            if d.rounded(.towardZero) == d && Swift.abs(d) < 1e18 { return String(Int64(d)) }
            return FloatFormat.format(d, "g")
        default: return nil
        }
    }
}
