/// The kinds of lexical items of Go's text/template (parse/lex.go `itemType`).
enum TokenKind: Equatable {
    case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
    case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string, text, variable
    // Keywords.
    case block, `break`, `continue`, dot, define, `else`, end, `if`, `nil`, range, template, with
}

/// A lexical item: its kind, its byte range in the source, the line it starts on, and for
/// errors, the message.
struct Token {
    var kind: TokenKind
    var start: Int
    var end: Int
    var line: Int
    var message: String = ""
}

let keywords: [String: TokenKind] = [
    ".": .dot, "block": .block, "break": .break, "continue": .continue, "define": .define,
    "else": .else, "end": .end, "if": .if, "range": .range, "nil": .nil, "template": .template,
    "with": .with,
]
