import GoTemplate
import GoRuntime
import Glibc

/// Ports of the Go `strings` functions Sprig calls, with Go's byte and rune semantics.
///
/// Go strings are byte sequences; where Go slices bytes, so do we (a cut inside a
/// multi-byte character leaves bytes that are not UTF-8, kept as `GoBytes` stand-ins).
enum GoStrings {
    /// A string from bytes Go would hold as they are.
    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        GoBytes.string(bytes)
    }

    /// `strings.Split(s, sep)`; `strings.SplitN` when `n` is not -1.
    static func split(_ s: String, _ sep: String, n: Int = -1) -> [String] {
        if n == 0 { return [] }
        if sep.isEmpty { return explode(s, n: n) }
        let hay = Array(s.utf8)
        let needle = Array(sep.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + needle.count <= hay.count {
            if n > 0 && parts.count == n - 1 { break }
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
                parts.append(string(hay[start..<i]))
                i += needle.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(string(hay[start...]))
        return parts
    }

    /// Go's `explode`: one string per rune, at most `n` (the last holds the rest).
    private static func explode(_ s: String, n: Int) -> [String] {
        let scalars = Array(s.unicodeScalars)
        let limit = n < 0 || n > scalars.count ? scalars.count : n
        var parts: [String] = []
        parts.reserveCapacity(limit)
        for i in 0..<limit {
            if i == limit - 1 && limit < scalars.count {
                var rest = String.UnicodeScalarView()
                rest.append(contentsOf: scalars[i...])
                parts.append(String(rest))
            } else {
                parts.append(String(scalars[i]))
            }
        }
        return parts
    }

    /// `strings.Replace(s, old, new, -1)`.
    static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
        if old == new { return s }
        if old.isEmpty {
            var out = new
            for r in s.unicodeScalars {
                out.unicodeScalars.append(r)
                out += new
            }
            return out
        }
        var hay = s, needle = old, replacement = new
        let replaced: String? = hay.withUTF8 { h in
            needle.withUTF8 { n in
                replacement.withUTF8 { r in replacingOccurrences(in: h, of: n, with: r) }
            }
        }
        return replaced ?? s
    }

    /// The bytes of `hay` with every non-overlapping `needle` (not empty) replaced, left to
    /// right; nil when `needle` does not occur.
    private static func replacingOccurrences(in hay: UnsafeBufferPointer<UInt8>, of needle: UnsafeBufferPointer<UInt8>,
                                             with replacement: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = GoStrings.firstIndex(of: needle, in: hay, from: 0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(hay.count + replacement.count)
        var start = 0
        var next: Int? = first
        while let at = next {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start..<at]))
            out.append(contentsOf: replacement)
            start = at + needle.count
            next = GoStrings.firstIndex(of: needle, in: hay, from: start)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start...]))
        return string(out)
    }

    /// The offset of the first `needle` (not empty) in `hay` at or after `from`.
    private static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let hayBase = hay.baseAddress, let needleBase = needle.baseAddress else { return nil }
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            guard let hit = memchr(hayBase + i, Int32(needle[0]), last - i + 1) else { return nil }
            let at = hayBase.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if needle.count == 1 || memcmp(hayBase + at, needleBase, needle.count) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// `strings.Trim(s, cutset)`: drops leading and trailing runes found in `cutset`.
    static func trim(_ s: String, _ cutset: String) -> String {
        if s.isEmpty || cutset.isEmpty { return s }
        let cut = Set(cutset.unicodeScalars)
        return trim(s) { cut.contains($0) }
    }

    /// `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String {
        trim(s, where: GoUnicode.isSpace)
    }

    /// `strings.TrimFunc`.
    static func trim(_ s: String, where predicate: (Unicode.Scalar) -> Bool) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !predicate($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !predicate($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `strings.TrimPrefix`.
    static func trimPrefix(_ s: String, _ prefix: String) -> String {
        let bytes = Array(s.utf8)
        let p = Array(prefix.utf8)
        guard bytes.starts(with: p) else { return s }
        return string(bytes[p.count...])
    }

    /// `strings.TrimSuffix`.
    static func trimSuffix(_ s: String, _ suffix: String) -> String {
        let bytes = Array(s.utf8)
        let p = Array(suffix.utf8)
        guard bytes.count >= p.count, bytes[(bytes.count - p.count)...].elementsEqual(p) else { return s }
        return string(bytes[..<(bytes.count - p.count)])
    }

    /// `strings.Contains`, byte-wise.
    static func contains(_ s: String, _ substr: String) -> Bool {
        if substr.isEmpty { return true }
        let hay = Array(s.utf8)
        let needle = Array(substr.utf8)
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count)
        where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// `strings.HasPrefix`, byte-wise.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        s.utf8.starts(with: prefix.utf8)
    }

    /// `strings.HasSuffix`, byte-wise.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        s.utf8.count >= suffix.utf8.count && s.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `strings.Repeat`, with its panics as errors.
    static func repeated(_ s: String, _ count: Int64) throws -> String {
        if count < 0 { throw GoPanic("strings: negative Repeat count") }
        let length = Int64(s.utf8.count)
        if count > 0 && length > Int64.max / count { throw GoPanic("strings: Repeat output length overflow") }
        let bytes = Double(length) * Double(count)
        if SizeLimit.refuses(bytes: bytes) { throw FunctionError(SizeLimit.functionMessage(bytes: bytes)) }
        return String(repeating: s, count: Int(count))
    }

    /// `strings.ToUpper`.
    static func upper(_ s: String) -> String { GoUnicode.map(s, GoUnicode.toUpper) }

    /// `strings.ToLower`.
    static func lower(_ s: String) -> String { GoUnicode.map(s, GoUnicode.toLower) }

    /// `strings.Title`: maps the first letter of each word to title case; a word starts
    /// after any rune that is not an ASCII letter, digit or underscore, a letter or a digit.
    static func title(_ s: String) -> String {
        var previous: Unicode.Scalar = " "
        return GoUnicode.map(s) { r in
            defer { previous = r }
            return isSeparator(previous) ? GoUnicode.toTitle(r) : r
        }
    }

    /// Port of strings.go `isSeparator`.
    private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return false
            default: return true
            }
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoUnicode.isSpace(r)
    }
}

/// A Go runtime panic inside a function; text/template's `safeCall` recovers it and
/// reports it as the call's error, so it prints exactly like a returned error.
typealias GoPanic = FunctionError
