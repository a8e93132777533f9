/// Port of go-yaml v2 resolve.go `resolve(tag, in)`: the YAML 1.1 implicit typing of scalars.
///
/// `y`/`yes`/`on`/`true` and friends are booleans, `~`/`null`/empty are null, `0755` is octal,
/// `0x1F` hex, `1_000` an int, `1e3` a float, `2001-12-14` a timestamp (kept as a string).
enum YAMLResolver {
    /// The resolved tag (long form) and value.
    struct Resolved {
        var tag: String
        var scalar: YAMLScalar
    }

    /// An explicit tag that does not fit the value, e.g. `!!int x`; the message is go-yaml's.
    struct Mismatch: Error {
        let message: String
    }

    private static let table: [String: Resolved] = {
        var m: [String: Resolved] = [:]
        func add(_ scalar: YAMLScalar, _ tag: String, _ words: [String]) {
            for w in words { m[w] = Resolved(tag: tag, scalar: scalar) }
        }
        add(.bool(true), YAMLTag.bool, ["y", "Y", "yes", "Yes", "YES"])
        add(.bool(true), YAMLTag.bool, ["true", "True", "TRUE"])
        add(.bool(true), YAMLTag.bool, ["on", "On", "ON"])
        add(.bool(false), YAMLTag.bool, ["n", "N", "no", "No", "NO"])
        add(.bool(false), YAMLTag.bool, ["false", "False", "FALSE"])
        add(.bool(false), YAMLTag.bool, ["off", "Off", "OFF"])
        add(.null, YAMLTag.null, ["", "~", "null", "Null", "NULL"])
        add(.float(.nan), YAMLTag.float, [".nan", ".NaN", ".NAN"])
        add(.float(.infinity), YAMLTag.float, [".inf", ".Inf", ".INF"])
        add(.float(.infinity), YAMLTag.float, ["+.inf", "+.Inf", "+.INF"])
        add(.float(-.infinity), YAMLTag.float, ["-.inf", "-.Inf", "-.INF"])
        add(.string("<<"), YAMLTag.merge, ["<<"])
        return m
    }()

    /// The first-byte hints of resolve.go `resolveTable`.
    private enum Hint { case none, sign, digit, map, dot }

    private static func hint(_ c: UInt8) -> Hint {
        switch c {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return .sign
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "."): return .dot
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return .map
        default: return .none
        }
    }

    private static func isResolvable(_ tag: String) -> Bool {
        switch tag {
        case "", YAMLTag.str, YAMLTag.bool, YAMLTag.int, YAMLTag.float, YAMLTag.null, YAMLTag.timestamp:
            return true
        default:
            return false
        }
    }

    /// Resolves `value` under `tag` ("" for an untagged plain scalar).
    static func resolve(tag: String, _ value: String) throws(Mismatch) -> Resolved {
        if !isResolvable(tag) { return Resolved(tag: tag, scalar: .string(value)) }
        let result = implicit(tag: tag, value)
        switch tag {
        case "", result.tag, YAMLTag.str, YAMLTag.binary:
            return result
        case YAMLTag.float where result.tag == YAMLTag.int:
            switch result.scalar {
            case .int(let i): return Resolved(tag: YAMLTag.float, scalar: .float(Double(i)))
            default: break
            }
        default:
            break
        }
        throw Mismatch(message: "cannot decode \(YAMLTag.short(result.tag)) `\(value)` as a \(YAMLTag.short(tag))")
    }

    /// The tag an untagged plain scalar with this text resolves to.
    static func implicitTag(_ value: String) -> String {
        implicit(tag: "", value).tag
    }

    private static func implicit(tag: String, _ value: String) -> Resolved {
        let utf8 = value.utf8
        let h: Hint = utf8.first.map(hint) ?? .map
        if h != .none && tag != YAMLTag.str && tag != YAMLTag.binary {
            if utf8.count <= 5, let item = table[value] { return item }
            if h == .map { return Resolved(tag: YAMLTag.str, scalar: .string(value)) }
            let bytes = Array(utf8)
            switch h {
            case .dot:
                if GoNumberSyntax.isDotFloat(bytes), let f = GoNumberSyntax.parseDecimalFloat(bytes) {
                    return Resolved(tag: YAMLTag.float, scalar: .float(f))
                }
            case .digit, .sign:
                if tag == "" || tag == YAMLTag.timestamp, YAMLTimestamp.isTimestamp(bytes) {
                    return Resolved(tag: YAMLTag.timestamp, scalar: .string(value))
                }
                let plain = bytes.filter { $0 != UInt8(ascii: "_") }
                if let i = GoNumberSyntax.parseInt(plain) {
                    return Resolved(tag: YAMLTag.int, scalar: .int(i))
                }
                if let u = GoNumberSyntax.parseUint(plain) {
                    return Resolved(tag: YAMLTag.int, scalar: .uint(u))
                }
                if GoNumberSyntax.isYAMLStyleFloat(plain), let f = GoNumberSyntax.parseDecimalFloat(plain) {
                    return Resolved(tag: YAMLTag.float, scalar: .float(f))
                }
                if plain.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "b")]) {
                    if let i = GoNumberSyntax.parseInt(plain[2...], base: 2) {
                        return Resolved(tag: YAMLTag.int, scalar: .int(i))
                    }
                    if let u = GoNumberSyntax.parseUint(plain[2...], base: 2) {
                        return Resolved(tag: YAMLTag.int, scalar: .uint(u))
                    }
                } else if plain.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "0"), UInt8(ascii: "b")]) {
                    if let i = GoNumberSyntax.parseInt([UInt8(ascii: "-")] + plain[3...], base: 2) {
                        return Resolved(tag: YAMLTag.int, scalar: .int(i))
                    }
                }
            case .map, .none:
                break
            }
        }
        return Resolved(tag: YAMLTag.str, scalar: .string(value))
    }

    /// encode.go `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
    /// Such strings are quoted on output for YAML 1.1 parsers.
    static func isBase60Float(_ value: String) -> Bool {
        let s = Array(value.utf8)
        guard let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || GoNumberSyntax.isDigit(c),
              s.contains(UInt8(ascii: ":")) else { return false }
        var i = 0
        if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        guard i < s.count, GoNumberSyntax.isDigit(s[i]) else { return false }
        i += 1
        while i < s.count, GoNumberSyntax.isDigit(s[i]) || s[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]
            guard i < s.count, GoNumberSyntax.isDigit(s[i]) else { return false }
            if i + 1 < s.count, GoNumberSyntax.isDigit(s[i + 1]), s[i] <= UInt8(ascii: "5") {
                i += 2
            } else {
                i += 1
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < s.count, GoNumberSyntax.isDigit(s[i]) || s[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == s.count
    }
}

extension YAMLResolver {
    /// The value an untagged plain scalar with this text resolves to.
    static func implicitResolve(_ value: String) -> YAMLScalar {
        (try? resolve(tag: "", value))?.scalar ?? .string(value)
    }
}
