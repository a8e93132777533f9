#if canImport(Glibc)
import Glibc
#endif
internal import CLibYAML

/// Owns a libyaml `yaml_parser_t` and turns its events into `YAMLEvent`s.
///
/// The input buffer is borrowed: callers create the parser inside
/// `withContiguousStorageIfAvailable`/`withUnsafeBufferPointer` and drop it before leaving.
/// Errors are worded as go-yaml v2's `parser.fail()` (decode.go) words them, and the places
/// where go-yaml reads text differently from libyaml follow go-yaml
/// (`GoYAMLScannerDifferences`): some are errors raised from the events, and two of libyaml's
/// errors are repaired by parsing a rewritten copy of the text again, skipping the events
/// already given out.
final class YAMLEventParser {
    private var parser: UnsafeMutablePointer<yaml_parser_t>
    private var peeked: YAMLEvent?
    private var source: YAMLSourceText
    /// The rewritten text being parsed after a repair (owned; the original is borrowed).
    private var rewritten: UnsafeMutableBufferPointer<UInt8>?
    private var repairs = 0
    /// Events libyaml has produced from the current text.
    private var produced = 0
    /// An error go-yaml raises before the first event (its `%YAML` check).
    private var pendingError: YAMLError?
    /// The open flow collections, innermost last: whether each is a `[...]` sequence, `{...}`
    /// mapping or the implicit one-pair mapping of a flow sequence entry (`[a: b]`).
    private var flowCollections: [FlowCollection] = []
    private enum FlowCollection { case sequence, mapping, pair }
    /// Repairs allowed per text: each one parses the text again from its start.
    static let maxRepairs = 64
    /// While set, scalar events carry no text unless the scalar is plain and starts with
    /// `.`, `+` or `-` (what `YAMLTreeBuilder`'s skimming still needs to look at).
    var skipsScalarText = false

    init(input: UnsafeBufferPointer<UInt8>) {
        parser = YAMLEventParser.makeParser(input)
        source = YAMLSourceText(input)
        pendingError = GoYAMLScannerDifferences.versionDirectiveError(input)
    }

    private static func makeParser(_ input: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<yaml_parser_t> {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        _ = yaml_parser_initialize(parser)
        // go-yaml v2 (decode.go newParser) feeds "\n" for empty input.
        if input.isEmpty {
            yaml_parser_set_input_string(parser, YAMLEventParser.newline, 1)
        } else if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
        }
        return parser
    }

    private static func freeParser(_ parser: UnsafeMutablePointer<yaml_parser_t>) {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    private static let newline: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 10)
        return UnsafePointer(p)
    }()

    deinit {
        YAMLEventParser.freeParser(parser)
        rewritten?.deallocate()
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
        if let error = pendingError { throw error }
        var raw = yaml_event_t()
        while yaml_parser_parse(parser, &raw) == 0 {
            guard try repair() else { throw failure() }
        }
        produced += 1
        defer { yaml_event_delete(&raw) }
        try checkGoYAMLDifferences(raw)
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

    /// Raises go-yaml's errors for text libyaml reads without one, and tracks flow collections.
    private func checkGoYAMLDifferences(_ raw: yaml_event_t) throws {
        switch raw.type {
        case YAML_SEQUENCE_START_EVENT where raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE:
            flowCollections.append(.sequence)
        case YAML_MAPPING_START_EVENT where raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE:
            // A one-pair mapping has no properties and starts at its key, not at a `{`.
            let m = raw.data.mapping_start
            var bracketed = m.anchor != nil || m.tag != nil
            if !bracketed, let at = source.offset(ofCharacter: Int(raw.start_mark.index)), at < source.bytes.count {
                bracketed = source.bytes[at] == UInt8(ascii: "{")
            }
            flowCollections.append(bracketed ? .mapping : .pair)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if !flowCollections.isEmpty { flowCollections.removeLast() }
        case YAML_SCALAR_EVENT:
            let s = raw.data.scalar
            guard let value = s.value else { return }
            let length = Int(s.length)
            if s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE && memchr(value, 0x2F, length) != nil {
                if let range = byteRange(raw),
                   let error = GoYAMLScannerDifferences.escapeError(source, start: range.start, end: range.end, line: Int(raw.start_mark.line)) {
                    throw error
                }
            } else if s.style == YAML_PLAIN_SCALAR_STYLE && !flowCollections.isEmpty && memchr(value, 0x3F, length) != nil {
                let inSequence = flowCollections.last { $0 != .pair } == .sequence
                if let range = byteRange(raw),
                   let error = GoYAMLScannerDifferences.questionMarkError(source, start: range.start, end: range.end,
                                                                         line: Int(raw.start_mark.line), inSequence: inSequence) {
                    throw error
                }
            }
        default:
            break
        }
    }

    private func byteRange(_ raw: yaml_event_t) -> (start: Int, end: Int)? {
        guard let start = source.offset(ofCharacter: Int(raw.start_mark.index)),
              let end = source.offset(ofCharacter: Int(raw.end_mark.index)) else { return nil }
        return (start, end)
    }

    /// After a libyaml error go-yaml does not have: parses the repaired text from its start,
    /// skipping the events already produced. false when there is nothing to repair.
    private func repair() throws -> Bool {
        let p = parser.pointee
        guard repairs < YAMLEventParser.maxRepairs, p.error == YAML_SCANNER_ERROR, let cp = p.problem,
              let problem = source.offset(ofCharacter: Int(p.problem_mark.index)),
              let context = source.offset(ofCharacter: Int(p.context_mark.index)),
              let text = GoYAMLScannerDifferences.repair(source.bytes, problemText: String(cString: cp),
                                                         problem: problem, context: context) else { return false }
        repairs += 1
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
        _ = buffer.initialize(from: text)
        let next = YAMLEventParser.makeParser(UnsafeBufferPointer(buffer))
        YAMLEventParser.freeParser(parser)
        rewritten?.deallocate()
        rewritten = buffer
        parser = next
        source = YAMLSourceText(UnsafeBufferPointer(buffer))
        for _ in 0..<produced {
            var skipped = yaml_event_t()
            guard yaml_parser_parse(parser, &skipped) != 0 else { throw failure() }
            yaml_event_delete(&skipped)
        }
        return true
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
