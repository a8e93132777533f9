internal import CLibYAML

/// Owns a libyaml `yaml_parser_t` and turns its events into `YAMLEvent`s.
///
/// The input buffer is borrowed: callers create the parser inside
/// `withContiguousStorageIfAvailable`/`withUnsafeBufferPointer` and drop it before leaving.
/// Errors are worded as go-yaml v2's `parser.fail()` (decode.go) words them.
final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var peeked: YAMLEvent?
    /// While set, scalar events carry no text unless the scalar is plain and starts with
    /// `.`, `+` or `-` (what `YAMLTreeBuilder`'s skimming still needs to look at).
    var skipsScalarText = false

    init(input: UnsafeBufferPointer<UInt8>) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        _ = yaml_parser_initialize(parser)
        // go-yaml v2 (decode.go newParser) feeds "\n" for empty input.
        if input.isEmpty {
            yaml_parser_set_input_string(parser, YAMLEventParser.newline, 1)
        } else if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
        }
    }

    private static let newline: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 10)
        return UnsafePointer(p)
    }()

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Returns the next event without consuming it.
    func peek() throws -> YAMLEvent {
        if let event = peeked { return event }
        let event = try parseNext()
        peeked = event
        return event
    }

    /// Consumes and returns the next event.
    func next() throws -> YAMLEvent {
        if let event = peeked {
            peeked = nil
            return event
        }
        return try parseNext()
    }

    private func parseNext() throws -> YAMLEvent {
        var raw = yaml_event_t()
        guard yaml_parser_parse(parser, &raw) != 0 else { throw failure() }
        defer { yaml_event_delete(&raw) }
        let line = Int(raw.start_mark.line)
        switch raw.type {
        case YAML_STREAM_START_EVENT: return YAMLEvent(kind: .streamStart, line: line)
        case YAML_STREAM_END_EVENT: return YAMLEvent(kind: .streamEnd, line: line)
        case YAML_DOCUMENT_START_EVENT: return YAMLEvent(kind: .documentStart, line: line)
        case YAML_DOCUMENT_END_EVENT: return YAMLEvent(kind: .documentEnd, line: line)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, anchor: string(raw.data.alias.anchor), line: line)
        case YAML_SCALAR_EVENT:
            let s = raw.data.scalar
            let value: String
            if let p = s.value, !skipsScalarText || YAMLEventParser.mayBeNonFinite(p, Int(s.length), s.plain_implicit != 0) {
                value = String(decoding: UnsafeBufferPointer(start: p, count: Int(s.length)), as: UTF8.self)
            } else {
                value = ""
            }
            return YAMLEvent(kind: .scalar, anchor: string(s.anchor), tag: string(s.tag), value: value,
                             plainImplicit: s.plain_implicit != 0, line: line)
        case YAML_SEQUENCE_START_EVENT:
            let s = raw.data.sequence_start
            var event = YAMLEvent(kind: .sequenceStart, anchor: string(s.anchor), tag: string(s.tag), line: line)
            event.flow = s.style == YAML_FLOW_SEQUENCE_STYLE
            return event
        case YAML_SEQUENCE_END_EVENT: return YAMLEvent(kind: .sequenceEnd, line: line)
        case YAML_MAPPING_START_EVENT:
            let s = raw.data.mapping_start
            var event = YAMLEvent(kind: .mappingStart, anchor: string(s.anchor), tag: string(s.tag), line: line)
            event.flow = s.style == YAML_FLOW_MAPPING_STYLE
            return event
        case YAML_MAPPING_END_EVENT: return YAMLEvent(kind: .mappingEnd, line: line)
        default:
            return YAMLEvent(kind: .streamEnd, line: line)
        }
    }

    /// A plain scalar that could resolve to a float infinity or NaN (`.inf`, `-.Inf`, `.nan`).
    private static func mayBeNonFinite(_ p: UnsafeMutablePointer<yaml_char_t>, _ length: Int, _ plain: Bool) -> Bool {
        guard plain, length > 0 else { return false }
        let c = p[0]
        return c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }

    private func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafePointer(p))
    }

    /// go-yaml v2 decode.go `(*parser).fail`: `yaml: line N: problem`, where N is the
    /// zero-based problem line (plus one for scanner errors), or the context line.
    private func failure() -> YAMLError {
        let p = parser.pointee
        var line = 0
        if p.problem_mark.line != 0 {
            line = Int(p.problem_mark.line)
            if p.error == YAML_SCANNER_ERROR { line += 1 }
        } else if p.context_mark.line != 0 {
            line = Int(p.context_mark.line)
        }
        let place = line != 0 ? "line \(line): " : ""
        var problem = "unknown problem parsing YAML content"
        if let cp = p.problem {
            let text = String(cString: cp)
            if !text.isEmpty { problem = text }
        }
        return YAMLError(.syntax, "yaml: " + place + problem)
    }
}
