import GoRuntime

/// A value on the executor's stacks, with whether its static Go type is `interface{}`
/// (map elements, slice elements). Go reports errors differently for such values
/// (`nil pointer evaluating interface {}.x`, `can't evaluate field x in type interface {}`).
struct Slot {
    var value: Value
    var boxed: Bool
    static let invalid = Slot(value: .nil, boxed: false)
}

/// Control flow of `{{break}}` and `{{continue}}`, thrown to the enclosing range.
enum LoopControl: Error { case breakLoop, continueLoop }

/// The execution state of one template run (Go's `state`): current template, variables,
/// template depth, last node (for errors) and the output buffer. Separate from the parsed
/// trees, which are immutable and shared.
final class Executor {
    let set: TemplateSet
    var tree: Tree
    var vars: [(name: String, slot: Slot)]
    var depth = 0
    var node: Node?
    var output = ""
    let data: Slot

    init(set: TemplateSet, tree: Tree, data: Value) {
        self.set = set
        self.tree = tree
        self.data = Slot(value: data, boxed: false)
        self.vars = [("$", self.data)]
    }

    func run() throws {
        do {
            try walk(data, .list(tree.root))
        } catch let control as LoopControl {
            _ = control
        }
    }

    // MARK: Errors

    /// Go's `state.errorf`: an execution error located at the last node visited.
    func error(_ message: String, underlying: Error? = nil) -> TemplateError {
        guard let node else {
            return TemplateError(kind: .exec, name: tree.name, location: "", context: "", message: message, underlying: underlying)
        }
        return TemplateError(kind: .exec, name: tree.name, location: tree.location(of: node.position),
                             context: node.description, message: message, underlying: underlying)
    }

    // MARK: Variables

    var mark: Int { vars.count }

    func pop(to mark: Int) {
        if vars.count > mark { vars.removeLast(vars.count - mark) }
    }

    func push(_ name: String, _ slot: Slot) { vars.append((name, slot)) }

    func setTopVar(_ n: Int, _ slot: Slot) { vars[vars.count - n].slot = slot }

    func setVar(_ name: String, _ slot: Slot) throws {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name {
                vars[i].slot = slot
                return
            }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    func varValue(_ name: String) throws -> Slot {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { return vars[i].slot }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    // MARK: Walking

    /// Each case records the node it works on (Go's `state.at`) only where an error can
    /// still see it: the evaluation of a pipeline records its own nodes first thing.
    func walk(_ dot: Slot, _ n: Node) throws {
        switch n {
        case .action(let action):
            let value = try evalPipeline(dot, action.pipe)
            if action.pipe.decl.isEmpty { try printValue(n, value) }
        case .break: throw LoopControl.breakLoop
        case .continue: throw LoopControl.continueLoop
        case .comment: break
        case .if(let b): try walkIfOrWith(isWith: false, dot, b)
        case .with(let b): try walkIfOrWith(isWith: true, dot, b)
        case .list(let list):
            for child in list.nodes { try walk(dot, child) }
        case .range(let r): try walkRange(dot, r)
        case .template(let t): try walkTemplate(dot, t)
        case .text(let t):
            output += t.text
            if output.utf8.count > SizeLimit.maxBytes {
                node = n
                throw error(SizeLimit.outputMessage)
            }
        default:
            node = n
            throw error("unknown node: \(n)")
        }
    }

    func walkIfOrWith(isWith: Bool, _ dot: Slot, _ b: BranchNode) throws {
        let m = mark
        defer { pop(to: m) }
        let value = try evalPipeline(dot, b.pipe)
        if value.isTrue {
            try walk(isWith ? Slot(value: value, boxed: false) : dot, .list(b.list))
        } else if let e = b.elseList {
            try walk(dot, .list(e))
        }
    }

    func walkRange(_ dot: Slot, _ r: BranchNode) throws {
        node = .range(r)
        let outer = mark
        defer { pop(to: outer) }
        let value = try evalPipeline(dot, r.pipe).collectionView
        let m = mark
        let declCount = r.pipe.decl.count

        /// Runs one iteration; returns false when the loop must stop (break).
        func iteration(_ index: Slot, _ element: Slot) throws -> Bool {
            if declCount > 0 { setTopVar(1, element) }
            if declCount > 1 { setTopVar(2, index) }
            defer { pop(to: m) }
            do {
                try walk(element, .list(r.list))
            } catch LoopControl.continueLoop {
                return true
            } catch LoopControl.breakLoop {
                return false
            }
            return true
        }

        switch value {
        case .list(let list):
            if !list.elements.isEmpty {
                let boxed = list.elementType == .interface
                for (i, e) in list.elements.enumerated() {
                    if try !iteration(Slot(value: .int(i), boxed: false), Slot(value: e, boxed: boxed)) { break }
                }
                return
            }
        case .map(let map):
            if map.count > 0 {
                let boxed = map.valueType == .interface
                for key in map.sortedKeys {
                    let element = map.entries[key] ?? .nil
                    if try !iteration(Slot(value: .string(key), boxed: false), Slot(value: element, boxed: boxed)) { break }
                }
                return
            }
        case .int(let n, let kind) where set.goRelease.rangesOverIntegers:
            if declCount > 1 {
                throw error("can't use \(GoFormat.value(value)) to iterate over more than one variable")
            }
            if n > 0 {
                var i: Int64 = 0
                while i < n {
                    let v = Slot(value: .int(i, kind), boxed: false)
                    if try !iteration(v, v) { break }
                    i += 1
                }
                return
            }
        case .nil:
            break
        default:
            throw error("range can't iterate over \(GoFormat.value(value))")
        }
        if let e = r.elseList { try walk(dot, .list(e)) }
    }

    func walkTemplate(_ dot: Slot, _ t: TemplateNode) throws {
        node = .template(t)
        guard let target = set.lookup(t.name) else {
            throw error("template \(Strconv.quote(t.name)) not defined")
        }
        if depth >= set.maxDepth {
            throw error("exceeded maximum template depth (\(set.maxDepth))")
        }
        let newDot = Slot(value: try evalPipeline(dot, t.pipe), boxed: false)
        let savedTree = tree
        let savedVars = vars
        tree = target
        vars = [("$", newDot)]
        depth += 1
        defer {
            tree = savedTree
            vars = savedVars
            depth -= 1
        }
        try walk(newDot, .list(target.root))
    }

    func printValue(_ n: Node, _ value: Value) throws {
        if case .nil = value {
            output += "<no value>"
        } else {
            output += GoFormat.value(value)
        }
        if output.utf8.count > SizeLimit.maxBytes {
            node = n
            throw error(SizeLimit.outputMessage)
        }
    }
}
