import GoRuntime

/// TOML input decoded as helm's `fromToml` does: BurntSushi/toml v1.6.0 `toml.Decode` into a
/// `map[string]interface{}` (TOML 1.1: newlines and trailing commas in inline tables, `\e` and
/// `\xHH` escapes, times without seconds). A parse error becomes `{"Error": message}`.
/// `TOMLRelease.v1_4` reads as helm v3's v1.4.0 does.
///
/// Port of BurntSushi/toml `parse.go`, including its bookkeeping of implicit tables, so that
/// duplicate and redefinition errors happen exactly where the Go parser reports them.
enum TOMLDecoder {
    /// A parse error; `description` is `ParseError.Error()`.
    struct ParseError: Error, CustomStringConvertible {
        let message: String
        let line: Int
        let lastKey: String

        var description: String {
            if lastKey.isEmpty { return "toml: line \(line): \(message)" }
            return "toml: line \(line) (last key \(Strconv.quote(lastKey))): \(message)"
        }
    }

    /// helm's `fromToml`: the decoded map, or a map holding only `Error`.
    static func fromTOML(_ text: String, release: TOMLRelease = .v1_6) -> Value {
        do {
            return .map(try decode(text, release: release))
        } catch {
            return .map(GoMap(["Error": .string("\(error)")]))
        }
    }

    /// Decodes a TOML document into a `map[string]interface{}`.
    static func decode(_ text: String, release: TOMLRelease = .v1_6) throws -> GoMap {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.prefix(6).contains(0) {
            throw ParseError(
                message: "files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8",
                line: 1, lastKey: "")
        }
        var parser = Parser(input: bytes, items: TOMLScanner.scan(bytes, release: release), release: release)
        try parser.run()
        return finish(parser.mapping)
    }

    /// Replaces the parse-time arrays of tables by `[]map[string]interface{}` lists.
    static func finish(_ map: GoMap) -> GoMap {
        for (key, value) in map.entries {
            map.entries[key] = finish(value)
        }
        return map
    }

    static func finish(_ value: Value) -> Value {
        switch value {
        case .map(let m): return .map(finish(m))
        case .list(let l): return .list(GoList(l.elements.map(finish), elementType: l.elementType))
        case .object(let o as TableArray):
            return .list(GoList(o.tables.map { .map(finish($0)) }, elementType: .stringInterfaceMap))
        default: return value
        }
    }

    /// Go's `[]map[string]interface{}` while parsing (`[[table]]` and arrays of inline tables).
    final class TableArray: GoObject {
        var tables: [GoMap] = []
        var goTypeName: String { "[]map[string]interface {}" }
        var formatted: String { "" }
        func field(_ name: String) -> Value? { nil }
    }

    /// `Key.String()`: parts joined by dots, quoted unless bare.
    static func keyString(_ key: [String]) -> String {
        key.map { part -> String in
            if part.isEmpty { return "\"\"" }
            for u in part.utf8 {
                let bare = (u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57) || u == 95 || u == 45
                if !bare { return Strconv.quote(part) }
            }
            return part
        }.joined(separator: ".")
    }
}
