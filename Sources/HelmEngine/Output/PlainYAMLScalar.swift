/// One-line YAML scalars as `ManifestHeadReader` reads them: where quoted ones end, their
/// text, and what a plain one surely resolves to under go-yaml v2's YAML 1.1 rules
/// (resolve.go `resolve`, ported in GoYAML's `YAMLResolver`).
///
/// Every function answers only when it is sure; nil or false sends the document to libyaml.
enum PlainYAMLScalar {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// YAML indicators that cannot start a plain scalar in block context (`-`, `?` and `:`
    /// can when a non-space follows; callers handle `-`).
    static func isIndicator(_ c: UInt8) -> Bool {
        switch c {
        case 45, 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96: return true
        default: return false
        }
    }

    /// The index of the closing quote of the quoted scalar opening at `p`, when it closes on
    /// this line and a double-quoted one uses only escapes libyaml takes without checks.
    static func quotedEnd(_ b: Bytes, _ p: Int, _ end: Int) -> Int? {
        let quote = b[p]
        var i = p + 1
        while i < end {
            let c = b[i]
            if quote == 34 && c == 92 {
                guard i + 1 < end, simpleEscape(b[i + 1]) != nil else { return nil }
                i += 2
                continue
            }
            if c == quote {
                if quote == 39 && i + 1 < end && b[i + 1] == 39 { i += 2; continue }
                return i
            }
            i += 1
        }
        return nil
    }

    /// The UTF-8 bytes of a libyaml escape `\c` (scanner.c `yaml_parser_scan_flow_scalar`),
    /// for those that need no digits; nil for the others.
    static func simpleEscape(_ c: UInt8) -> [UInt8]? {
        switch c {
        case 48: return [0]
        case 97: return [7]
        case 98: return [8]
        case 116, 9: return [9]
        case 110: return [10]
        case 118: return [11]
        case 102: return [12]
        case 114: return [13]
        case 101: return [27]
        // Not `\/`: libyaml takes it, go-yaml rejects it (GoYAMLScannerDifferences).
        case 32, 34, 92: return [c]
        case 78: return [0xC2, 0x85]
        case 95: return [0xC2, 0xA0]
        case 76: return [0xE2, 0x80, 0xA8]
        case 80: return [0xE2, 0x80, 0xA9]
        default: return nil
        }
    }

    /// The text of the quoted scalar from the opening quote at `open` to the closing one
    /// at `close` (as `quotedEnd` found it).
    static func decodeQuoted(_ b: Bytes, _ open: Int, _ close: Int) -> String? {
        let quote = b[open]
        var out: [UInt8] = []
        out.reserveCapacity(close - open)
        var i = open + 1
        while i < close {
            let c = b[i]
            if quote == 34 && c == 92 {
                guard i + 1 < close, let bytes = simpleEscape(b[i + 1]) else { return nil }
                out.append(contentsOf: bytes)
                i += 2
                continue
            }
            if quote == 39 && c == 39 { i += 1 }  // `''` is one quote
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `~`, `null`, `Null` or `NULL`.
    static func isNullWord(_ b: Bytes, _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1: return b[start] == 126
        case 4:
            let (c0, c1, c2, c3) = (b[start], b[start + 1], b[start + 2], b[start + 3])
            if c0 == 110 || c0 == 78 {
                if c1 == 117 && c2 == 108 && c3 == 108 { return true }  // null, Null
                return c0 == 78 && c1 == 85 && c2 == 76 && c3 == 76  // NULL
            }
            return false
        default: return false
        }
    }

    private static let trueWords = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falseWords = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    private static func word(_ b: Bytes, _ start: Int, _ end: Int, in words: [String]) -> Bool {
        let n = end - start
        for w in words where w.utf8.count == n {
            var i = 0
            var same = true
            for c in w.utf8 {
                if b[start + i] != c { same = false; break }
                i += 1
            }
            if same { return true }
        }
        return false
    }

    /// Whether a plain scalar may resolve to a NaN or an infinity (`.inf`, `-.Inf`, `.NaN`,
    /// ...), which json.Marshal refuses: a superset, by length and first bytes.
    static func mayBeNonFinite(_ b: Bytes, _ start: Int, _ end: Int) -> Bool {
        let n = end - start
        guard n == 4 || n == 5 else { return false }
        let c = b[start]
        return c == 46 || ((c == 43 || c == 45) && b[start + 1] == 46)
    }

    /// The string a plain scalar gives a `SimpleHead` string field (`ManifestHead.stringish`
    /// of its decoded value): itself, `""` for null, `"true"`/`"false"` for booleans; nil
    /// when it may be a number or a timestamp.
    static func headString(_ b: Bytes, _ start: Int, _ end: Int) -> String? {
        let n = end - start
        switch b[start] {
        case 121, 89, 110, 78, 116, 84, 102, 70, 111, 79, 126:  // yYnNtTfFoO~
            if n <= 5 {
                if isNullWord(b, start, end) { return "" }
                if word(b, start, end, in: trueWords) { return "true" }
                if word(b, start, end, in: falseWords) { return "false" }
            }
            return text(b, start, end)
        default:
            return surelyString(b, start, end)
        }
    }

    /// The plain scalar's text when it surely resolves to a string: its first byte gives
    /// go-yaml no hint, or it starts with a letter of the bool/null table and is not in it,
    /// or it starts with a digit or sign and cannot be an int, float or timestamp.
    static func surelyString(_ b: Bytes, _ start: Int, _ end: Int) -> String? {
        let n = end - start
        switch b[start] {
        case 121, 89, 110, 78, 116, 84, 102, 70, 111, 79, 126:  // yYnNtTfFoO~
            if n <= 5 && (isNullWord(b, start, end) || word(b, start, end, in: trueWords)
                || word(b, start, end, in: falseWords)) { return nil }
            return text(b, start, end)
        case 46:
            return nil
        case 43, 45, 48...57:
            return cannotBeNumber(b, start, end) ? text(b, start, end) : nil
        default:
            return text(b, start, end)
        }
    }

    /// For a plain scalar starting with a digit or sign: whether go-yaml's int, uint,
    /// float, binary and timestamp parsers all surely fail on it.
    ///
    /// Those parsers accept only ASCII digits, `+ - . _ : ,` and space, the letters
    /// `e E x X o O b B` and hex digits, `t T z Z` (timestamps): anything else, two dots
    /// (a float or a timestamp has at most one), or a hex-looking word without a `0x`
    /// that has a hex letter other than `e` (not an exponent) and is not `0b...`, cannot
    /// be a number.
    static func cannotBeNumber(_ b: Bytes, _ start: Int, _ end: Int) -> Bool {
        var dots = 0
        var hexOnly = true
        var hexLetter = false
        var i = start
        while i < end {
            let c = b[i]
            switch c {
            case 48...57: break
            case 97...102:  // a-f
                if c != 101 { hexLetter = true }
            case 46:
                dots += 1
                hexOnly = false
            case 65...70, 111, 79, 120, 88, 116, 84, 122, 90, 43, 45, 95, 58, 44, 32:
                hexOnly = false
            default:
                return true
            }
            i += 1
        }
        if dots >= 2 { return true }
        let digitFirst = b[start] >= 48 && b[start] <= 57
        let binaryPrefix = end - start >= 2 && b[start] == 48 && b[start + 1] == 98
        return hexOnly && hexLetter && digitFirst && !binaryPrefix
    }

    private static func text(_ b: Bytes, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
}
