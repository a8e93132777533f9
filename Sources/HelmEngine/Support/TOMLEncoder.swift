import GoRuntime

/// TOML output exactly as helm's `toToml` prints it (BurntSushi/toml's encoder): keys sorted,
/// plain keys before tables, nested tables indented by two spaces per level, arrays of maps
/// as `[[table]]` blocks, nil values skipped.
enum TOMLEncoder {
    struct EncodeError: Error, CustomStringConvertible {
        let description: String
    }

    /// `floatFormat`: Go's `strconv` verb for floats: `g` (BurntSushi/toml 1.5, helm v4:
    /// `1e+21`) or `f` (the release helm v3.17 has: `1000000000000000000000.0`).
    static func encode(_ value: Value, floatFormat: Character = "g") throws -> String {
        var writer = Writer(floatFormat: floatFormat)
        try writer.encode(key: [], value)
        return writer.out
    }

    struct Writer {
        let floatFormat: Character
        var out = ""
        var hasWritten = false

        mutating func write(_ s: String) {
            out += s
            hasWritten = true
        }

        mutating func newline() { if hasWritten { out += "\n" } }

        func indent(_ key: [String]) -> String {
            String(repeating: "  ", count: max(key.count - 1, 0))
        }

        static func isTable(_ v: Value) -> Bool {
            switch v {
            case .map: return true
            case .list(let l): return isTableArray(l)
            default: return false
            }
        }

        static func isTableArray(_ l: GoList) -> Bool {
            guard !l.elements.isEmpty else { return false }
            return l.elements.allSatisfy { if case .map = $0 { return true } else { return false } }
        }

        mutating func encode(key: [String], _ value: Value) throws {
            switch value {
            case .nil:
                return
            case .map(let m):
                try table(key: key, m)
            case .list(let l) where Writer.isTableArray(l):
                try arrayOfTables(key: key, l)
            default:
                try keyValue(key: key, value)
            }
        }

        mutating func keyValue(key: [String], _ value: Value) throws {
            if key.isEmpty {
                try element(value)
                return
            }
            write(indent(key) + Writer.keyPart(key[key.count - 1]) + " = ")
            try element(value)
            newline()
        }

        mutating func table(key: [String], _ m: GoMap) throws {
            if key.count == 1 { newline() }
            if !key.isEmpty {
                write(indent(key) + "[" + Writer.keyString(key) + "]")
                newline()
            }
            try mapBody(key: key, m)
        }

        mutating func mapBody(key: [String], _ m: GoMap) throws {
            var direct: [String] = []
            var sub: [String] = []
            for (k, v) in m.entries {
                if Writer.isTable(v) { sub.append(k) } else { direct.append(k) }
            }
            for k in direct.sorted(by: goStringLess) + sub.sorted(by: goStringLess) {
                guard let v = m.entries[k], !v.isNil else { continue }
                try encode(key: key + [k], v)
            }
        }

        mutating func arrayOfTables(key: [String], _ l: GoList) throws {
            if key.isEmpty { throw EncodeError(description: "toml: top-level values must be Go maps or structs") }
            for element in l.elements {
                guard case .map(let m) = element else { continue }
                newline()
                write(indent(key) + "[[" + Writer.keyString(key) + "]]")
                newline()
                try mapBody(key: key, m)
            }
        }

        mutating func element(_ value: Value) throws {
            switch value {
            case .bool(let b): write(b ? "true" : "false")
            case .int(let i, let k): write(k.isUnsigned ? String(UInt64(bitPattern: i)) : String(i))
            case .float(let f): write(Writer.float(f, floatFormat))
            case .string(let s): write(Writer.quote(s))
            case .list(let l):
                write("[")
                for (i, e) in l.elements.enumerated() {
                    if e.isNil { throw EncodeError(description: "toml: cannot encode array with nil element") }
                    if i > 0 { write(", ") }
                    try element(e)
                }
                write("]")
            case .map(let m):
                write("{")
                let keys = m.sortedKeys.filter { !(m.entries[$0]?.isNil ?? true) }
                for (i, k) in keys.enumerated() {
                    if i > 0 { write(", ") }
                    write(Writer.keyPart(k) + " = ")
                    try element(m.entries[k] ?? .nil)
                }
                write("}")
            case .nil:
                throw EncodeError(description: "toml: cannot encode a nil value")
            case .object(let o):
                throw EncodeError(description: "toml: unsupported type: \(o.goTypeName)")
            }
        }

        static func float(_ f: Double, _ format: Character = "g") -> String {
            if f.isNaN { return f.sign == .minus ? "-nan" : "nan" }
            if f.isInfinite { return f < 0 ? "-inf" : "inf" }
            let s = FloatFormat.format(f, format)
            if s.contains(".") || s.contains("e") { return s }
            return s + ".0"
        }

        static func keyString(_ key: [String]) -> String {
            key.map(keyPart).joined(separator: ".")
        }

        /// A bare key when it only has `A-Za-z0-9_-`, otherwise a quoted one.
        static func keyPart(_ k: String) -> String {
            let bare = !k.isEmpty && k.utf8.allSatisfy { c in
                (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                    || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
            }
            return bare ? k : quote(k)
        }

        static func quote(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\u{08}": out += "\\b"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\u{0C}": out += "\\f"
                case "\r": out += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        var h = String(scalar.value, radix: 16)
                        while h.count < 4 { h = "0" + h }
                        out += "\\u" + h
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
    }
}
