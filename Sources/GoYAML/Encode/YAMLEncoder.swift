import GoRuntime
import Synchronization

/// Writes YAML exactly as helm's `toYaml` does: `sigs.k8s.io/yaml.Marshal`, which marshals the
/// value to JSON, decodes that JSON with go-yaml v2 and emits it with go-yaml v2's emitter.
///
/// Consequences: keys are sorted by go-yaml's natural order (`a2` before `a10`); integral floats
/// print as integers (`1`, not `1.0`) and others in Go's `%g` form (`1e+06`… for fractions,
/// `1.5`); strings YAML 1.1 would read as something else are double-quoted (`"yes"`, `"1.0"`,
/// `""`); strings with a newline become `|` literals; long plain strings fold at column 80;
/// empty maps and lists are `{}` and `[]`; sequences in mappings are not indented.
public enum YAMLEncoder {
    /// The YAML text, ending in a newline, as `yaml.Marshal` returns it. Helm's `toYaml` trims
    /// that final newline: see `toYAML(_:)`.
    public static func encode(_ value: Value) throws -> String {
        var writer = Writer()
        writer.emitter.beginNode(root: true, sequence: false, mapping: false, simpleKey: false)
        try writer.emit(value)
        writer.emitter.endDocument()
        return String(decoding: writer.emitter.out, as: UTF8.self)
    }

    /// Helm's `toYaml`: the YAML without its final newline, or "" when marshalling fails.
    public static func toYAML(_ value: Value) -> String {
        guard var text = try? encode(value) else { return "" }
        if text.utf8.last == 0x0A { text.removeLast() }
        return text
    }

    struct Writer {
        var emitter = YAMLEmitter()
        /// The JSON marshalling step's cycle detection.
        var cycles = GoJSONCycleGuard()

        /// Enters a list or map as `json.Marshal` would, with its error text.
        private mutating func enter(_ map: GoMap?) throws -> ObjectIdentifier? {
            do { return try cycles.enter(map) } catch let e as GoJSONError {
                throw YAMLError(.marshal, "error marshaling into JSON: " + e.message)
            }
        }

        mutating func emit(_ value: Value) throws {
            switch value {
            case .nil:
                constant(Self.nullScalar)
            case .bool(let b):
                constant(b ? Self.trueScalar : Self.falseScalar)
            case .int(let i, let kind):
                plain(kind.isUnsigned ? String(UInt64(bitPattern: i)) : String(i))
            case .float(let f):
                guard f.isFinite else {
                    throw YAMLError(.marshal, "error marshaling into JSON: json: unsupported value: " + GoJSONEncoder.goFloatName(f))
                }
                plain(Self.numberText(f))
            case .string(let s):
                try string(s)
            case .list(let l):
                if l.elementType == .uint8 {
                    try emit(.string(try GoJSON.encode(value).trimmingQuotes()))
                    return
                }
                if l.count == 0 {
                    if l.isNilSlice { plain("null") } else { emitter.emitEmptySequence() }
                    return
                }
                let entered = try enter(nil)
                defer { cycles.leave(entered) }
                emitter.beginBlockSequence()
                for element in l.elements {
                    emitter.beginSequenceItem()
                    try emit(element)
                }
                emitter.endBlockCollection()
            case .map(let m):
                if m.count == 0 {
                    if m.isNilMap { plain("null") } else { emitter.emitEmptyMapping() }
                    return
                }
                let entered = try enter(m)
                defer { cycles.leave(entered) }
                emitter.beginBlockMapping()
                if let ordered = YAMLKeyOrder.sortedIfASCII(m.entries) {
                    // ASCII keys hold no NEL: each is its own reread form.
                    for (key, value) in ordered {
                        let emitted = try Self.emittedKey(key, original: key)
                        emitter.mappingEntryKey(emitted.bytes, requested: emitted.style, analysis: emitted.analysis)
                        try emit(value)
                    }
                    emitter.endBlockCollection()
                    return
                }
                var originals: [String: String] = [:]
                var emitted: [String] = []
                emitted.reserveCapacity(m.count)
                for original in m.entries.keys {
                    let key = Self.reread(original)
                    if key != original { originals[key] = original }
                    emitted.append(key)
                }
                for key in YAMLKeyOrder.sorted(emitted) {
                    let original = originals[key] ?? key
                    let emitted = try Self.emittedKey(key, original: original)
                    emitter.mappingEntryKey(emitted.bytes, requested: emitted.style, analysis: emitted.analysis)
                    try emit(m.entries[original] ?? .nil)
                }
                emitter.endBlockCollection()
            case .object(let o):
                guard let marshaler = o as? GoJSONMarshaler else {
                    throw YAMLError(.marshal, "error marshaling into JSON: json: unsupported type: " + o.goTypeName)
                }
                try emit(try marshaler.jsonValue())
            }
        }

        /// A mapping key ready to emit: its bytes, requested style and analysis.
        struct EmittedKey {
            let bytes: [UInt8]
            let style: YAMLScalarStyle
            let analysis: YAMLScalarAnalysis

            init(bytes: [UInt8], style: YAMLScalarStyle, analysis: YAMLScalarAnalysis) {
                self.bytes = bytes
                self.style = style
                self.analysis = analysis
            }

            /// A plain scalar whose text needs no check (`null`, `true`, `false`).
            init(plain text: String) {
                bytes = Array(text.utf8)
                style = .plain
                analysis = YAMLScalarAnalysis(bytes)
            }
        }

        /// Keys repeat across a chart's documents (`name`, `labels`, `app.kubernetes.io/name`):
        /// each distinct key is checked and analysed once per process (at most `keyCacheLimit`).
        /// Behind a lock: charts may be rendered on several threads at once.
        private static let keyCache = Mutex(YAMLStringTable<EmittedKey>(limit: keyCacheLimit))
        private static let keyCacheLimit = 20_000

        static func emittedKey(_ key: String, original: String) throws -> EmittedKey {
            let hash = YAMLStringTable<EmittedKey>.hash(key)
            if key == original, let hit = keyCache.withLock({ $0.lookup(key, hash: hash) }) { return hit }
            let keyBytes = Array(key.utf8)
            try checkReadable(keyBytes)
            if Self.containsNEL(original) {
                // A line break inside a JSON key: go-yaml cannot read the simple key back.
                throw YAMLError(.marshal, "error converting JSON to YAML: yaml: line 1: did not find expected ',' or '}'")
            }
            let result = EmittedKey(bytes: keyBytes, style: requestedStyle(key), analysis: YAMLScalarAnalysis(keyBytes))
            if key == original {
                keyCache.withLock { $0.insert(key, hash: hash, result) }
            }
            return result
        }

        private static let nullScalar = EmittedKey(plain: "null")
        private static let trueScalar = EmittedKey(plain: "true")
        private static let falseScalar = EmittedKey(plain: "false")

        private mutating func constant(_ scalar: EmittedKey) {
            emitter.emitScalar(scalar.bytes, requested: scalar.style, analysis: scalar.analysis)
        }

        private mutating func plain(_ text: String) {
            let bytes = Array(text.utf8)
            emitter.emitScalar(bytes, requested: .plain, analysis: YAMLScalarAnalysis(bytes))
        }

        private mutating func string(_ text: String) throws {
            let cacheable = text.utf8.count <= Self.valueCacheMaxLength
            let hash = cacheable ? YAMLStringTable<EmittedKey>.hash(text) : 0
            if cacheable, let hit = Self.valueCache.withLock({ $0.lookup(text, hash: hash) }) {
                emitter.emitScalar(hit.bytes, requested: hit.style, analysis: hit.analysis)
                return
            }
            let s = Self.reread(text)
            let bytes = Array(s.utf8)
            try Self.checkReadable(bytes)
            let scalar = EmittedKey(bytes: bytes, style: Self.requestedStyle(s), analysis: YAMLScalarAnalysis(bytes))
            if cacheable && bytes.count <= Self.valueCacheMaxLength {
                Self.valueCache.withLock { $0.insert(text, hash: hash, scalar) }
            }
            emitter.emitScalar(scalar.bytes, requested: scalar.style, analysis: scalar.analysis)
        }

        /// Short string values repeat too (label values, image names, `true`-like strings):
        /// each is checked and analysed once per process (behind a lock, as `keyCache`).
        private static let valueCache = Mutex(YAMLStringTable<EmittedKey>(limit: keyCacheLimit))
        private static let valueCacheMaxLength = 256

        /// go-yaml reads back the JSON text, and its reader rejects raw characters outside
        /// YAML's printable set that encoding/json leaves unescaped (DEL, C1 controls, U+FFFE/F).
        private static func checkReadable(_ bytes: [UInt8]) throws {
            var i = 0
            let n = bytes.count
            while i < n {
                let c = bytes[i]
                if c < 0x7F {
                    i += 1
                    continue
                }
                let bad = c == 0x7F
                    || (c == 0xC2 && i + 1 < n && bytes[i + 1] < 0xA0 && bytes[i + 1] != 0x85)
                    || (c == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE)
                if bad {
                    throw YAMLError(.marshal, "error converting JSON to YAML: yaml: control characters are not allowed")
                }
                i += 1
            }
        }

        /// The string go-yaml reads back from its JSON form. encoding/json leaves U+0085 (NEL)
        /// unescaped and YAML folds it as a line break inside the double-quoted scalar
        /// (scannerc.go `yaml_parser_scan_flow_scalar`): one break becomes a space, further
        /// breaks become newlines, and blanks around them are dropped.
        static func reread(_ s: String) -> String {
            guard Self.containsNEL(s) else { return s }
            let scalars = Array(s.unicodeScalars)
            var out = String.UnicodeScalarView()
            var i = 0
            func isBlankOrBreak(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{85}" }
            while true {
                while i < scalars.count && !isBlankOrBreak(scalars[i]) {
                    out.append(scalars[i])
                    i += 1
                }
                if i == scalars.count { break }
                var whitespaces = String.UnicodeScalarView()
                var leadingBlanks = false
                var trailingBreaks = 0
                while i < scalars.count && isBlankOrBreak(scalars[i]) {
                    if scalars[i] != "\u{85}" {
                        if !leadingBlanks { whitespaces.append(scalars[i]) }
                    } else if !leadingBlanks {
                        whitespaces = String.UnicodeScalarView()
                        leadingBlanks = true
                    } else {
                        trailingBreaks += 1
                    }
                    i += 1
                }
                if leadingBlanks {
                    if trailingBreaks == 0 {
                        out.append(" ")
                    } else {
                        for _ in 0..<trailingBreaks { out.append("\n") }
                    }
                } else {
                    out.append(contentsOf: whitespaces)
                }
            }
            return String(out)
        }

        static func containsNEL(_ s: String) -> Bool {
            guard s.utf8Contains(0x85) else { return false }
            var previous: UInt8 = 0
            for c in s.utf8 {
                if previous == 0xC2 && c == 0x85 { return true }
                previous = c
            }
            return false
        }

        /// encode.go `stringv`: literal for text with a newline, plain when the text would read
        /// back as a string, else double-quoted.
        static func requestedStyle(_ s: String) -> YAMLScalarStyle {
            if s.utf8Contains(0x0A) { return .literal }
            if YAMLResolver.implicitTag(s) == YAMLTag.str && !YAMLResolver.isBase60Float(s) { return .plain }
            return .doubleQuoted
        }

        /// A float64 after the JSON round trip: go-yaml reads the JSON number back as an int,
        /// a uint64 or a float64, and prints floats with `strconv.FormatFloat(f, 'g', -1, 64)`.
        static func numberText(_ f: Double) -> String {
            // Integral and well inside int64: JSON writes the digits, go-yaml reads an int.
            if f.rounded(.towardZero) == f && Swift.abs(f) < 1e15 { return String(Int64(f)) }
            let json = GoJSONEncoder.formatFloat(f)
            let resolved = YAMLResolver.implicitResolve(json)
            switch resolved {
            case .int(let i): return String(i)
            case .uint(let u): return String(u)
            case .float(let d): return FloatFormat.format(d, "g")
            default: return json
            }
        }
    }
}

extension String {
    fileprivate func trimmingQuotes() -> String {
        guard utf8.count >= 2 else { return self }
        return String(dropFirst().dropLast())
    }
}
