import GoRuntime
import Synchronization

/// A set of named templates sharing one function map, as Go's `*template.Template` with its
/// associated templates. Parsing a file adds its top-level tree and every `define`/`block`
/// in it; a later non-empty definition replaces an earlier one (Go's `associate`).
public final class TemplateSet {
    /// Templates parsed into this set (a clone starts empty and falls back to `base`).
    private var trees: [String: Tree] = [:]
    /// Built-in functions overlaid with the caller's functions (the caller's win, as in Go).
    private let functions: FunctionMap
    /// The set this one was cloned from: templates and functions not found here come from it.
    private let base: TemplateSet?
    /// The names of this set's own functions when it is a clone (its overrides; a few):
    /// every other function comes from `base`.
    private let overrideNames: [String]
    /// Maximum nesting of `{{template}}` calls before an error (Go's `maxExecDepth`).
    public var maxDepth = 100_000
    /// The Go release whose template behaviour this set has.
    public let goRelease: GoRelease
    /// A number no other set of this process has: keys the function cache of parsed nodes.
    let serial: UInt64 = TemplateSet.serials.wrappingAdd(1, ordering: .relaxed).newValue

    private static let serials = Atomic<UInt64>(0)

    public init(functions: FunctionMap = [:], goRelease: GoRelease = .go127) {
        var all = Builtins.functions(goRelease)
        for (name, f) in functions { all[name] = f }
        self.functions = all
        self.base = nil
        self.overrideNames = []
        self.goRelease = goRelease
    }

    /// Creates a set sharing this one's templates and functions (Go's `Clone`): parsing
    /// into the copy does not affect this set. The copy is an overlay, so cloning is cheap.
    public func clone(replacing overrides: FunctionMap = [:]) -> TemplateSet {
        TemplateSet(base: self, overrides: overrides)
    }

    private init(base: TemplateSet, overrides: FunctionMap) {
        self.base = base
        self.functions = overrides
        self.overrideNames = Array(overrides.keys)
        self.maxDepth = base.maxDepth
        self.goRelease = base.goRelease
    }

    /// The function called `name`, if the set has one.
    public func function(named name: String) -> TemplateFunction? {
        if let f = functions[name] { return f }
        return base?.function(named: name)
    }

    /// The function called `name` and the serial of the set whose table holds it (this set,
    /// or the set a clone falls back to).
    func resolve(_ name: String) -> (set: UInt64, function: TemplateFunction)? {
        if let f = functions[name] { return (serial, f) }
        return base?.resolve(name)
    }

    /// Whether the set with serial `provider` supplies this set's function `name`: it is
    /// this set, or a set this one falls back to without overriding `name` on the way.
    func takesFunction(_ name: String, from provider: UInt64) -> Bool {
        var current = self
        var steps = 0
        while current.serial != provider {
            // A clone's own functions are few: comparing names costs less than hashing one.
            guard let next = current.base, !current.overrideNames.contains(name), steps < 10_000 else { return false }
            current = next
            steps += 1
        }
        return true
    }

    /// Whether the set has a function called `name`: found by key, without copying the
    /// function (its parameter array and closure) out of the map as `function(named:)` does.
    public func hasFunction(named name: String) -> Bool {
        if functions.index(forKey: name) != nil { return true }
        return base?.hasFunction(named: name) ?? false
    }

    /// Parses `text` as the template `name`, adding it and its definitions to the set.
    public func parse(name: String, text: String) throws {
        add(try parseTrees(name: name, text: text))
    }

    /// Parses `text` as the template `name` against this set's functions without adding the
    /// result, so callers can cache parsed trees (they are immutable).
    public func parseTrees(name: String, text: String) throws -> [Tree] {
        try Parser.parse(name: name, text: text, release: goRelease) { [unowned self] in self.hasFunction(named: $0) }
    }

    /// Adds parsed trees; a later non-empty definition replaces an earlier one, an empty one
    /// never replaces an existing template (Go's `associate`).
    public func add(_ parsed: [Tree]) {
        for tree in parsed {
            // The emptiness test first: it is cheaper than looking the name up.
            if isEmptyTree(.list(tree.root)) && find(tree.name) != nil { continue }
            if let replaced = trees.updateValue(tree, forKey: tree.name) { ProcessLifetime.keep(replaced) }
        }
    }

    public func lookup(_ name: String) -> Tree? {
        guard let (tree, inOverlay) = find(name) else { return nil }
        if inOverlay { MapChangeLog.noteImpure() }
        return tree
    }

    /// The template called `name`, and whether a `tpl` overlay (a clone) holds it rather than
    /// the set all clones fall back to. A remembered `include` output may not depend on an
    /// overlay's own templates: another overlay has others of the same names.
    public func find(_ name: String) -> (tree: Tree, inOverlay: Bool)? {
        if let t = trees[name] { return (t, base != nil) }
        return base?.find(name)
    }

    /// Whether no clone between this set and the set all clones fall back to holds a template
    /// other than `name` (a `tpl` overlay holds only its text's own `gotpl`, unless the text
    /// has definitions).
    public func overlaysHoldOnly(_ name: String) -> Bool {
        var current = self
        var steps = 0
        while let next = current.base {
            if current.trees.keys.contains(where: { $0 != name }) { return false }
            current = next
            steps += 1
            if steps > 10_000 { return false }
        }
        return true
    }


    /// Executes the named template with `data` as dot, appending the output to `output`.
    public func execute(_ name: String, data: Value, into output: inout String) throws {
        guard let tree = lookup(name) else {
            throw TemplateError(kind: .exec, name: name, location: "", context: "",
                                message: "no template \(Strconv.quote(name)) associated with template \(Strconv.quote(name))")
        }
        try execute(tree: tree, data: data, into: &output)
    }

    /// Executes `tree` itself against this set, whether or not the set's entry of that name
    /// is this tree. Go's `t.New(name).Parse(text)` followed by `t.Execute` runs the new
    /// template's own tree even when `associate` kept an older, non-empty one in the set
    /// (an empty text never replaces a template).
    public func execute(tree: Tree, data: Value, into output: inout String) throws {
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
