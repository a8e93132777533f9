import GoRuntime

extension Executor {
    /// Calls a function with the argument nodes (the first is the function itself) and the
    /// piped-in value, converting arguments to the declared types with Go's errors.
    func evalCall(_ dot: Slot, _ function: TemplateFunction, name: String, at callNode: Node, _ argNodes: [Node], final: Value?) throws -> Value {
        let args = argNodes.dropFirst()
        let numIn = args.count + (final != nil ? 1 : 0)
        let numFixed: Int
        if function.variadic != nil {
            numFixed = function.params.count
            if numIn < numFixed {
                throw error("wrong number of args for \(name): want at least \(numFixed) got \(args.count)")
            }
        } else {
            numFixed = args.count
            if numIn != function.params.count {
                throw error("wrong number of args for \(name): want \(function.params.count) got \(numIn)")
            }
        }

        if function.isShortCircuit, name == "and" || name == "or" {
            var v: Value = .nil
            for arg in args {
                v = try evalArg(dot, .any, arg)
                if v.isTrue == (name == "or") { return v }
            }
            if let final { v = final }
            return v
        }

        var argv: [Value] = []
        argv.reserveCapacity(numIn)
        var i = 0
        for arg in args {
            let type: ParamType
            if i < numFixed && i < function.params.count {
                type = function.params[i]
            } else {
                type = function.variadic ?? .any
            }
            let slot = try evalArgSlot(dot, type, arg)
            if i == 0, let message = function.untypedNilError, slot.value.isNil, !slot.boxed {
                node = callNode
                throw error("error calling \(name): \(message)", underlying: FunctionError(message))
            }
            argv.append(slot.value)
            i += 1
        }
        if let final {
            let type: ParamType
            if i < function.params.count { type = function.params[i] } else { type = function.variadic ?? .any }
            // A piped-in value is never an interface: Go's evalPipeline unwraps it, so a nil
            // arrives as the zero reflect.Value.
            if i == 0, let message = function.untypedNilError, final.isNil {
                node = callNode
                throw error("error calling \(name): \(message)", underlying: FunctionError(message))
            }
            argv.append(try validateType(Slot(value: final, boxed: false), type))
        }
        do {
            return try function.body(argv)
        } catch let control as LoopControl {
            throw control
        } catch let unwrapped as UnwrappedTemplateError {
            throw unwrapped
        } catch let e {
            node = callNode
            throw error("error calling \(name): \(e)", underlying: e)
        }
    }

    /// Checks that a value can be passed as a parameter of Go type `type` (Go's `validateType`).
    func validateType(_ slot: Slot, _ type: ParamType) throws -> Value {
        let value = slot.value
        if case .nil = value {
            if slot.boxed {
                if type == .any { return .nil }
                throw error("wrong type for value; expected \(type.goName); got interface {}")
            }
            switch type {
            case .any, .list, .map, .stringList: return .nil
            default: throw error("invalid value; expected \(type.goName)")
            }
        }
        if type.accepts(value) { return value }
        throw error("wrong type for value; expected \(type.goName); got \(value.goTypeName)")
    }

    /// Evaluates an argument node for a parameter of Go type `type` (Go's `evalArg`).
    func evalArg(_ dot: Slot, _ type: ParamType, _ n: Node) throws -> Value {
        try evalArgSlot(dot, type, n).value
    }

    /// `evalArg`, keeping whether the value is an `interface{}` (a nil one differs from an
    /// untyped nil for Go's reflect.Value builtins such as `len`).
    func evalArgSlot(_ dot: Slot, _ type: ParamType, _ n: Node) throws -> Slot {
        func checked(_ slot: Slot) throws -> Slot { Slot(value: try validateType(slot, type), boxed: slot.boxed) }
        // Go passes `[]parse.Node{n}` as the argument nodes here; only their count (one: no
        // arguments) is ever read, which an empty list says without allocating. Fields,
        // variables, pipelines, functions and chains record their own node first thing.
        switch n {
        case .dot:
            node = n
            return try checked(dot)
        case .nil:
            node = n
            switch type {
            case .any, .list, .map, .stringList: return .invalid
            default: throw error("cannot assign nil to \(type.goName)")
            }
        case .field(let f): return try checked(evalFieldNode(dot, f, [], final: nil))
        case .variable(let v): return try checked(evalVariableNode(dot, v, [], final: nil))
        case .pipe(let p): return try checked(Slot(value: evalPipeline(dot, p), boxed: false))
        case .identifier(let id):
            return try checked(Slot(value: evalFunction(dot, id, [], final: nil), boxed: false))
        case .chain(let c): return try checked(evalChainNode(dot, c, [], final: nil))
        default: break
        }
        node = n
        return Slot(value: try evalLiteralArg(type, n), boxed: false)
    }

    /// A constant argument converted to the parameter's type (the rest of Go's `evalArg`).
    private func evalLiteralArg(_ type: ParamType, _ n: Node) throws -> Value {
        switch type {
        case .bool:
            if case .bool(_, let b) = n { return .bool(b) }
            throw error("expected bool; found \(n)")
        case .string:
            if case .string(let s) = n { return .string(s.text) }
            throw error("expected string; found \(n)")
        case .int, .int64:
            if case .number(let num) = n, num.isInt { return .int(num.int64, type == .int ? .int : .int64) }
            throw error("expected integer; found \(n)")
        case .float64:
            if case .number(let num) = n, num.isFloat { return .float(num.float64) }
            throw error("expected float; found \(n)")
        case .any:
            switch n {
            case .bool(_, let b): return .bool(b)
            case .number(let num): return try idealConstant(num)
            case .string(let s): return .string(s.text)
            default: throw error("can't handle assignment of \(n) to empty interface argument")
            }
        case .list, .map, .stringList:
            throw error("can't handle \(n) for arg of type \(type.goName)")
        }
    }
}

extension ParamType {
    /// Whether a non-nil value is assignable to this Go type.
    func accepts(_ value: Value) -> Bool {
        switch (self, value) {
        case (.any, _): return true
        case (.string, .string): return true
        case (.int, .int(_, let k)): return k == .int
        case (.int64, .int(_, let k)): return k == .int64
        case (.float64, .float): return true
        case (.bool, .bool): return true
        case (.list, .list(let l)): return l.elementType == .interface
        case (.stringList, .list(let l)): return l.elementType == .string
        case (.map, .map(let m)): return m.valueType == .interface
        default: return false
        }
    }
}
