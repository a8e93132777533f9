import GoRuntime

extension YAMLEncoder {
    /// Helm's `toYamlPretty`: go-yaml v3's encoder with `SetIndent(2)` applied to the value
    /// itself (no JSON round trip), without its final newline; "" when encoding fails.
    ///
    /// Unlike `toYaml`: collections nested in mappings are indented, long strings are never
    /// folded, float64 values print in `%g` form (`1.2345678901e+10`, `.nan`, `.inf`), strings
    /// with tabs and newlines may be literal blocks, and no character is refused.
    public static func toYAMLPretty(_ value: Value) -> String {
        var writer = PrettyWriter()
        writer.emitter.beginNode(root: true, sequence: false, mapping: false, simpleKey: false)
        guard (try? writer.emit(value)) != nil else { return "" }
        writer.emitter.endDocument()
        var text = String(decoding: writer.emitter.out, as: UTF8.self)
        if text.utf8.last == 0x0A { text.removeLast() }
        return text
    }

    private struct PrettyWriter {
        var emitter = YAMLEmitter(flavor: .v3)

        mutating func emit(_ value: Value) throws {
            switch value {
            case .nil:
                plain("null")
            case .bool(let b):
                plain(b ? "true" : "false")
            case .int(let i, let kind):
                plain(kind.isUnsigned ? String(UInt64(bitPattern: i)) : String(i))
            case .float(let f):
                if f.isNaN {
                    plain(".nan")
                } else if f.isInfinite {
                    plain(f < 0 ? "-.inf" : ".inf")
                } else {
                    plain(FloatFormat.format(f, "g"))
                }
            case .string(let s):
                let bytes = Array(s.utf8)
                emitter.emitScalar(bytes, requested: Writer.requestedStyle(s),
                                   analysis: YAMLScalarAnalysis(bytes, tabsAllowed: true))
            case .list(let l):
                if l.elements.isEmpty {
                    emitter.emitEmptySequence()
                    return
                }
                emitter.beginBlockSequence()
                for element in l.elements {
                    emitter.beginSequenceItem()
                    try emit(element)
                }
                emitter.endBlockCollection()
            case .map(let m):
                if m.count == 0 {
                    emitter.emitEmptyMapping()
                    return
                }
                emitter.beginBlockMapping()
                for key in YAMLKeyOrder.sorted(Array(m.entries.keys), v3: true) {
                    let keyBytes = Array(key.utf8)
                    emitter.mappingEntryKey(keyBytes, requested: Writer.requestedStyle(key),
                                            analysis: YAMLScalarAnalysis(keyBytes, tabsAllowed: true))
                    try emit(m.entries[key] ?? .nil)
                }
                emitter.endBlockCollection()
            case .object(let o):
                guard let marshaler = o as? GoJSONMarshaler else {
                    throw YAMLError(.marshal, "cannot marshal type: " + o.goTypeName)
                }
                try emit(try marshaler.jsonValue())
            }
        }

        private mutating func plain(_ text: String) {
            let bytes = Array(text.utf8)
            emitter.emitScalar(bytes, requested: .plain, analysis: YAMLScalarAnalysis(bytes, tabsAllowed: true))
        }
    }
}
