import Testing
@testable import GoTemplate

/// The kinds of the tokens of `text`, spaces left out.
private func kinds(_ text: String) -> [TokenKind] {
    Lexer.tokenize(Array(text.utf8)).tokens.map(\.kind).filter { $0 != .space }
}

/// The source text of each token of `text`, spaces left out.
private func texts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Lexer.tokenize(bytes).tokens.filter { $0.kind != .space }.map {
        String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
}

@Test func keywordsAreMatchedOnTheirBytes() {
    let expected: [(String, TokenKind)] = [
        ("if", .if), ("end", .end), ("nil", .nil), ("else", .else), ("with", .with), ("true", .bool),
        ("block", .block), ("break", .break), ("range", .range), ("false", .bool), ("define", .define),
        ("template", .template), ("continue", .continue),
    ]
    for (word, kind) in expected {
        #expect(kinds("{{\(word)}}") == [.leftDelim, kind, .rightDelim, .eof], "\(word)")
    }
    for word in ["i", "iff", "ends", "nul", "elsE", "wit", "truex", "blocks", "ranges", "fals", "defined", "templates", "continues", "printf"] {
        #expect(kinds("{{\(word)}}") == [.leftDelim, .identifier, .rightDelim, .eof], "\(word)")
    }
}

@Test func wordsFieldsAndVariablesWithNonASCIILetters() {
    #expect(texts("{{ .héllo.wörld $ünï }}") == ["{{", ".héllo", ".wörld", "$ünï", "}}", ""])
    #expect(kinds("{{ .héllo.wörld $ünï }}") == [.leftDelim, .field, .field, .variable, .rightDelim, .eof])
}

@Test func textIsSplitOnlyAtDoubleBraces() {
    #expect(texts("a{b}{{.}}c{") == ["a{b}", "{{", ".", "}}", "c{", ""])
    #expect(texts("x \n {{- .A -}} \n y") == ["x", "{{", ".A", "}}", "y", ""])
}

@Test func numbersKeepGoSyntax() {
    #expect(kinds("{{ 0x1F 1e5 0o17 0b101 1_000 .5 -3 1+2i }}")
        == [.leftDelim, .number, .number, .number, .number, .number, .number, .number, .complex, .rightDelim, .eof])
    let bad = Lexer.tokenize(Array("{{ 1x }}".utf8))
    #expect(bad.tokens.last?.kind == .error)
    #expect(bad.error == "bad number syntax: \"1x\"")
}

@Test func lexErrorsKeepTheirMessages() {
    let cases: [(String, String)] = [
        ("{{ \"abc }}", "unterminated quoted string"),
        ("{{ `abc }}", "unterminated raw quoted string"),
        ("{{ 'a }}", "unterminated character constant"),
        ("{{ .A", "unclosed action"),
        ("{{ (.A }}", "unclosed left paren"),
        ("{{ .A) }}", "unexpected right paren"),
        ("{{ a-b }}", "bad character U+002D '-'"),
        ("{{ \u{1} }}", "unrecognized character in action: U+0001"),
        ("{{/* x", "unclosed comment"),
    ]
    for (text, message) in cases {
        let lexed = Lexer.tokenize(Array(text.utf8))
        #expect(lexed.tokens.last?.kind == .error, "\(text)")
        #expect(lexed.error == message, "\(text)")
    }
}

@Test func fieldChainsBecomeOneNode() throws {
    let set = TemplateSet()
    let trees = try set.parseTrees(name: "t", text: "{{ $x := .A }}{{ $x.B.C }}{{ .D.E }}{{ (.F).G }}")
    let rendered = trees.first.map { "\(Node.list($0.root))" }
    #expect(rendered == "{{$x := .A}}{{$x.B.C}}{{.D.E}}{{(.F).G}}")
}

@Test func parseErrorsKeepGoTexts() {
    let cases: [(String, String)] = [
        ("{{ $y }}", "template: t:1: undefined variable \"$y\""),
        ("\n{{ \"abc }}", "template: t:2: unterminated quoted string"),
        ("{{ nofunc 1 }}", "template: t:1: function \"nofunc\" not defined"),
        ("{{ if .A }}\n{{ .B", "template: t:2: unclosed action"),
        ("{{ .A\n .B", "template: t:2: unclosed action started at t:1"),
    ]
    for (text, message) in cases {
        #expect(throws: (any Error).self) { try TemplateSet().parseTrees(name: "t", text: text) }
        do {
            _ = try TemplateSet().parseTrees(name: "t", text: text)
        } catch {
            #expect("\(error)" == message, "\(text)")
        }
    }
}
