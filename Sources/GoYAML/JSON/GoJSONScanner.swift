/// Port of Go's encoding/json scanner.go `checkValid`: validates JSON text byte by byte and
/// reports the first error with Go's exact wording.
struct GoJSONScanner {
    private enum State {
        case beginValueOrEmpty, beginValue, beginStringOrEmpty, beginString, endValue, endTop
        case inString, inStringEsc, inStringEscU, inStringEscU1, inStringEscU12, inStringEscU123
        case neg, one, zero, dot, dot0, e, eSign, e0
        case t, tr, tru, f, fa, fal, fals, n, nu, nul, error
    }

    private enum ParseState { case objectKey, objectValue, arrayValue }

    private var step: State = .beginValue
    private var parseState: [ParseState] = []
    private var endTop = false
    private(set) var error: GoJSONError?

    private static let maxNestingDepth = 10000

    /// Returns Go's `SyntaxError` text for invalid input, nil when the text is valid JSON.
    static func check(_ data: UnsafeBufferPointer<UInt8>) -> GoJSONError? {
        var scanner = GoJSONScanner()
        for c in data {
            scanner.feed(c)
            if let error = scanner.error { return error }
        }
        return scanner.eof()
    }

    private mutating func eof() -> GoJSONError? {
        if let error { return error }
        if endTop { return nil }
        feed(UInt8(ascii: " "))
        if endTop { return nil }
        if error == nil { error = GoJSONError("unexpected end of JSON input") }
        return error
    }

    private mutating func fail(_ c: UInt8, _ context: String) {
        step = .error
        error = GoJSONError("invalid character " + Self.quoteChar(c) + " " + context)
    }

    /// scanner.go `quoteChar`.
    static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoQuoteRune.quote(UInt32(c))
        return "'" + quoted + "'"
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    private mutating func push(_ c: UInt8, _ state: ParseState) {
        parseState.append(state)
        if parseState.count > Self.maxNestingDepth { fail(c, "exceeded max depth") }
    }

    private mutating func pop() {
        parseState.removeLast()
        if parseState.isEmpty {
            step = .endTop
            endTop = true
        } else {
            step = .endValue
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func feed(_ c: UInt8) {
        switch step {
        case .error:
            return
        case .beginValueOrEmpty:
            if Self.isSpace(c) { return }
            if c == UInt8(ascii: "]") { return endValue(c) }
            beginValue(c)
        case .beginValue:
            beginValue(c)
        case .beginStringOrEmpty:
            if Self.isSpace(c) { return }
            if c == UInt8(ascii: "}") {
                parseState[parseState.count - 1] = .objectValue
                return endValue(c)
            }
            beginString(c)
        case .beginString:
            beginString(c)
        case .endValue:
            endValue(c)
        case .endTop:
            if !Self.isSpace(c) { fail(c, "after top-level value") }
        case .inString:
            if c == UInt8(ascii: "\"") { step = .endValue; return }
            if c == UInt8(ascii: "\\") { step = .inStringEsc; return }
            if c < 0x20 { fail(c, "in string literal") }
        case .inStringEsc:
            switch c {
            case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"),
                 UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "\""):
                step = .inString
            case UInt8(ascii: "u"):
                step = .inStringEscU
            default:
                fail(c, "in string escape code")
            }
        case .inStringEscU, .inStringEscU1, .inStringEscU12, .inStringEscU123:
            guard Self.isHex(c) else { return fail(c, "in \\u hexadecimal character escape") }
            switch step {
            case .inStringEscU: step = .inStringEscU1
            case .inStringEscU1: step = .inStringEscU12
            case .inStringEscU12: step = .inStringEscU123
            default: step = .inString
            }
        case .neg:
            if c == UInt8(ascii: "0") { step = .zero; return }
            if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") { step = .one; return }
            fail(c, "in numeric literal")
        case .one:
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return }
            zero(c)
        case .zero:
            zero(c)
        case .dot:
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { step = .dot0; return }
            fail(c, "after decimal point in numeric literal")
        case .dot0:
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return }
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { step = .e; return }
            endValue(c)
        case .e:
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { step = .eSign; return }
            eSign(c)
        case .eSign:
            eSign(c)
        case .e0:
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return }
            endValue(c)
        case .t: literal(c, "r", .tr, "in literal true (expecting 'r')")
        case .tr: literal(c, "u", .tru, "in literal true (expecting 'u')")
        case .tru: literal(c, "e", .endValue, "in literal true (expecting 'e')")
        case .f: literal(c, "a", .fa, "in literal false (expecting 'a')")
        case .fa: literal(c, "l", .fal, "in literal false (expecting 'l')")
        case .fal: literal(c, "s", .fals, "in literal false (expecting 's')")
        case .fals: literal(c, "e", .endValue, "in literal false (expecting 'e')")
        case .n: literal(c, "u", .nu, "in literal null (expecting 'u')")
        case .nu: literal(c, "l", .nul, "in literal null (expecting 'l')")
        case .nul: literal(c, "l", .endValue, "in literal null (expecting 'l')")
        }
    }

    private mutating func literal(_ c: UInt8, _ want: Unicode.Scalar, _ next: State, _ context: String) {
        if c == UInt8(ascii: want) { step = next } else { fail(c, context) }
    }

    private mutating func zero(_ c: UInt8) {
        if c == UInt8(ascii: ".") { step = .dot; return }
        if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { step = .e; return }
        endValue(c)
    }

    private mutating func eSign(_ c: UInt8) {
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { step = .e0; return }
        fail(c, "in exponent of numeric literal")
    }

    private mutating func beginValue(_ c: UInt8) {
        if Self.isSpace(c) { return }
        switch c {
        case UInt8(ascii: "{"):
            step = .beginStringOrEmpty
            push(c, .objectKey)
        case UInt8(ascii: "["):
            step = .beginValueOrEmpty
            push(c, .arrayValue)
        case UInt8(ascii: "\""): step = .inString
        case UInt8(ascii: "-"): step = .neg
        case UInt8(ascii: "0"): step = .zero
        case UInt8(ascii: "t"): step = .t
        case UInt8(ascii: "f"): step = .f
        case UInt8(ascii: "n"): step = .n
        case UInt8(ascii: "1")...UInt8(ascii: "9"): step = .one
        default: fail(c, "looking for beginning of value")
        }
    }

    private mutating func beginString(_ c: UInt8) {
        if Self.isSpace(c) { return }
        if c == UInt8(ascii: "\"") { step = .inString; return }
        fail(c, "looking for beginning of object key string")
    }

    private mutating func endValue(_ c: UInt8) {
        guard let ps = parseState.last else {
            step = .endTop
            endTop = true
            if !Self.isSpace(c) { fail(c, "after top-level value") }
            return
        }
        if Self.isSpace(c) { step = .endValue; return }
        switch ps {
        case .objectKey:
            if c == UInt8(ascii: ":") {
                parseState[parseState.count - 1] = .objectValue
                step = .beginValue
                return
            }
            fail(c, "after object key")
        case .objectValue:
            if c == UInt8(ascii: ",") {
                parseState[parseState.count - 1] = .objectKey
                step = .beginString
                return
            }
            if c == UInt8(ascii: "}") { return pop() }
            fail(c, "after object key:value pair")
        case .arrayValue:
            if c == UInt8(ascii: ",") { step = .beginValue; return }
            if c == UInt8(ascii: "]") { return pop() }
            fail(c, "after array element")
        }
    }
}

/// `strconv.Quote(string(rune(c)))` without the surrounding quotes, for one byte value
/// (a byte converts to the rune U+00XX in Go).
enum GoQuoteRune {
    static func quote(_ r: UInt32) -> String {
        let full = GoQuote.quote(String(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: r)))))
        return String(full.dropFirst().dropLast())
    }
}

import GoRuntime
