import GoRuntime

/// A parsed template: its name, the root list, and the source it came from (for error
/// positions). `parseName` is the top-level template being parsed when it was defined.
public final class Tree {
    public let name: String
    public let parseName: String
    public let root: ListNode
    let source: Source

    init(name: String, parseName: String, root: ListNode, source: Source) {
        self.name = name
        self.parseName = parseName
        self.root = root
        self.source = source
    }

    /// The same trees parsed from the same text in another file: the file's own tree is
    /// renamed, and every tree reports positions in the new file.
    public func relabeled(from file: String, to newFile: String) -> Tree {
        Tree(name: name == file ? newFile : name, parseName: newFile, root: root, source: source)
    }

    /// `NAME:LINE:COL` of a byte offset, as Go's `ErrorContext` computes it (column is the
    /// 0-based byte offset in the line).
    public func location(of pos: Int) -> String {
        let (line, column) = source.lineAndColumn(of: pos)
        return "\(parseName):\(line):\(column)"
    }
}

/// The text of a parsed template, shared by all trees defined in it.
final class Source {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func lineAndColumn(of pos: Int) -> (Int, Int) {
        var line = 1
        var lastNewline = -1
        let end = min(pos, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lastNewline = i }
            i += 1
        }
        return (line, lastNewline == -1 ? pos : pos - (lastNewline + 1))
    }
}

/// Go's text/template parser (parse/parse.go): tokens in, trees out.
struct Parser {
    /// Go's `maxStackDepth` (parse.go): the deepest nesting of parenthesised pipelines.
    static let maxStackDepth = 10000
    /// Go 1.23 has no such limit; Rudder still stops at this depth (same message), where the
    /// 1 GiB render stack is still far from full.
    static let go123StackDepth = 100_000
    /// Rudder's cap on nested control structures (`if`/`range`/`with`/`block` bodies and
    /// `else if` chains), where Go has none: each level costs stack, and past this depth a
    /// template would exhaust even the 1 GiB render stack (docs/security.md).
    static let maxControlDepth = 100_000
    let source: Source
    let parseName: String
    let hasFunction: (String) -> Bool
    var tokens: [Token]
    /// The message of the lexer's error token, if the text has one.
    let lexError: String
    var index = 0
    var lastFetched = 0
    var vars: [String] = ["$"]
    var rangeDepth = 0
    /// Nesting of parenthesised pipelines, capped like Go's `maxStackDepth`.
    var stackDepth = 0
    var stackDepthLimit = Parser.maxStackDepth
    /// Nesting of control structures, capped at `maxControlDepth`.
    var controlDepth = 0
    var actionLine = 0
    /// Trees produced by this parse: the top-level one and every `define`/`block`.
    var treeSet: [String: Tree] = [:]
    var treeOrder: [String] = []

    init(name: String, text: String, hasFunction: @escaping (String) -> Bool) {
        let bytes = Array(text.utf8)
        self.source = Source(bytes)
        self.parseName = name
        self.hasFunction = hasFunction
        let lexed = Lexer.tokenize(bytes)
        self.tokens = lexed.tokens
        self.lexError = lexed.error
    }

    /// Parses the template, returning every tree it defines (Go's `parse.Parse`).
    static func parse(name: String, text: String, release: GoRelease = .go127,
                      hasFunction: @escaping (String) -> Bool) throws -> [Tree] {
        var parser = Parser(name: name, text: text, hasFunction: hasFunction)
        if !release.limitsParenthesisDepth { parser.stackDepthLimit = go123StackDepth }
        let root = try parser.parseTop()
        try parser.add(Tree(name: name, parseName: name, root: root, source: parser.source))
        return parser.treeOrder.compactMap { parser.treeSet[$0] }
    }

    // MARK: Token access

    mutating func next() -> Token {
        let t = tokens[min(index, tokens.count - 1)]
        lastFetched = max(lastFetched, min(index, tokens.count - 1))
        if index < tokens.count { index += 1 }
        return t
    }

    mutating func backup(_ n: Int = 1) { index -= n }

    mutating func peek() -> Token {
        let t = next()
        backup()
        return t
    }

    mutating func nextNonSpace() -> Token {
        var t = next()
        while t.kind == .space { t = next() }
        return t
    }

    mutating func peekNonSpace() -> Token {
        let start = index
        let t = nextNonSpace()
        // Go's peekNonSpace consumes spaces and backs up one token only.
        _ = start
        backup()
        return t
    }

    func text(_ t: Token) -> String { text(t.start, t.end) }

    /// The source bytes `start..<end` as a String.
    func text(_ start: Int, _ end: Int) -> String {
        source.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The name of a field token, without its leading `.`.
    func fieldName(_ t: Token) -> String { text(t.start + 1, t.end) }

    // MARK: Errors

    func error(_ message: String) -> TemplateError {
        let line = tokens[min(lastFetched, tokens.count - 1)].line
        return TemplateError(kind: .parse, name: parseName, location: "\(parseName):\(line)", context: "", message: message)
    }

    /// Go's `item.String()` for "unexpected %s" messages.
    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "EOF"
        case .error: return lexError
        default:
            let value = text(t)
            if t.kind.isKeyword { return "<\(value)>" }
            if value.utf8.count > 10 { return Strconv.quote(String(value.prefix(10))) + "..." }  // Go: %.10q...
            return Strconv.quote(value)
        }
    }

    func unexpected(_ t: Token, _ context: String) -> TemplateError {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(parseName):\(actionLine)"
                if lexError.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return error(lexError + extra)
        }
        return error("unexpected \(describe(t)) in \(context)")
    }

    mutating func expect(_ kind: TokenKind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    // MARK: Grammar

    mutating func add(_ tree: Tree) throws {
        if let existing = treeSet[tree.name], !isEmptyTree(.list(existing.root)) {
            if !isEmptyTree(.list(tree.root)) {
                throw error("template: multiple definition of template \(Strconv.quote(tree.name))")
            }
            return
        }
        if treeSet[tree.name] == nil { treeOrder.append(tree.name) }
        treeSet[tree.name] = tree
    }

    mutating func parseTop() throws -> ListNode {
        let root = ListNode(pos: peek().start)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delimIndex = index
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                index = delimIndex
            }
            let n = try textOrAction()
            switch n {
            case .end, .else: throw error("unexpected \(n)")
            default: root.nodes.append(n)
            }
        }
        return root
    }

    mutating func parseDefinition() throws {
        let context = "define clause"
        let nameToken = nextNonSpace()
        guard nameToken.kind == .string || nameToken.kind == .rawString else { throw unexpected(nameToken, context) }
        let name: String
        do { name = try stringValue(nameToken) } catch { throw self.error("\(error)") }
        _ = try expect(.rightDelim, context)
        let savedVars = vars
        vars = ["$"]
        // Restored on errors too: an enclosing control's scope still counts on it.
        defer { vars = savedVars }
        let (list, end) = try itemList()
        if case .end = end {} else { throw error("unexpected \(end) in \(context)") }
        try add(Tree(name: name, parseName: parseName, root: list, source: source))
    }

    mutating func itemList() throws -> (ListNode, Node) {
        let list = ListNode(pos: peekNonSpace().start)
        while peekNonSpace().kind != .eof {
            let n = try textOrAction()
            switch n {
            case .end, .else: return (list, n)
            default: list.nodes.append(n)
            }
        }
        throw error("unexpected EOF")
    }

    mutating func textOrAction() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .text:
            return .text(TextNode(pos: t.start, text: text(t)))
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        default:
            throw unexpected(t, "input")
        }
    }

    mutating func action() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return try blockControl()
        case .break: return try breakControl(t, keyword: "break")
        case .continue: return try breakControl(t, keyword: "continue")
        case .else: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").start)
        case .if: return .if(try parseControl(context: "if"))
        case .range: return .range(try parseControl(context: "range"))
        case .template: return try templateControl()
        case .with: return .with(try parseControl(context: "with"))
        default: break
        }
        backup()
        let first = peek()
        return .action(ActionNode(pos: first.start, line: first.line, pipe: try pipeline(context: "command", end: .rightDelim)))
    }

    mutating func breakControl(_ t: Token, keyword: String) throws -> Node {
        let next = nextNonSpace()
        if next.kind != .rightDelim { throw unexpected(next, "{{\(keyword)}}") }
        if rangeDepth == 0 { throw error("{{\(keyword)}} outside {{range}}") }
        return keyword == "break" ? .break(pos: t.start) : .continue(pos: t.start)
    }

    mutating func elseControl() throws -> Node {
        let p = peekNonSpace()
        if p.kind == .if || p.kind == .with { return .else(pos: p.start, line: p.line) }
        let t = try expect(.rightDelim, "else")
        return .else(pos: t.start, line: t.line)
    }

    /// Enters one more level of control nesting; undo with `controlDepth -= 1`.
    mutating func enterControl() throws {
        if controlDepth >= Self.maxControlDepth {
            throw error("control structures nested more than \(Self.maxControlDepth) levels deep")
        }
        controlDepth += 1
    }

    mutating func parseControl(context: String) throws -> BranchNode {
        try enterControl()
        defer { controlDepth -= 1 }
        let savedVarCount = vars.count
        defer { if vars.count > savedVarCount { vars.removeLast(vars.count - savedVarCount) } }
        let pipe = try pipeline(context: context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        var (list, next) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: ListNode? = nil
        switch next {
        case .end: break
        case .else(let pos, _):
            if context == "if" && peek().kind == .if {
                _ = self.next()
                let l = ListNode(pos: pos)
                l.nodes.append(.if(try parseControl(context: "if")))
                elseList = l
            } else if context == "with" && peek().kind == .with {
                _ = self.next()
                let l = ListNode(pos: pos)
                l.nodes.append(.with(try parseControl(context: "with")))
                elseList = l
            } else {
                (elseList, next) = try itemList()
                if case .end = next {} else { throw error("expected end; found \(next)") }
            }
        default: break
        }
        _ = list
        return BranchNode(pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
    }

    mutating func blockControl() throws -> Node {
        try enterControl()
        defer { controlDepth -= 1 }
        let context = "block clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        let pipe = try pipeline(context: context, end: .rightDelim)
        let savedVars = vars
        let savedRange = rangeDepth
        vars = ["$"]
        rangeDepth = 0
        // Restored on errors too: an enclosing control's scope still counts on it.
        defer {
            vars = savedVars
            rangeDepth = savedRange
        }
        let (list, end) = try itemList()
        if case .end = end {} else { throw error("unexpected \(end) in \(context)") }
        try add(Tree(name: name, parseName: parseName, root: list, source: source))
        return .template(TemplateNode(pos: t.start, line: t.line, name: name, pipe: pipe))
    }

    mutating func templateControl() throws -> Node {
        let context = "template clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        var pipe: PipeNode? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context: context, end: .rightDelim)
        }
        return .template(TemplateNode(pos: t.start, line: t.line, name: name, pipe: pipe))
    }

    func templateName(_ t: Token, _ context: String) throws -> String {
        guard t.kind == .string || t.kind == .rawString else { throw unexpected(t, context) }
        do { return try stringValue(t) } catch { throw self.error("\(error)") }
    }

    mutating func pipeline(context: String, end: TokenKind) throws -> PipeNode {
        let first = peekNonSpace()
        let pipe = PipeNode(pos: first.start, line: first.line)
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break }
            let vIndex = index  // index of v after peekNonSpace backed up
            _ = next()
            let afterVariable = peek()
            let nextTok = peekNonSpace()
            if nextTok.kind == .assign || nextTok.kind == .declare {
                pipe.isAssign = nextTok.kind == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.start, ident: [text(v)]))
                vars.append(text(v))
            } else if nextTok.kind == .char && text(nextTok) == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.start, ident: [text(v)]))
                vars.append(text(v))
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue decls
                    default:
                        throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            } else if afterVariable.kind == .space {
                index = vIndex
            } else {
                index = vIndex
            }
            break
        }
        while true {
            let t = nextNonSpace()
            switch t.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nil, .rawString, .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
            default:
                throw unexpected(t, context)
            }
        }
    }

    func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.cmds.isEmpty { throw error("missing value for \(context)") }
        for (i, c) in pipe.cmds.dropFirst().enumerated() {
            switch c.args[0] {
            case .bool, .dot, .nil, .number, .string:
                throw error("non executable command in pipeline stage \(i + 2)")
            default: break
            }
        }
    }

    mutating func command() throws -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().start)
        // Most commands have a few arguments: one allocation instead of growing from one.
        cmd.args.reserveCapacity(4)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let t = next()
            switch t.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            case .error: throw unexpected(t, "operand")
            default: throw error("unexpected \(describe(t)) in operand")
            }
            break
        }
        if cmd.args.isEmpty { throw error("empty command") }
        return cmd
    }

    mutating func operand() throws -> Node? {
        guard let node = try term() else { return nil }
        if peek().kind == .field {
            let chainPos = peek().start
            var fields: [String] = []
            while peek().kind == .field { fields.append(fieldName(next())) }
            switch node {
            case .field(let f): return .field(FieldNode(pos: chainPos, ident: f.ident + fields))
            case .variable(let v): return .variable(VariableNode(pos: chainPos, ident: v.ident + fields))
            case .bool, .string, .number, .nil, .dot:
                throw error("unexpected . after term \(Strconv.quote(node.description))")
            default:
                return .chain(ChainNode(pos: chainPos, node: node, fields: fields))
            }
        }
        return node
    }

    mutating func term() throws -> Node? {
        let t = nextNonSpace()
        switch t.kind {
        case .error:
            throw unexpected(t, "operand")
        case .identifier:
            let name = text(t)
            if !hasFunction(name) { throw error("function \(Strconv.quote(name)) not defined") }
            return .identifier(IdentifierNode(pos: t.start, name: name))
        case .dot: return .dot(pos: t.start)
        case .nil: return .nil(pos: t.start)
        case .variable, .field:
            // With the fields after it, so `operand` finds no chain to extend.
            backup()
            return try pathOperand()
        case .bool:
            return .bool(pos: t.start, value: text(t) == "true")
        case .charConstant, .complex, .number:
            return .number(try number(t))
        case .leftParen:
            if stackDepth >= stackDepthLimit { throw error("max expression depth exceeded") }
            stackDepth += 1
            defer { stackDepth -= 1 }
            let pipe = try pipeline(context: "parenthesized pipeline", end: .rightParen)
            return .pipe(pipe)
        case .string, .rawString:
            let quoted = text(t)
            if let plain = plainStringValue(t) { return .string(StringNode(pos: t.start, quoted: quoted, text: plain)) }
            do {
                return .string(StringNode(pos: t.start, quoted: quoted, text: try Strconv.unquote(quoted)))
            } catch {
                throw self.error("\(error)")
            }
        default:
            backup()
            return nil
        }
    }

    func number(_ t: Token) throws -> NumberNode {
        let literal = text(t)
        let n = NumberNode(pos: t.start, text: literal)
        if t.kind == .charConstant {
            let body = literal.dropFirst().dropLast()
            if body.isEmpty { throw error("invalid syntax") }
            let inner = "\"" + body.replacingQuotes() + "\""
            let value: String
            do { value = try Strconv.unquote(inner) } catch { throw self.error("\(error)") }
            guard let scalar = value.unicodeScalars.first, value.unicodeScalars.count == 1 else {
                throw error("malformed character constant: \(literal)")
            }
            n.int64 = Int64(scalar.value); n.isInt = true
            n.uint64 = UInt64(scalar.value); n.isUint = true
            n.float64 = Double(scalar.value); n.isFloat = true
            return n
        }
        if t.kind == .complex || literal.hasSuffix("i") {
            guard let (re, im) = GoComplex.parse(literal) else {
                throw error("illegal number syntax: \(Strconv.quote(literal))")
            }
            n.isComplex = true
            n.complexReal = re
            n.complexImag = im
            // Go's simplifyComplex: a complex with zero imaginary part is also a float/int.
            if im == 0 {
                n.isFloat = true
                n.float64 = re
                if re.rounded(.towardZero) == re && Swift.abs(re) < 9.2e18 { n.isInt = true; n.int64 = Int64(re) }
                if re >= 0 && re.rounded(.towardZero) == re && re < 1.8e19 { n.isUint = true; n.uint64 = UInt64(re) }
            }
            return n
        }
        if let u = Strconv.parseUint(literal) { n.isUint = true; n.uint64 = u }
        if let i = Strconv.parseInt(literal) {
            n.isInt = true
            n.int64 = i
            if i == 0 { n.isUint = true; n.uint64 = 0 }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if let f = Strconv.parseFloat(literal) {
            if !literal.contains(where: { ".eEpP".contains($0) }) {
                throw error("integer overflow: \(Strconv.quote(literal))")
            }
            n.isFloat = true
            n.float64 = f
            if f.rounded(.towardZero) == f && Swift.abs(f) < 9.2e18 { n.isInt = true; n.int64 = Int64(f) }
            if f >= 0 && f.rounded(.towardZero) == f && f < 1.8e19 { n.isUint = true; n.uint64 = UInt64(f) }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw error("illegal number syntax: \(Strconv.quote(literal))")
        }
        return n
    }
}

extension TokenKind {
    var isKeyword: Bool {
        switch self {
        case .block, .break, .continue, .dot, .define, .else, .end, .if, .nil, .range, .template, .with: return true
        default: return false
        }
    }
}

/// Go's `parse.IsEmptyTree`: only whitespace text and comments.
func isEmptyTree(_ n: Node) -> Bool {
    switch n {
    case .comment: return true
    case .list(let l): return l.nodes.allSatisfy(isEmptyTree)
    case .text(let t): return t.text.utf8.allSatisfy { Lexer.isSpace($0) }
    default: return false
    }
}

extension Substring {
    /// Escapes bare double quotes so a character literal's body can be unquoted as a string.
    func replacingQuotes() -> String {
        var out = ""
        var escaped = false
        for c in self {
            if c == "\"" && !escaped {
                out += "\\\""
            } else if c == "'" && escaped {
                out.removeLast()  // `\'` is valid in a character literal only
                out.append(c)
            } else {
                out.append(c)
            }
            escaped = (c == "\\") && !escaped
        }
        return out
    }
}
