import GoRuntime

/// A node of a parsed template (Go's parse.Node). Positions are byte offsets into the
/// template source; line and column are computed only when an error is reported.
public enum Node {
    case text(TextNode)
    case action(ActionNode)
    case list(ListNode)
    case `if`(BranchNode)
    case range(BranchNode)
    case with(BranchNode)
    case template(TemplateNode)
    case `break`(pos: Int)
    case `continue`(pos: Int)
    case comment(pos: Int)
    case field(FieldNode)
    case variable(VariableNode)
    case chain(ChainNode)
    case identifier(IdentifierNode)
    case dot(pos: Int)
    case `nil`(pos: Int)
    case bool(pos: Int, value: Bool)
    case number(NumberNode)
    case string(StringNode)
    case pipe(PipeNode)
    /// A whole command; appears only as an error context (a failed function call).
    case command(CommandNode)
    /// `{{end}}` and `{{else}}` exist only while parsing.
    case end(pos: Int)
    case `else`(pos: Int, line: Int)

    /// The byte offset of the node in its template's source.
    public var position: Int {
        switch self {
        case .text(let n): return n.pos
        case .action(let n): return n.pos
        case .list(let n): return n.pos
        case .if(let n), .range(let n), .with(let n): return n.pos
        case .template(let n): return n.pos
        case .break(let p), .continue(let p), .comment(let p), .dot(let p), .nil(let p), .end(let p): return p
        case .else(let p, _): return p
        case .field(let n): return n.pos
        case .variable(let n): return n.pos
        case .chain(let n): return n.pos
        case .identifier(let n): return n.pos
        case .bool(let p, _): return p
        case .number(let n): return n.pos
        case .string(let n): return n.pos
        case .pipe(let n): return n.pos
        case .command(let n): return n.pos
        }
    }
}

/// Plain text between actions.
public final class TextNode {
    public let pos: Int
    public let text: String
    init(pos: Int, text: String) { self.pos = pos; self.text = text }
}

/// A non-control action such as a field evaluation: `{{ pipeline }}`.
public final class ActionNode {
    public let pos: Int
    public let line: Int
    public let pipe: PipeNode
    init(pos: Int, line: Int, pipe: PipeNode) { self.pos = pos; self.line = line; self.pipe = pipe }
}

/// A sequence of nodes.
public final class ListNode {
    public let pos: Int
    public internal(set) var nodes: [Node] = []
    init(pos: Int) { self.pos = pos }
}

/// The shared shape of `if`, `range` and `with`.
public final class BranchNode {
    public let pos: Int
    public let line: Int
    public let pipe: PipeNode
    public let list: ListNode
    public let elseList: ListNode?
    init(pos: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.pos = pos; self.line = line; self.pipe = pipe; self.list = list; self.elseList = elseList
    }
}

/// `{{template "name" pipeline}}`.
public final class TemplateNode {
    public let pos: Int
    public let line: Int
    public let name: String
    public let pipe: PipeNode?
    init(pos: Int, line: Int, name: String, pipe: PipeNode?) {
        self.pos = pos; self.line = line; self.name = name; self.pipe = pipe
    }
}

/// A pipeline with optional declarations: `$x := a | b c`.
public final class PipeNode {
    public let pos: Int
    public let line: Int
    public internal(set) var isAssign = false
    public internal(set) var decl: [VariableNode] = []
    public internal(set) var cmds: [CommandNode] = []
    init(pos: Int, line: Int) { self.pos = pos; self.line = line }
}

/// A command: a function/field/operand and its arguments.
public final class CommandNode {
    public let pos: Int
    public internal(set) var args: [Node] = []
    init(pos: Int) { self.pos = pos }
}

/// `.A.B.C`, split at parse time.
public final class FieldNode {
    public let pos: Int
    public let ident: [String]
    init(pos: Int, ident: [String]) { self.pos = pos; self.ident = ident }
}

/// `$x.A.B`; `ident[0]` is the variable name including `$`.
public final class VariableNode {
    public let pos: Int
    public let ident: [String]
    init(pos: Int, ident: [String]) { self.pos = pos; self.ident = ident }
}

/// `(pipeline).A.B`.
public final class ChainNode {
    public let pos: Int
    public let node: Node
    public let fields: [String]
    init(pos: Int, node: Node, fields: [String]) { self.pos = pos; self.node = node; self.fields = fields }
}

/// A function name.
public final class IdentifierNode {
    public let pos: Int
    public let name: String
    /// The function last resolved for this node, and the serial number of the set whose
    /// function table supplied it (parsed trees are shared by a set and its `tpl` overlays).
    var resolved: (set: UInt64, function: TemplateFunction)?
    init(pos: Int, name: String) { self.pos = pos; self.name = name }
}

/// A number constant, decoded at parse time as Go does (`parse.NumberNode`).
public final class NumberNode {
    public let pos: Int
    public let text: String
    public var isInt = false
    public var isUint = false
    public var isFloat = false
    public var isComplex = false
    public var int64: Int64 = 0
    public var uint64: UInt64 = 0
    public var float64: Double = 0
    public var complexReal: Double = 0
    public var complexImag: Double = 0
    init(pos: Int, text: String) { self.pos = pos; self.text = text }
}

/// A string constant: `quoted` is the source form, `text` the value.
public final class StringNode {
    public let pos: Int
    public let quoted: String
    public let text: String
    init(pos: Int, quoted: String, text: String) { self.pos = pos; self.quoted = quoted; self.text = text }
}
