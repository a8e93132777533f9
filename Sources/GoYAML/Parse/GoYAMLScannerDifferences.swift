#if canImport(Glibc)
import Glibc
#endif
internal import CLibYAML

/// Where go-yaml v2 (helm's YAML parser, a port of an older libyaml) reads text differently
/// from libyaml 0.2.5, which Rudder parses with. Each difference is found from libyaml's
/// events or errors and the source bytes:
///
/// - `%YAML 1.2`: go-yaml accepts only 1.1 (`found incompatible YAML document`).
/// - `\/` in a double-quoted scalar: go-yaml has no such escape (`found unknown escape
///   character`); `\'` is one in go-yaml (an apostrophe) but not in libyaml.
/// - A plain scalar in a flow collection ends at `?` in go-yaml; the `?` is then a key
///   indicator no parser state accepts there (`did not find expected ',' or ']'`).
/// - In a flow collection go-yaml keeps a `:` followed by `,?[]{}` in the plain scalar
///   (`[a:, b]` is `["a:", "b"]`) where libyaml stops with `found unexpected ':'`.
///
/// The last two of libyaml's errors are repaired by rewriting the text so libyaml reads
/// what go-yaml reads: `\'` becomes `\x27`, and the plain scalar up to its `:` becomes the
/// same text double-quoted (it ends in `:`, so it is a string either way). Line breaks are
/// kept, so line numbers in later errors stay go-yaml's.
enum GoYAMLScannerDifferences {
    /// `yaml: line N: problem` with go-yaml's line rule for the error's stage: scanner errors
    /// print the zero-based line plus one, parser errors the zero-based line; line 0 prints none.
    static func error(_ problem: String, line: Int, scanner: Bool) -> YAMLError {
        let shown = line == 0 ? 0 : (scanner ? line + 1 : line)
        return YAMLError(.syntax, "yaml: " + (shown != 0 ? "line \(shown): " : "") + problem)
    }

    /// go-yaml parserc.go `yaml_parser_process_directives`: the first document's `%YAML`
    /// directive must be 1.1. Checked with libyaml's scanner before parsing, as go-yaml checks
    /// it before looking for the document start. nil when there is nothing to report.
    static func versionDirectiveError(_ input: UnsafeBufferPointer<UInt8>) -> YAMLError? {
        guard let base = input.baseAddress, contains(input, Array("%YAML".utf8)) else { return nil }
        var scanner = yaml_parser_t()
        guard yaml_parser_initialize(&scanner) != 0 else { return nil }
        defer { yaml_parser_delete(&scanner) }
        yaml_parser_set_input_string(&scanner, base, input.count)
        // Only directive tokens can come before the first document's start; a bounded count.
        for _ in 0..<input.count + 2 {
            var token = yaml_token_t()
            guard yaml_parser_scan(&scanner, &token) != 0 else { return nil }
            defer { yaml_token_delete(&token) }
            switch token.type {
            case YAML_STREAM_START_TOKEN, YAML_TAG_DIRECTIVE_TOKEN:
                continue
            case YAML_VERSION_DIRECTIVE_TOKEN:
                let version = token.data.version_directive
                if version.major != 1 || version.minor != 1 {
                    return error("found incompatible YAML document", line: Int(token.start_mark.line), scanner: false)
                }
                // A second %YAML is libyaml's own `found duplicate %YAML directive`.
                return nil
            default:
                return nil
            }
        }
        return nil
    }

    private static func contains(_ input: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard let base = input.baseAddress, input.count >= word.count else { return false }
        var from = 0
        while from <= input.count - word.count,
              let hit = memchr(base + from, Int32(word[0]), input.count - word.count + 1 - from) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if word.indices.allSatisfy({ input[at + $0] == word[$0] }) { return true }
            from = at + 1
        }
        return false
    }

    /// go-yaml's error for a `\/` in the double-quoted scalar at `start..<end` (byte offsets,
    /// from the opening quote) that starts on zero-based `line`.
    static func escapeError(_ source: YAMLSourceText, start: Int, end: Int, line: Int) -> YAMLError? {
        var i = start + 1
        while let slash = source.firstIndex(of: 0x5C, from: i, to: end) {
            guard slash + 1 < end else { return nil }
            if source.bytes[slash + 1] == 0x2F {
                let at = line + source.lineBreaks(from: start, to: slash)
                return error("found unknown escape character", line: at, scanner: true)
            }
            i = slash + 2
        }
        return nil
    }

    /// go-yaml's error for a `?` inside the plain scalar at `start..<end` of a flow collection:
    /// the innermost bracketed collection is a sequence (`]`) or a mapping (`}`).
    static func questionMarkError(_ source: YAMLSourceText, start: Int, end: Int, line: Int, inSequence: Bool) -> YAMLError? {
        guard let mark = source.firstIndex(of: 0x3F, from: start + 1, to: end) else { return nil }
        let at = line + source.lineBreaks(from: start, to: mark)
        return error(inSequence ? "did not find expected ',' or ']'" : "did not find expected ',' or '}'", line: at, scanner: false)
    }

    /// The text rewritten past libyaml's error so it reads as go-yaml reads it, or nil when
    /// the error is one go-yaml reports too. `problem` and `context` are byte offsets of
    /// libyaml's problem and context marks.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>, problemText: String, problem: Int, context: Int) -> [UInt8]? {
        switch problemText {
        case "found unknown escape character":
            // `\'` at the problem mark: go-yaml's apostrophe escape.
            guard problem + 1 < bytes.count, bytes[problem] == 0x5C, bytes[problem + 1] == 0x27 else { return nil }
            return Array(bytes[..<problem]) + Array("\\x27".utf8) + Array(bytes[(problem + 2)...])
        case "found unexpected ':'":
            // A flow plain scalar from the context mark up to this ':' (followed by ,?[]{}).
            guard context < problem, problem < bytes.count, bytes[problem] == 0x3A else { return nil }
            var out = Array(bytes[..<context])
            out.reserveCapacity(bytes.count + 8)
            out.append(0x22)
            for byte in bytes[context...problem] {
                if byte == 0x22 || byte == 0x5C { out.append(0x5C) }
                out.append(byte)
            }
            out.append(0x22)
            out.append(contentsOf: bytes[(problem + 1)...])
            return out
        default:
            return nil
        }
    }
}
