/// Printing nodes back to template source, as Go's `Node.String()` does; used in error messages.
extension Node: CustomStringConvertible {
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .text(let n): out += n.text
        case .action(let n):
            out += "{{"
            n.pipe.write(to: &out)
            out += "}}"
        case .list(let n): for node in n.nodes { node.write(to: &out) }
        case .if(let n): n.write(keyword: "if", to: &out)
        case .range(let n): n.write(keyword: "range", to: &out)
        case .with(let n): n.write(keyword: "with", to: &out)
        case .template(let n):
            out += "{{template " + Strconv.quote(n.name)
            if let pipe = n.pipe {
                out += " "
                pipe.write(to: &out)
            }
            out += "}}"
        case .break: out += "{{break}}"
        case .continue: out += "{{continue}}"
        case .comment: out += "{{/* */}}"
        case .field(let n): for id in n.ident { out += "." + id }
        case .variable(let n): out += n.ident.joined(separator: ".")
        case .chain(let n):
            if case .pipe = n.node {
                out += "("
                n.node.write(to: &out)
                out += ")"
            } else {
                n.node.write(to: &out)
            }
            for f in n.fields { out += "." + f }
        case .identifier(let n): out += n.name
        case .dot: out += "."
        case .nil: out += "nil"
        case .bool(_, let v): out += v ? "true" : "false"
        case .number(let n): out += n.text
        case .string(let n): out += n.quoted
        case .pipe(let n): n.write(to: &out)
        case .command(let n): n.write(to: &out)
        case .end: out += "{{end}}"
        case .else: out += "{{else}}"
        }
    }
}

import GoRuntime

extension PipeNode: CustomStringConvertible {
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        if !decl.isEmpty {
            for (i, v) in decl.enumerated() {
                if i > 0 { out += ", " }
                out += v.ident.joined(separator: ".")
            }
            out += isAssign ? " = " : " := "
        }
        for (i, c) in cmds.enumerated() {
            if i > 0 { out += " | " }
            c.write(to: &out)
        }
    }
}

extension CommandNode: CustomStringConvertible {
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        for (i, arg) in args.enumerated() {
            if i > 0 { out += " " }
            if case .pipe(let p) = arg {
                out += "("
                p.write(to: &out)
                out += ")"
            } else {
                arg.write(to: &out)
            }
        }
    }
}

extension BranchNode {
    func write(keyword: String, to out: inout String) {
        out += "{{" + keyword + " "
        pipe.write(to: &out)
        out += "}}"
        Node.list(list).write(to: &out)
        if let e = elseList {
            out += "{{else}}"
            Node.list(e).write(to: &out)
        }
        out += "{{end}}"
    }
}
