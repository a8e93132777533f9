import GoRuntime

/// A set of named templates sharing one function map, as Go's `*template.Template` with its
/// associated templates. Parsing a file adds its top-level tree and every `define`/`block`
/// in it; a later non-empty definition replaces an earlier one (Go's `associate`).
public final class TemplateSet {
    public private(set) var trees: [String: Tree] = [:]
    /// Built-in functions overlaid with the caller's functions (the caller's win, as in Go).
    public let functions: FunctionMap
    /// Maximum nesting of `{{template}}` calls before an error (Go's `maxExecDepth`).
    public var maxDepth = 100_000

    public init(functions: FunctionMap = [:]) {
        var all = Builtins.functions
        for (name, f) in functions { all[name] = f }
        self.functions = all
    }

    /// Creates a set sharing this one's templates and functions; parsing into the copy does
    /// not affect this set (Go's `Clone`).
    public func clone(replacing overrides: FunctionMap = [:]) -> TemplateSet {
        var functions = self.functions
        for (name, f) in overrides { functions[name] = f }
        let copy = TemplateSet(copying: functions)
        copy.trees = trees
        copy.maxDepth = maxDepth
        return copy
    }

    private init(copying functions: FunctionMap) {
        self.functions = functions
    }

    /// Parses `text` as the template `name`, adding it and its definitions to the set.
    public func parse(name: String, text: String) throws {
        let functions = self.functions
        let parsed = try Parser.parse(name: name, text: text) { functions[$0] != nil }
        for tree in parsed {
            // Don't replace an existing template with an empty one (Go's `associate`).
            if trees[tree.name] != nil && isEmptyTree(.list(tree.root)) { continue }
            trees[tree.name] = tree
        }
    }

    public func lookup(_ name: String) -> Tree? { trees[name] }

    /// Executes the named template with `data` as dot, appending the output to `output`.
    public func execute(_ name: String, data: Value, into output: inout String) throws {
        guard let tree = trees[name] else {
            throw TemplateError(kind: .exec, name: name, location: "", context: "",
                                message: "no template \(Strconv.quote(name)) associated with template \(Strconv.quote(name))")
        }
        let executor = Executor(set: self, tree: tree, data: data)
        defer { output += executor.output }
        try executor.run()
    }

    /// Executes the named template and returns its output.
    public func execute(_ name: String, data: Value) throws -> String {
        var out = ""
        try execute(name, data: data, into: &out)
        return out
    }
}
