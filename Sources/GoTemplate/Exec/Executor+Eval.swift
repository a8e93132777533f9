import GoRuntime

extension Executor {
    /// Evaluates a pipeline; the value of each command is passed as the last argument of
    /// the next. Declared variables are pushed or assigned. The result is never boxed.
    func evalPipeline(_ dot: Slot, _ pipe: PipeNode?) throws -> Value {
        guard let pipe else { return .nil }
        // Only a parenthesized first command (`notAFunction`) or an empty pipeline reports
        // an error at the pipeline itself; every other command records its own node first.
        if PipeNode.reportsAtItself(pipe) { node = .pipe(pipe) }
        var value: Value? = nil
        for cmd in pipe.cmds {
            value = try evalCommand(dot, cmd, final: value).value
        }
        let result = value ?? .nil
        for variable in pipe.decl {
            if pipe.isAssign {
                try setVar(variable.ident[0], Slot(value: result, boxed: false))
            } else {
                push(variable.ident[0], Slot(value: result, boxed: false))
            }
        }
        return result
    }

    func notAFunction(_ args: [Node], final: Value?) throws {
        if args.count > 1 || final != nil {
            throw error("can't give argument to non-function \(args[0])")
        }
    }

    func evalCommand(_ dot: Slot, _ cmd: CommandNode, final: Value?) throws -> Slot {
        let first = cmd.args[0]
        switch first {
        case .field(let f): return try evalFieldNode(dot, f, cmd.args, final: final)
        case .chain(let c): return try evalChainNode(dot, c, cmd.args, final: final)
        case .identifier(let id): return Slot(value: try evalFunction(dot, id, cmd.args, at: .command(cmd), final: final), boxed: false)
        case .pipe(let p):
            try notAFunction(cmd.args, final: final)
            return Slot(value: try evalPipeline(dot, p), boxed: false)
        case .variable(let v): return try evalVariableNode(dot, v, cmd.args, final: final)
        default: break
        }
        node = first
        try notAFunction(cmd.args, final: final)
        switch first {
        case .bool(_, let b): return Slot(value: .bool(b), boxed: false)
        case .dot: return dot
        case .nil: throw error("nil is not a command")
        case .number(let n): return Slot(value: try idealConstant(n), boxed: false)
        case .string(let s): return Slot(value: .string(s.text), boxed: false)
        default: throw error("can't evaluate command \(Strconv.quote(first.description))")
        }
    }

    /// Go's untyped constant rules: floats stay float64, everything else is an int.
    func idealConstant(_ n: NumberNode) throws -> Value {
        node = .number(n)
        let text = n.text
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains(where: { $0 == "p" || $0 == "P" })
        let isRune = text.hasPrefix("'")
        if n.isComplex { return .object(GoComplex(real: n.complexReal, imag: n.complexImag)) }
        if n.isFloat && !isHexInt && !isRune && text.contains(where: { ".eEpP".contains($0) }) {
            return .float(n.float64)
        }
        if n.isInt { return .int(n.int64, .int) }
        if n.isUint { throw error("\(text) overflows int") }
        return .nil
    }

    func evalFieldNode(_ dot: Slot, _ field: FieldNode, _ args: [Node], final: Value?) throws -> Slot {
        node = .field(field)
        return try evalFieldChain(dot, receiver: dot, .field(field), field.ident[...], args, final: final)
    }

    func evalChainNode(_ dot: Slot, _ chain: ChainNode, _ args: [Node], final: Value?) throws -> Slot {
        node = .chain(chain)
        if case .nil = chain.node { throw error("indirection through explicit nil in \(Node.chain(chain))") }
        let receiver = try evalArg(dot, .any, chain.node)
        return try evalFieldChain(dot, receiver: Slot(value: receiver, boxed: false), .chain(chain), chain.fields[...], args, final: final)
    }

    func evalVariableNode(_ dot: Slot, _ variable: VariableNode, _ args: [Node], final: Value?) throws -> Slot {
        node = .variable(variable)
        let value = try varValue(variable.ident[0])
        if variable.ident.count == 1 {
            try notAFunction(args, final: final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, .variable(variable), variable.ident.dropFirst(), args, final: final)
    }

    func evalFieldChain(_ dot: Slot, receiver: Slot, _ n: Node, _ ident: ArraySlice<String>, _ args: [Node], final: Value?) throws -> Slot {
        var receiver = receiver
        let last = ident.endIndex - 1
        var i = ident.startIndex
        while i < last {
            receiver = try evalField(dot, ident[i], n, [], final: nil, receiver)
            i += 1
        }
        return try evalField(dot, ident[last], n, args, final: final, receiver)
    }

    func evalFunction(_ dot: Slot, _ id: IdentifierNode, _ args: [Node], at callNode: Node? = nil, final: Value?) throws -> Value {
        node = .identifier(id)
        let function: TemplateFunction
        // The cache holds the set whose table supplied the function: `tpl` clones of that set
        // (a new clone per call) find it there again without hashing the name.
        if let hit = id.resolved, set.takesFunction(id.name, from: hit.set) {
            function = hit.function
        } else {
            guard let found = set.resolve(id.name) else {
                throw error("\(Strconv.quote(id.name)) is not a defined function")
            }
            id.resolved = found
            function = found.function
        }
        return try evalCall(dot, function, name: id.name, at: callNode ?? .identifier(id), args, final: final)
    }

    /// Field or method `name` of `receiver` (Go's `evalField`), with `missingkey=zero`.
    func evalField(_ dot: Slot, _ name: String, _ n: Node, _ args: [Node], final: Value?, _ receiver: Slot) throws -> Slot {
        let value = receiver.value
        let hasArgs = args.count > 1 || final != nil
        switch value {
        case .nil:
            if receiver.boxed { throw error("nil pointer evaluating interface {}.\(name)") }
            return .invalid
        case .map(let map):
            if hasArgs { throw error("\(name) is not a method but has arguments") }
            if let v = map[name] { return Slot(value: v, boxed: map.valueType == .interface) }
            switch map.valueType {
            case .interface: return Slot(value: .nil, boxed: true)
            case .interfaceList, .stringInterfaceMap: return Slot(value: .nil, boxed: false)
            case .string: return Slot(value: .string(""), boxed: false)
            case .int: return Slot(value: .int(0, .int), boxed: false)
            case .int64: return Slot(value: .int(0, .int64), boxed: false)
            case .float64: return Slot(value: .float(0), boxed: false)
            case .bool: return Slot(value: .bool(false), boxed: false)
            case .uint8: return Slot(value: .int(0, .uint8), boxed: false)
            }
        case .object(let object):
            if let method = object.method(name) {
                return Slot(value: try evalCall(dot, TemplateFunction(method), name: name, at: n, args, final: final), boxed: false)
            }
            if let field = object.field(name) {
                if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
                return Slot(value: field, boxed: false)
            }
            throw error("can't evaluate field \(name) in type \(receiver.boxed ? "interface {}" : object.goTypeName)")
        default:
            throw error("can't evaluate field \(name) in type \(receiver.boxed ? "interface {}" : value.goTypeName)")
        }
    }
}

extension PipeNode {
    /// Whether evaluating `pipe` can fail before a node of its first command is recorded.
    static func reportsAtItself(_ pipe: PipeNode) -> Bool {
        guard let first = pipe.cmds.first?.args.first else { return true }
        if case .pipe = first { return true }
        return false
    }
}

extension TemplateFunction {
    /// A method as a function whose parameters are all `interface{}`.
    init(_ method: GoMethod) {
        self.init(Array(repeating: .any, count: method.arity), variadic: method.variadic ? .any : nil, body: method.body)
    }
}
