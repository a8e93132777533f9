import GoRuntime

/// Builds the first YAML document of a stream into `YAMLNode`s, straight from parser events,
/// with go-yaml v2's decoding rules (decode.go) and sigs.k8s.io/yaml's key conversion.
///
/// go-yaml parses the whole document before decoding it, so parse errors win over decode
/// errors (`!!int x`, `anchor 'a' value contains itself`, `invalid map key`), which win over
/// sigs.k8s.io/yaml's conversion errors. The builder keeps the first error of each stage
/// and keeps reading events, then reports the earliest stage.
final class YAMLTreeBuilder {
    let parser: YAMLEventParser
    private var anchors: [String: Anchor] = [:]
    private var pending: Set<String> = []
    /// First go-yaml decode error (`yaml: ...`).
    private(set) var decodeError: String?
    /// First sigs.k8s.io/yaml key conversion error.
    private(set) var conversionError: String?
    /// Whether a NaN or infinity was decoded (json.Marshal refuses them).
    private(set) var sawNonFinite = false

    /// Whether collections nest deeper than encoding/json's limit (scanner.go `maxNestingDepth`).
    private(set) var exceedsJSONDepth = false
    /// The JSON bracket of the first collection past encoding/json's depth: `[` or `{`.
    private(set) var tooDeepBracket = "["
    private var depth = 0
    private var flowDepth = 0
    /// go-yaml scannerc.go `max_flow_level` and encoding/json's `maxNestingDepth`.
    static let maxDepth = 10_000

    // go-yaml's alias expansion budget (decode.go allowedAliasRatio).
    private var decodeCount = 0
    private var aliasCount = 0
    /// Set once the budget is spent: go-yaml stops decoding there (`failf`), so later aliases
    /// are not expanded (a "billion laughs" document would otherwise take gigabytes).
    private var aliasBudgetExceeded = false

    private struct Anchor {
        var node: YAMLNode
        var count: Int
    }

    /// Whether integers stay Go integers (`.int`) instead of float64: for callers that still
    /// convert scalars for the Go type of their target (`YAMLDecoder.decodeStruct`).
    let keepsIntegers: Bool

    init(parser: YAMLEventParser, keepsIntegers: Bool = false) {
        self.parser = parser
        self.keepsIntegers = keepsIntegers
    }

    /// A child node as its parent collection holds it.
    private func held(_ node: YAMLNode) -> Value {
        if keepsIntegers, case .scalar(let scalar) = node {
            switch scalar {
            case .int(let i): return .int(i, .int64)
            case .uint(let u): return .int(Int64(bitPattern: u), .uint64)
            default: break
            }
        }
        return node.jsonValue
    }

    /// Reads the stream start and the first document; nil for an empty stream.
    func buildFirstDocument() throws -> YAMLNode? {
        _ = try parser.next()  // STREAM-START
        let first = try parser.peek()
        if first.kind == .streamEnd { return nil }
        _ = try parser.next()  // DOCUMENT-START
        decodeCount += 1
        let (node, _) = try build(try parser.next())
        _ = try parser.next()  // DOCUMENT-END
        return node
    }

    private func recordDecodeError(_ message: String) {
        if decodeError == nil { decodeError = "yaml: " + message }
    }

    private func checkAliasBudget() {
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > allowedAliasRatio(decodeCount) {
            recordDecodeError("document contains excessive aliasing")
            aliasBudgetExceeded = true
        }
    }

    private func allowedAliasRatio(_ count: Int) -> Double {
        let low = 400_000.0, high = 4_000_000.0
        let c = Double(count)
        if c <= low { return 0.99 }
        if c >= high { return 0.10 }
        return 0.99 - 0.89 * ((c - low) / (high - low))
    }

    /// Builds the node starting with `event`; returns it with its go-yaml decode count.
    func build(_ event: YAMLEvent) throws -> (YAMLNode, Int) {
        switch event.kind {
        case .scalar:
            decodeCount += 1
            let node = YAMLNode.scalar(scalar(event))
            if let anchor = event.anchor { anchors[anchor] = Anchor(node: node, count: 1) }
            return (node, 1)
        case .alias:
            let name = event.anchor ?? ""
            guard let anchor = anchors[name] else {
                throw YAMLError(.syntax, "yaml: unknown anchor '\(name)' referenced")
            }
            decodeCount += 1
            if pending.contains(name) {
                recordDecodeError("anchor '\(name)' value contains itself")
                return (.scalar(.null), 1)
            }
            decodeCount += anchor.count
            aliasCount += anchor.count
            checkAliasBudget()
            if aliasBudgetExceeded { return (.scalar(.null), 1) }
            return (anchor.node.copied(), 1 + anchor.count)
        case .sequenceStart, .mappingStart:
            try enter(event)
            defer { leave(event) }
            return event.kind == .sequenceStart ? try buildSequence(event) : try buildMapping(event)
        default:
            throw YAMLError(.syntax, "yaml: unknown problem parsing YAML content")
        }
    }

    /// Counts one more open collection. More than 10000 open flow collections is go-yaml's
    /// scanner error (scannerc.go `yaml_parser_increase_flow_level`); more than 10000 open
    /// collections of any style passes go-yaml but fails encoding/json's depth check later.
    private func enter(_ event: YAMLEvent) throws {
        depth += 1
        if depth > Self.maxDepth, !exceedsJSONDepth {
            exceedsJSONDepth = true
            tooDeepBracket = event.kind == .sequenceStart ? "[" : "{"
        }
        guard event.flow else { return }
        flowDepth += 1
        if flowDepth > Self.maxDepth {
            let line = event.line != 0 ? "line \(event.line + 1): " : ""
            throw YAMLError(.syntax, "yaml: \(line)exceeded max depth of \(Self.maxDepth)")
        }
    }

    private func leave(_ event: YAMLEvent) {
        depth -= 1
        if event.flow { flowDepth -= 1 }
    }

    private func beginAnchor(_ event: YAMLEvent) {
        guard let anchor = event.anchor else { return }
        pending.insert(anchor)
        anchors[anchor] = Anchor(node: .scalar(.null), count: 1)
    }

    private func endAnchor(_ event: YAMLEvent, _ node: YAMLNode, _ count: Int) {
        guard let anchor = event.anchor else { return }
        pending.remove(anchor)
        anchors[anchor] = Anchor(node: node, count: count)
    }

    private func buildSequence(_ start: YAMLEvent) throws -> (YAMLNode, Int) {
        decodeCount += 1
        beginAnchor(start)
        var elements: [Value] = []
        var count = 1
        while true {
            let event = try parser.next()
            if event.kind == .sequenceEnd { break }
            let (child, n) = try build(event)
            elements.append(held(child))
            count += n
        }
        let node = YAMLNode.sequence(GoList(elements))
        endAnchor(start, node, count)
        return (node, count)
    }

    private func buildMapping(_ start: YAMLEvent) throws -> (YAMLNode, Int) {
        decodeCount += 1
        beginAnchor(start)
        let map = GoMap()
        var count = 1
        while true {
            let keyEvent = try parser.next()
            if keyEvent.kind == .mappingEnd { break }
            if isMerge(keyEvent) {
                count += try merge(into: map)
                continue
            }
            let (key, kn) = try build(keyEvent)
            let (value, vn) = try build(try parser.next())
            count += kn + vn
            switch YAMLKeyConversion.string(forKey: key, value: value) {
            case .success(let k): map[k] = held(value)
            case .failure(.invalidKey(let message)): recordDecodeError(message)
            case .failure(.unsupported(let message)):
                if conversionError == nil { conversionError = message }
            }
        }
        let node = YAMLNode.mapping(map)
        endAnchor(start, node, count)
        return (node, count)
    }

    /// decode.go `isMerge`: a plain `<<` key, or one tagged `!!merge`.
    private func isMerge(_ event: YAMLEvent) -> Bool {
        event.kind == .scalar && event.value == "<<"
            && ((event.plainImplicit && event.tag == nil) || event.tag == YAMLTag.merge)
    }

    /// decode.go `merge`: the value of a `<<` key must be a map, an alias of a map, or a
    /// sequence of those; later sequence items are applied first so earlier ones win.
    private func merge(into map: GoMap) throws -> Int {
        let event = try parser.next()
        let wantMap = "map merge requires map or sequence of maps as the value"
        switch event.kind {
        case .mappingStart, .alias:
            let (node, n) = try build(event)
            if case .mapping(let m) = node {
                apply(m, to: map)
            } else {
                recordDecodeError(wantMap)
            }
            return n
        case .sequenceStart:
            beginAnchor(event)
            var items: [(YAMLNode, Bool)] = []
            var count = 0
            while true {
                let itemEvent = try parser.next()
                if itemEvent.kind == .sequenceEnd { break }
                let isMapping = itemEvent.kind == .mappingStart || itemEvent.kind == .alias
                let (node, n) = try build(itemEvent)
                items.append((node, isMapping))
                count += n
            }
            endAnchor(event, .sequence(GoList(items.map { held($0.0) })), count)
            for (node, _) in items.reversed() {
                guard case .mapping(let m) = node else {
                    recordDecodeError(wantMap)
                    break
                }
                apply(m, to: map)
            }
            return count
        default:
            let (_, n) = try build(event)
            recordDecodeError(wantMap)
            return n
        }
    }

    private func apply(_ source: GoMap, to target: GoMap) {
        for (key, value) in source.entries { target[key] = value }
    }

    /// decode.go `scalar` for an `interface{}` target.
    private func scalar(_ event: YAMLEvent) -> YAMLScalar {
        let tag = event.tag ?? ""
        if tag.isEmpty && !event.plainImplicit { return .string(event.value) }
        let resolved: YAMLResolver.Resolved
        do {
            resolved = try YAMLResolver.resolve(tag: tag, event.value)
        } catch {
            recordDecodeError(error.message)
            return .null
        }
        if resolved.tag == YAMLTag.binary {
            guard let decoded = Base64.decode(event.value) else {
                recordDecodeError("!!binary value contains invalid base64 data")
                return .null
            }
            return .string(decoded)
        }
        if case .float(let f) = resolved.scalar, !f.isFinite { sawNonFinite = true }
        return resolved.scalar
    }
}
