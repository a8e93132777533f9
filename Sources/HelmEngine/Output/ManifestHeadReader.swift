#if canImport(Glibc)
import Glibc
#endif

/// Reads the head of a rendered manifest (`apiVersion`, `kind`, `metadata.name`,
/// `metadata.annotations`) straight from its bytes, and proves on the way that libyaml
/// accepts the whole document and that the libyaml path (`ManifestHead.decodeFully`) gives
/// the same head without an error.
///
/// It understands only the plain block YAML templates usually produce: block mappings and
/// sequences (indentless ones too), one-line plain and quoted scalars, literal and folded
/// block scalars outside the head, one-line flow collections of simple scalars, comments.
/// At anything else it declines (returns nil) and the caller uses libyaml: tabs outside
/// quoted scalars and block-scalar text, carriage returns, control or line-breaking
/// Unicode characters, anchors, aliases, tags, directives, document markers, complex or
/// merge keys, null or huge-integer keys, multi-line plain or quoted scalars, a value on
/// the line after its key, indentation indicators, `.inf`/`.nan` look-alikes, a head
/// value that may not be a string (numbers, timestamps), duplicate or case-variant head
/// keys, a head that is not a mapping, nesting past `maxDepth`.
struct ManifestHeadReader {
    /// What the value of the current key feeds.
    enum Slot: Equatable {
        case ignore, apiVersion, kind, metadata, name, annotations
        case annotation(String)

        /// Whether the slot takes a map (a scalar there is an unmarshal error).
        var takesMap: Bool { self == .metadata || self == .annotations }
    }

    /// The mapping a frame is, for the head.
    enum Role { case other, root, metadata, annotations }

    /// An open block collection.
    struct Frame {
        var indent: Int
        var isSequence: Bool
        var indentless: Bool
        var role: Role
    }

    /// A key or `-` whose node starts on a later line (or is null).
    struct Pending {
        var column: Int
        var isDash: Bool
        var slot: Slot
    }

    /// An open block scalar: its owner's column, and the content indentation once known.
    struct BlockScalar {
        var owner: Int
        var contentIndent: Int?
        var leadingBlank = 0
    }

    /// Block collections nest at most this deep (far below encoding/json's 10000).
    static let maxDepth = 64
    /// Simple keys at most this long (libyaml allows 1024).
    static let maxKeyLength = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var stack: [Frame] = []
    var pending: Pending? = nil
    var block: BlockScalar? = nil
    var head = ManifestHead()
    var seenRoot: UInt8 = 0
    var seenMetadata: UInt8 = 0
    /// While a plain scalar may continue on the next lines: its owner's column (deeper
    /// lines continue it), the blank lines seen since its last line, and for a head slot
    /// its text so far (folded as libyaml folds it).
    var plainOwner: Int? = nil
    var plainBlanks = 0
    var plainHead: (slot: Slot, text: [UInt8])? = nil

    /// The head of `doc`, or nil when the document is not one the reader is sure about.
    static func read(_ doc: String) -> ManifestHead? {
        var doc = doc
        return doc.withUTF8 { read(bytes: $0) }
    }

    /// `read` over the document's UTF-8 bytes (well-formed UTF-8, as `String` keeps it).
    static func read(bytes: UnsafeBufferPointer<UInt8>) -> ManifestHead? {
        guard PlainYAMLCharacters.allAccepted(bytes) else { return nil }
        var reader = ManifestHeadReader(bytes: bytes)
        reader.stack.reserveCapacity(16)
        var start = 0
        let count = bytes.count
        while start < count {
            let end = Self.lineEnd(bytes, from: start)
            guard reader.line(start, end) else { return nil }
            start = end + 1
        }
        guard reader.finishPlain() else { return nil }
        if let p = reader.pending {
            reader.pending = nil
            guard reader.assignNull(p.slot) else { return nil }
        }
        return reader.head
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The index of the next line feed from `start`, or the end of the text.
    static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = b.baseAddress, let found = memchr(base + start, 10, b.count - start) else { return b.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Handles one line (without its newline); false declines the document.
    mutating func line(_ start: Int, _ end: Int) -> Bool {
        var s = start
        while s < end && bytes[s] == 32 { s += 1 }
        let indent = s - start
        if let owner = plainOwner {
            if s == end {
                plainBlanks += 1
                return true
            }
            if indent > owner && bytes[s] != 35 { return continuePlain(s, end) }
            guard finishPlain() else { return false }
        }
        if var b = block {
            if s == end {
                if b.contentIndent == nil { b.leadingBlank = max(b.leadingBlank, indent) }
                block = b
                return true
            }
            if let content = b.contentIndent {
                if indent >= content { return true }
                if bytes[s] == 9 { return false }
            } else {
                // libyaml rejects a tab in the indentation while it detects it.
                if bytes[s] == 9 { return false }
                if indent > b.owner {
                    if b.leadingBlank > indent { return false }
                    b.contentIndent = indent
                    block = b
                    return true
                }
            }
            block = nil
        }
        return structure(s, end, indent: indent, lineStart: start)
    }

    /// A line outside block scalars.
    mutating func structure(_ p: Int, _ end: Int, indent: Int, lineStart: Int) -> Bool {
        if p == end { return true }
        let c = bytes[p]
        if c == 35 { return true }  // a comment line
        if c == 9 { return false }
        if indent == 0 && end - p >= 3 && (c == 45 || c == 46) && bytes[p + 1] == c && bytes[p + 2] == c {
            return false  // a document marker (or text libyaml may read as one)
        }
        let dash = isDash(p, end)
        if let pend = pending {
            pending = nil
            if indent > pend.column || (!pend.isDash && dash && indent == pend.column) {
                guard open(pend.slot, sequence: dash, indent: indent, indentless: indent == pend.column) else {
                    return false
                }
            } else {
                guard assignNull(pend.slot) else { return false }
            }
        }
        while let top = stack.last, top.indent > indent || (top.indentless && top.indent == indent && !dash) {
            stack.removeLast()
        }
        if stack.isEmpty {
            guard indent == 0, !dash else { return false }
            stack.append(Frame(indent: 0, isSequence: false, indentless: false, role: .root))
        }
        guard let top = stack.last, top.indent == indent else { return false }
        if top.isSequence {
            guard dash else { return false }
            return item(p + 1, end, dashColumn: indent, lineStart: lineStart)
        }
        guard !dash else { return false }
        return entry(p, end, role: top.role, column: indent)
    }

    /// Whether `p` holds a block sequence entry indicator (`-` then a space or the line end).
    func isDash(_ p: Int, _ end: Int) -> Bool {
        bytes[p] == 45 && (p + 1 == end || bytes[p + 1] == 32)
    }

    /// Opens the block collection of a pending key or `-`.
    mutating func open(_ slot: Slot, sequence: Bool, indent: Int, indentless: Bool) -> Bool {
        guard stack.count < Self.maxDepth else { return false }
        let role: Role
        switch slot {
        case .ignore: role = .other
        case .metadata: role = .metadata
        case .annotations: role = .annotations
        default: return false  // a collection where a string is expected
        }
        if sequence && role != .other { return false }
        stack.append(Frame(indent: indent, isSequence: sequence, indentless: indentless, role: role))
        return true
    }

    /// The item after a `-` at `dashColumn` (`p` is just after the dash).
    mutating func item(_ p: Int, _ end: Int, dashColumn: Int, lineStart: Int) -> Bool {
        var q = p
        while q < end && bytes[q] == 32 { q += 1 }
        if q == end || bytes[q] == 35 {
            pending = Pending(column: dashColumn, isDash: true, slot: .ignore)
            return true
        }
        if bytes[q] == 9 || isDash(q, end) { return false }
        if let key = scanKey(q, end) {
            guard stack.count < Self.maxDepth else { return false }
            let column = q - lineStart
            stack.append(Frame(indent: column, isSequence: false, indentless: false, role: .other))
            return entryValue(key, end, slot: .ignore, column: column)
        }
        return value(q, end, slot: .ignore, owner: dashColumn, isDash: true)
    }

    /// A `key: value` line of a mapping with `role` at `column`.
    mutating func entry(_ p: Int, _ end: Int, role: Role, column: Int) -> Bool {
        guard let key = scanKey(p, end) else { return false }
        let slot: Slot
        switch role {
        case .other:
            slot = .ignore
        case .root:
            switch headField(key, Self.rootFields, seen: seenRoot) {
            case 0?: slot = .ignore
            case 1?: slot = .apiVersion
            case 2?: slot = .kind
            case 3?: slot = .metadata
            default: return false
            }
            if slot != .ignore { seenRoot |= Self.bit(slot) }
        case .metadata:
            switch headField(key, Self.metadataFields, seen: seenMetadata) {
            case 0?: slot = .ignore
            case 1?: slot = .name
            case 2?: slot = .annotations
            default: return false
            }
            if slot != .ignore { seenMetadata |= Self.bit(slot) }
        case .annotations:
            guard let name = keyString(key), head.annotations[name] == nil else { return false }
            slot = .annotation(name)
        }
        return entryValue(key, end, slot: slot, column: column)
    }

    /// The value part of an entry whose key was scanned.
    mutating func entryValue(_ key: ScannedKey, _ end: Int, slot: Slot, column: Int) -> Bool {
        guard isAcceptableKey(key) else { return false }
        return value(key.valueStart, end, slot: slot, owner: column, isDash: false)
    }

    static let rootFields: [[UInt8]] = [Array("apiVersion".utf8), Array("kind".utf8), Array("metadata".utf8)]
    static let metadataFields: [[UInt8]] = [Array("name".utf8), Array("annotations".utf8)]

    /// The bit of a head field in `seenRoot` or `seenMetadata`.
    static func bit(_ slot: Slot) -> UInt8 {
        switch slot {
        case .apiVersion, .name: return 1
        case .kind, .annotations: return 2
        default: return 4
        }
    }

    /// Which of `fields` a root or `metadata` key names (1-based; 0 for none), or nil to
    /// decline: a repeat (bit already in `seen`), a case variant of a field
    /// (`encoding/json` matches those too), a non-ASCII key (Unicode case folding).
    ///
    /// A plain key that resolves to a number or boolean converts to digits or
    /// `true`/`false`, never to a field name, so its text decides.
    func headField(_ key: ScannedKey, _ fields: [[UInt8]], seen: UInt8) -> Int? {
        let index: Int?
        if key.quote != 0 {
            guard let text = PlainYAMLScalar.decodeQuoted(bytes, key.start - 1, key.end) else { return nil }
            index = Array(text.utf8).withUnsafeBufferPointer { Self.match($0, 0, $0.count, fields) }
        } else {
            index = Self.match(bytes, key.start, key.end, fields)
        }
        guard let index else { return nil }
        if index > 0 && seen & (1 << UInt8(index - 1)) != 0 { return nil }
        return index
    }

    /// `headField` on a key's text: its field, 0, or nil for non-ASCII or a case variant.
    static func match(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ fields: [[UInt8]]) -> Int? {
        var i = start
        while i < end {
            if b[i] >= 0x80 { return nil }
            i += 1
        }
        let n = end - start
        for (index, field) in fields.enumerated() where field.count == n {
            var exact = true
            var folded = true
            for j in 0..<n where b[start + j] != field[j] {
                exact = false
                if b[start + j] | 0x20 != field[j] | 0x20 {
                    folded = false
                    break
                }
            }
            if exact { return index + 1 }
            if folded { return nil }
        }
        return 0
    }

    /// A null value: `""` for string slots (as `stringish(.nil)`), nothing for maps.
    mutating func assignNull(_ slot: Slot) -> Bool {
        assign(slot, "")
        return true
    }

    /// Stores a string value of a head slot.
    mutating func assign(_ slot: Slot, _ text: String) {
        switch slot {
        case .apiVersion: head.apiVersion = text
        case .kind: head.kind = text
        case .name: head.name = text
        case .annotation(let key): head.annotations[key] = text
        case .ignore, .metadata, .annotations: break
        }
    }
}
