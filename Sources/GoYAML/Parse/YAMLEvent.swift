/// One libyaml parser event, copied out of C memory into Swift values.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    /// The anchor of a node (`&a`), or the name an alias refers to (`*a`).
    var anchor: String?
    /// The full tag (`tag:yaml.org,2002:str`, `!custom`), nil when the node has none.
    var tag: String?
    /// The scalar text.
    var value: String
    /// Whether a plain scalar may be resolved by its content (go-yaml's `implicit`).
    var plainImplicit: Bool
    /// Zero-based line of the event's start.
    var line: Int
    /// Whether a sequence or mapping start is a flow collection (`[...]`, `{...}`).
    var flow = false

    init(kind: Kind, anchor: String? = nil, tag: String? = nil, value: String = "", plainImplicit: Bool = false, line: Int = 0) {
        self.kind = kind
        self.anchor = anchor
        self.tag = tag
        self.value = value
        self.plainImplicit = plainImplicit
        self.line = line
    }
}
