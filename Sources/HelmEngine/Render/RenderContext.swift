import GoRuntime
import GoTemplate
import GoYAML

/// Late-bound state the engine's `include` and `tpl` need: the template set they execute
/// against, and the per-render state every nested `tpl` shares (helm passes one
/// `includedNames` map to every `include` and `tpl` closure of a render).
final class RenderContext {
    /// The set `include` looks names up in: the render's set, or a `tpl` overlay of it.
    var set: TemplateSet?
    private let shared: Shared

    /// State shared by a render's context and all its nested `tpl` contexts.
    final class Shared {
        /// `include` nesting per template name (helm's `includedNames`).
        var includedNames: [String: Int] = [:]
        /// `tpl` texts already parsed in this render: each distinct text is parsed once.
        var parsedTpl: [String: [Tree]] = [:]
        /// Current nesting of `tpl` calls.
        var tplDepth = 0
        /// `fromYaml` results by input text (helpers re-read the same `toYaml` output many
        /// times); callers get deep copies. `decodedYAMLBytes` bounds the texts kept.
        var decodedYAML: [String: GoMap] = [:]
        var decodedYAMLBytes = 0
    }

    init() { shared = Shared() }

    /// A context for a nested `tpl` that shares this render's state.
    init(sharing other: RenderContext) { shared = other.shared }

    var includedNames: [String: Int] {
        get { shared.includedNames }
        _modify { yield &shared.includedNames }
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

    var tplDepth: Int {
        get { shared.tplDepth }
        _modify { yield &shared.tplDepth }
    }
}
