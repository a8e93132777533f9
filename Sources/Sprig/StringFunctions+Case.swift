/// Ports of huandu/xstrings v1.5.0 case conversions (`snakecase`, `kebabcase`, and
/// `camelcase`, which Sprig v3.3 maps to `ToPascalCase`).
enum XStrings {
    private enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

    private typealias Scalars = ArraySlice<Unicode.Scalar>

    /// `ToSnakeCase` (`connector` "_") and `ToKebabCase` (`connector` "-").
    static func toLowerWords(_ s: String, connector: Unicode.Scalar) -> String {
        let str = Array(s.unicodeScalars)[...]
        if str.isEmpty { return "" }
        var buf = String.UnicodeScalarView()
        var (wt, word, remaining) = nextWord(str)
        while !remaining.isEmpty {
            if wt != .connector { toLower(&buf, wt, word, connector) }
            let prev = wt
            let last = word
            (wt, word, remaining) = nextWord(remaining)
            switch prev {
            case .number:
                while wt == .alphabet || wt == .number {
                    toLower(&buf, wt, word, connector)
                    (wt, word, remaining) = nextWord(remaining)
                }
                if wt != .invalid && wt != .punct && wt != .connector { buf.append(connector) }
            case .connector:
                toLower(&buf, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { buf.append(connector) }
                    break
                }
                if remaining.isEmpty { break }
                let number = word
                (wt, word, remaining) = nextWord(remaining)
                if wt != .alphabet {
                    toLower(&buf, .number, number, connector)
                    if wt != .connector && wt != .punct { buf.append(connector) }
                    break
                }
                buf.append(connector)
                toLower(&buf, .number, number, connector)
                while wt == .alphabet || wt == .number {
                    toLower(&buf, wt, word, connector)
                    (wt, word, remaining) = nextWord(remaining)
                }
                if wt != .invalid && wt != .connector && wt != .punct { buf.append(connector) }
            }
        }
        toLower(&buf, wt, word, connector)
        return String(buf)
    }

    /// `toCamelCase(str, isBig)`; `ToPascalCase` is `isBig == true`.
    static func toCamelCase(_ s: String, isBig: Bool) -> String {
        var str = Array(s.unicodeScalars)[...]
        if str.isEmpty { return "" }
        var buf = String.UnicodeScalarView()
        var isFirstRuneUpper = false
        var r0: Unicode.Scalar = " "
        var consumedAny = false
        while let r = str.first {
            str = str.dropFirst()
            r0 = r
            consumedAny = true
            if !isConnector(r) {
                isFirstRuneUpper = GoUnicode.isUpper(r)
                r0 = isBig ? GoUnicode.toUpper(r) : GoUnicode.toLower(r)
                break
            }
            buf.append(r)
        }
        if str.isEmpty {
            // "A special case for a string contains only 1 rune": xstrings writes the last
            // rune read, so a string of connectors only gets its last connector twice.
            if consumedAny { buf.append(r0) }
            return String(buf)
        }
        while let r = str.first {
            str = str.dropFirst()
            let r1 = r0
            r0 = r
            if isConnector(r0) && isConnector(r1) {
                buf.append(r1)
                continue
            }
            if isConnector(r1) {
                isFirstRuneUpper = GoUnicode.isUpper(r0)
                r0 = GoUnicode.toUpper(r0)
            } else {
                if isFirstRuneUpper {
                    if GoUnicode.isUpper(r0) {
                        r0 = GoUnicode.toLower(r0)
                    } else {
                        isFirstRuneUpper = false
                    }
                }
                buf.append(r1)
            }
        }
        if isFirstRuneUpper && !isBig { r0 = GoUnicode.toLower(r0) }
        buf.append(r0)
        return String(buf)
    }

    private static func isConnector(_ r: Unicode.Scalar) -> Bool {
        r == "-" || r == "_" || GoUnicode.isSpace(r)
    }

    /// xstrings `isAlphabet`: a letter that is not a CJK ideograph.
    private static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
        guard GoUnicode.isLetter(r) else { return false }
        switch r.value {
        case 0..<0x3400: return true
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    /// Port of `nextWord`: the type and text of the first word, and the rest.
    private static func nextWord(_ str: Scalars) -> (WordType, Scalars, Scalars) {
        guard let r = str.first else { return (.invalid, str, str) }
        var end = str.startIndex + 1
        let wt: WordType
        if isConnector(r) {
            wt = .connector
            while end < str.endIndex && isConnector(str[end]) { end += 1 }
        } else if GoUnicode.isPunct(r) {
            wt = .punct
            while end < str.endIndex && GoUnicode.isPunct(str[end]) { end += 1 }
        } else if GoUnicode.isUpper(r) {
            wt = .upperCase
            if end < str.endIndex {
                let next = str[end]
                if GoUnicode.isUpper(next) {
                    end += 1
                    while end < str.endIndex && GoUnicode.isUpper(str[end]) { end += 1 }
                    // "HTTPStatus" splits as "HTTP" + "Status".
                    if end < str.endIndex && isAlphabet(str[end]) { end -= 1 }
                } else if isAlphabet(next) {
                    end += 1
                    while end < str.endIndex && isAlphabet(str[end]) && !GoUnicode.isUpper(str[end]) { end += 1 }
                }
            }
        } else if isAlphabet(r) {
            wt = .alphabet
            while end < str.endIndex && isAlphabet(str[end]) && !GoUnicode.isUpper(str[end]) { end += 1 }
        } else if GoUnicode.isNumber(r) {
            wt = .number
            while end < str.endIndex && GoUnicode.isNumber(str[end]) { end += 1 }
        } else {
            wt = .other
            while end < str.endIndex {
                let c = str[end]
                if isConnector(c) || isAlphabet(c) || GoUnicode.isNumber(c) || GoUnicode.isPunct(c) { break }
                end += 1
            }
        }
        return (wt, str[str.startIndex..<end], str[end...])
    }

    /// Port of `toLower`: upper-case and connector words are lowered, connectors replaced.
    private static func toLower(
        _ buf: inout String.UnicodeScalarView, _ wt: WordType, _ word: Scalars, _ connector: Unicode.Scalar
    ) {
        if wt != .upperCase && wt != .connector {
            buf.append(contentsOf: word)
            return
        }
        for r in word {
            if isConnector(r) {
                buf.append(connector)
            } else if GoUnicode.isUpper(r) {
                buf.append(GoUnicode.toLower(r))
            } else {
                buf.append(r)
            }
        }
    }
}
