/// The kinds of lexical items of Go's text/template (parse/lex.go `itemType`).
enum TokenKind: UInt8, Equatable {
    case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
    case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string, text, variable
    // Keywords.
    case block, `break`, `continue`, dot, define, `else`, end, `if`, `nil`, range, template, with
}

/// A lexical item: its kind, its byte range in the source and the line it starts on. A
/// token holds no references, so token arrays are copied and read without reference
/// counting; the message of an error token (always the last one) is kept by the lexer.
struct Token {
    var kind: TokenKind
    var start: Int
    var end: Int
    var line: Int
}

/// The tokens of a template text: the last is EOF or an error, whose message is `error`.
struct TokenList {
    var tokens: [Token]
    var error: String
}
