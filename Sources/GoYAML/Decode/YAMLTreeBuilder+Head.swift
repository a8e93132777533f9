import GoRuntime

extension YAMLTreeBuilder {
    /// Thrown while skimming when the document needs the full decoder to be read exactly as
    /// go-yaml reads it (anchors, aliases, tags, merge keys, complex or unusual keys).
    struct NeedsFullDecode: Error {}

    /// Decodes the first document's top-level mapping, building only the values of the keys
    /// `wanted` accepts and skimming the rest: their events are read (so syntax errors are
    /// found as before) but no values are made. Returns nil for an empty stream; throws
    /// `NeedsFullDecode` when the document is not a plain mapping of plain content.
    func buildHead(wanted: (String) -> Bool) throws -> YAMLNode? {
        _ = try parser.next()  // STREAM-START
        if try parser.peek().kind == .streamEnd { return nil }
        _ = try parser.next()  // DOCUMENT-START
        let start = try parser.next()
        guard start.kind == .mappingStart, start.anchor == nil, start.tag == nil else { throw NeedsFullDecode() }
        let map = GoMap()
        while true {
            let keyEvent = try parser.next()
            if keyEvent.kind == .mappingEnd { break }
            let key = try skimKey(keyEvent)
            if wanted(key) {
                let (value, _) = try build(try parser.next())
                map[key] = value.jsonValue
            } else {
                try skim(try parser.next())
            }
        }
        _ = try parser.next()  // DOCUMENT-END
        if decodeError != nil || conversionError != nil || sawNonFinite { throw NeedsFullDecode() }
        return .mapping(map)
    }

    /// A mapping key as the full decoder would convert it, or `NeedsFullDecode`.
    private func skimKey(_ event: YAMLEvent) throws -> String {
        guard event.kind == .scalar, event.anchor == nil, event.tag == nil else { throw NeedsFullDecode() }
        if event.plainImplicit && event.value == "<<" { throw NeedsFullDecode() }
        let (key, _) = try build(event)
        guard case .success(let text) = YAMLKeyConversion.string(forKey: key, value: .scalar(.null)) else {
            throw NeedsFullDecode()
        }
        return text
    }

    /// Reads the events of one node without building it.
    private func skim(_ event: YAMLEvent) throws {
        guard event.anchor == nil, event.tag == nil else { throw NeedsFullDecode() }
        switch event.kind {
        case .scalar:
            // Only a plain `.inf`/`.nan` look-alike carries text here: decode it to find out.
            if !event.value.isEmpty, case .scalar(.float(let f)) = try build(event).0, !f.isFinite {
                throw NeedsFullDecode()
            }
        case .sequenceStart:
            parser.skipsScalarText = true
            defer { parser.skipsScalarText = false }
            while true {
                let item = try parser.next()
                if item.kind == .sequenceEnd { return }
                try skim(item)
            }
        case .mappingStart:
            while true {
                parser.skipsScalarText = false
                let keyEvent = try parser.next()
                if keyEvent.kind == .mappingEnd { return }
                _ = try skimKey(keyEvent)
                parser.skipsScalarText = true
                try skim(try parser.next())
            }
        default:
            throw NeedsFullDecode()
        }
    }
}
