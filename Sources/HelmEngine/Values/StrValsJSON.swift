import GoRuntime
import GoYAML

/// The JSON side of `--set-json`: one value read from the front of a text as
/// `json.Decoder.Decode` does (it stops right after the value, whatever follows), and
/// helm's map merge for the `--set-json '{...}'` object form.
enum StrValsJSON {
    /// The first JSON value of `text` and how many Unicode scalars it spans (leading JSON
    /// white space included).
    static func decodePrefix(_ text: String) -> Result<(Value, Int), StrValsFailure> {
        let scalars = Array(text.unicodeScalars)
        var extent = Extent(scalars)
        guard extent.value() else { return .failure(StrValsFailure("invalid JSON value")) }
        let end = extent.position
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<end])
        do {
            return .success((try GoJSON.decode(String(view)), end))
        } catch {
            return .failure(StrValsFailure(String(describing: error)))
        }
    }

    /// helm's `loader.MergeMaps(dest, src)` written into `dest`: nested maps on both sides
    /// merge (into fresh maps), anything else from `src` replaces.
    static func merge(_ src: GoMap, into dest: GoMap) {
        for (key, value) in src.entries {
            if case .map(let srcMap) = value, case .map(let destMap)? = dest[key] {
                let merged = GoMap(destMap.entries)
                merge(srcMap, into: merged)
                dest[key] = .map(merged)
            } else {
                dest[key] = value
            }
        }
    }

    /// Finds the end of one JSON value following Go's scanner grammar.
    private struct Extent {
        let s: [Unicode.Scalar]
        var position = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        private var current: Unicode.Scalar? { position < s.count ? s[position] : nil }

        private mutating func skipSpace() {
            while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { position += 1 }
        }

        private mutating func eat(_ c: Unicode.Scalar) -> Bool {
            guard current == c else { return false }
            position += 1
            return true
        }

        mutating func value() -> Bool {
            skipSpace()
            guard let c = current else { return false }
            switch c {
            case "{": return composite(close: "}", keyed: true)
            case "[": return composite(close: "]", keyed: false)
            case "\"": return string()
            case "t": return word("true")
            case "f": return word("false")
            case "n": return word("null")
            case "-", "0"..."9": return number()
            default: return false
            }
        }

        private mutating func composite(close: Unicode.Scalar, keyed: Bool) -> Bool {
            position += 1
            skipSpace()
            if eat(close) { return true }
            while true {
                if keyed {
                    skipSpace()
                    guard current == "\"", string() else { return false }
                    skipSpace()
                    guard eat(":") else { return false }
                }
                guard value() else { return false }
                skipSpace()
                if eat(close) { return true }
                guard eat(",") else { return false }
            }
        }

        private mutating func string() -> Bool {
            position += 1
            while let c = current {
                position += 1
                if c == "\"" { return true }
                if c.value < 0x20 { return false }
                if c == "\\" {
                    guard let e = current else { return false }
                    position += 1
                    switch e {
                    case "\"", "\\", "/", "b", "f", "n", "r", "t": continue
                    case "u":
                        for _ in 0..<4 {
                            guard let h = current, h.properties.isASCIIHexDigit else { return false }
                            position += 1
                        }
                    default: return false
                    }
                }
            }
            return false
        }

        private mutating func word(_ w: String) -> Bool {
            for c in w.unicodeScalars {
                guard eat(c) else { return false }
            }
            return true
        }

        private mutating func digits() -> Bool {
            guard let c = current, ("0"..."9").contains(c) else { return false }
            while let c = current, ("0"..."9").contains(c) { position += 1 }
            return true
        }

        private mutating func number() -> Bool {
            _ = eat("-")
            if !eat("0") {
                guard digits() else { return false }
            }
            if eat(".") {
                guard digits() else { return false }
            }
            if eat("e") || eat("E") {
                if !eat("+") { _ = eat("-") }
                guard digits() else { return false }
            }
            return true
        }
    }
}
