import GoRuntime
import GoTemplate
import GoYAML

/// Late-bound state the engine's `include` and `tpl` need: the template set they execute
/// against, and the per-render state every nested `tpl` shares (helm passes one
/// `includedNames` map to every `include` and `tpl` closure of a render).
final class RenderContext {
    /// The set `include` looks names up in: the render's set, or a `tpl` overlay of it.
    var set: TemplateSet? {
        didSet {
            includeTargets.removeAll()
            setHoldsOnlyOwnTpl = nil
        }
    }
    /// `set.overlaysHoldOnly("gotpl")`, found on first use (the set's templates are all in
    /// place by then, as for `includeTargets`).
    private var setHoldsOnlyOwnTpl: Bool?
    private let shared: Shared
    /// `include` names already found in `set`, with their shared nesting counts: a repeated
    /// `include` costs one lookup, not one in `set` (and its base) plus one in the counts.
    private var includeTargets: [String: IncludeTarget] = [:]

    /// State shared by a render's context and all its nested `tpl` contexts.
    final class Shared {
        /// `include` nesting per template name (helm's `includedNames`), each count in a box
        /// so leaving an `include` does not look the name up again.
        var includedNames: [String: IncludeCount] = [:]
        /// `tpl` texts already parsed in this render: each distinct text is parsed once.
        var parsedTpl: [String: [Tree]] = [:]
        /// Current nesting of `tpl` calls.
        var tplDepth = 0
        /// `fromYaml` results by input text (helpers re-read the same `toYaml` output many
        /// times); callers get deep copies. `decodedYAMLBytes` bounds the texts kept.
        var decodedYAML: [String: GoMap] = [:]
        var decodedYAMLBytes = 0
        /// Remembered `include` outputs, when `MapChangeLog` is on.
        let memo: IncludeMemo? = MapChangeLog.isEnabled ? IncludeMemo() : nil
    }

    init() { shared = Shared() }

    /// A context for a nested `tpl` that shares this render's state.
    init(sharing other: RenderContext) { shared = other.shared }

    /// The nesting count of `include`s of `name`, made on first use.
    func includeCount(_ name: String) -> IncludeCount {
        if let count = shared.includedNames[name] { return count }
        let count = IncludeCount()
        shared.includedNames[name] = count
        return count
    }

    /// The template `include` runs for `name` and its nesting count, or nil when `set` has no
    /// such template (the caller then reports it the way helm does).
    func includeTarget(_ name: String) -> IncludeTarget? {
        if let target = includeTargets[name] { return target }
        guard let (tree, inOverlay) = set?.find(name) else { return nil }
        let target = IncludeTarget(count: includeCount(name), tree: tree, inOverlay: inOverlay)
        includeTargets[name] = target
        return target
    }

    var parsedTpl: [String: [Tree]] {
        get { shared.parsedTpl }
        _modify { yield &shared.parsedTpl }
    }

    /// helm's `fromYaml`, each distinct text decoded once per render (at most
    /// `decodedYAMLLimit` bytes of text are remembered).
    func fromYAML(_ text: String) -> Value {
        if let hit = shared.decodedYAML[text] { return .map(hit.deepCopy()) }
        let decoded = YAMLDecoder.fromYAML(text)
        let size = text.utf8.count
        if shared.decodedYAMLBytes + size <= RenderContext.decodedYAMLLimit {
            shared.decodedYAMLBytes += size
            shared.decodedYAML[text] = decoded.deepCopy()
        }
        return .map(decoded)
    }

    static let decodedYAMLLimit = 16 << 20

    var memo: IncludeMemo? { shared.memo }

    /// Whether no `tpl` overlay between `set` and the render's set holds a template other
    /// than its own text's `gotpl` (then `include` outputs may be remembered).
    var overlaysHoldOnlyOwnTpl: Bool {
        if let known = setHoldsOnlyOwnTpl { return known }
        let holds = set?.overlaysHoldOnly("gotpl") ?? true
        setHoldsOnlyOwnTpl = holds
        return holds
    }

    var tplDepth: Int {
        get { shared.tplDepth }
        _modify { yield &shared.tplDepth }
    }
}

/// A template `include` has found, and how deeply `include`s of its name are nested.
struct IncludeTarget {
    let count: IncludeCount
    let tree: Tree
    /// Whether a `tpl` overlay holds the template (see `TemplateSet.find`).
    let inOverlay: Bool
}

/// How deeply `include`s of one template name are nested right now.
final class IncludeCount {
    var value = 0
}
