/// A Go `regexp/syntax` parse error, printed as Go prints it:
/// "error parsing regexp: CODE: `EXPR`".
struct RegexpError: Error, CustomStringConvertible {
    /// Go's error codes (`regexp/syntax.ErrorCode`), with Go's wording.
    enum Code: String {
        case internalError = "regexp/syntax: internal error"
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case invalidUTF8 = "invalid UTF-8"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case large = "expression too large"
    }

    let code: Code
    let expr: String

    var description: String { "error parsing regexp: \(code.rawValue): `\(expr)`" }
}
