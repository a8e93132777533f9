import GoTemplate
import CPCRE2
import Synchronization

/// A compiled Go regular expression: Go's syntax and errors (via `RegexpTranslator`), matched
/// by PCRE2 in UTF mode. Compiled patterns are cached by source text.
final class Regexp: @unchecked Sendable {
    /// The Go pattern.
    let source: String
    /// Capture names by group number; index 0 is the whole match; `""` for unnamed groups.
    let captureNames: [String]
    private let code: OpaquePointer

    private init(source: String, captureNames: [String], code: OpaquePointer) {
        self.source = source
        self.captureNames = captureNames
        self.code = code
    }

    deinit { pcre2_code_free_8(code) }

    private static let cache = Mutex<[String: Regexp]>([:])
    private static let go123Cache = Mutex<[String: Regexp]>([:])

    /// Go's `regexp.Compile` of `release`, cached.
    static func compile(_ source: String, release: GoRelease = .go127) throws -> Regexp {
        if let hit = cached(source, release) { return hit }
        let translated = try RegexpTranslator.translate(source, release: release)
        let regexp = try build(source: source, translated: translated)
        func store(_ table: inout [String: Regexp]) {
            if table.count > 512 { table.removeAll() }
            table[source] = regexp
        }
        if release == .go123 { go123Cache.withLock { store(&$0) } } else { cache.withLock { store(&$0) } }
        return regexp
    }

    private static func cached(_ source: String, _ release: GoRelease) -> Regexp? {
        release == .go123 ? go123Cache.withLock { $0[source] } : cache.withLock { $0[source] }
    }

    private static func build(source: String, translated: RegexpTranslator.Result) throws -> Regexp {
        let context = pcre2_compile_context_create_8(nil)
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, rudder_pcre2_newline_lf())
        let options = rudder_pcre2_utf() | rudder_pcre2_dollar_endonly() | rudder_pcre2_alt_circumflex()
        var errorCode: Int32 = 0
        var errorOffset = 0
        let pattern = Array(translated.pattern.utf8)
        let compiled = pattern.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, context)
        }
        guard let code = compiled else {
            throw RegexpError(code: .internalError, expr: source)
        }
        return Regexp(source: source, captureNames: translated.captureNames, code: code)
    }

    /// A reusable match buffer for one sequence of searches.
    final class Matcher {
        private let regexp: Regexp
        private let data: OpaquePointer?

        init(_ regexp: Regexp) {
            self.regexp = regexp
            self.data = pcre2_match_data_create_from_pattern_8(regexp.code, nil)
        }

        deinit { pcre2_match_data_free_8(data) }

        /// The leftmost match starting at or after `start`: byte offsets, two per group
        /// (whole match first), -1 for groups that did not take part.
        func match(_ subject: UnsafeBufferPointer<UInt8>, from start: Int) -> [Int]? {
            guard let data else { return nil }
            var dummy: UInt8 = 0
            let rc: Int32 = withUnsafePointer(to: &dummy) { fallback in
                pcre2_match_8(regexp.code, subject.baseAddress ?? fallback, subject.count, start,
                              rudder_pcre2_no_utf_check(), data, nil)
            }
            guard rc > 0, let ovector = pcre2_get_ovector_pointer_8(data) else { return nil }
            let groups = regexp.captureNames.count
            let unset = rudder_pcre2_unset()
            var out: [Int] = []
            out.reserveCapacity(groups * 2)
            for i in 0..<(groups * 2) {
                let value = i < Int(rc) * 2 ? ovector[i] : unset
                out.append(value == unset ? -1 : Int(value))
            }
            return out
        }
    }
}
