/// Go's `path/filepath.Match` on Unix (`*`, `?`, `[...]` with `^` negation and `\` escapes;
/// `*` and `?` never match `/`), including its `syntax error in pattern` failures.
enum GlobMatch {
    /// Go's `filepath.ErrBadPattern`.
    struct BadPattern: Error, CustomStringConvertible {
        var description: String { "syntax error in pattern" }
    }

    static func match(_ pattern: String, _ name: String) throws -> Bool {
        try match(Array(pattern.utf8)[...], Array(name.utf8)[...])
    }

    private typealias Bytes = ArraySlice<UInt8>
    private static let slash = UInt8(ascii: "/")

    private static func match(_ patternIn: Bytes, _ nameIn: Bytes) throws -> Bool {
        var pattern = patternIn
        var name = nameIn
        patternLoop: while !pattern.isEmpty {
            let (star, chunk, rest) = scanChunk(pattern)
            pattern = rest
            if star && chunk.isEmpty {
                return !name.contains(slash)
            }
            let (t, ok, err) = matchChunk(chunk, name)
            if ok && (t.isEmpty || !pattern.isEmpty) {
                name = t
                continue
            }
            if let err { throw err }
            if star {
                var i = name.startIndex
                while i < name.endIndex && name[i] != slash {
                    let (t, ok, err) = matchChunk(chunk, name[(i + 1)...])
                    if ok {
                        if pattern.isEmpty && !t.isEmpty { i += 1; continue }
                        name = t
                        continue patternLoop
                    }
                    if let err { throw err }
                    i += 1
                }
            }
            while !pattern.isEmpty {
                let (_, chunk, rest) = scanChunk(pattern)
                pattern = rest
                if let err = matchChunk(chunk, []).2 { throw err }
            }
            return false
        }
        return name.isEmpty
    }

    private static func scanChunk(_ patternIn: Bytes) -> (Bool, Bytes, Bytes) {
        var pattern = patternIn
        var star = false
        while let f = pattern.first, f == UInt8(ascii: "*") {
            pattern = pattern.dropFirst()
            star = true
        }
        var inRange = false
        var i = pattern.startIndex
        scan: while i < pattern.endIndex {
            switch pattern[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < pattern.endIndex { i += 1 }
            case UInt8(ascii: "["):
                inRange = true
            case UInt8(ascii: "]"):
                inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default:
                break
            }
            i += 1
        }
        return (star, pattern[pattern.startIndex..<i], pattern[i...])
    }

    /// Decodes one UTF-8 scalar (Go's `utf8.DecodeRuneInString`; invalid bytes give U+FFFD, 1).
    private static func decodeRune(_ s: Bytes) -> (UInt32, Int) {
        guard let first = s.first else { return (0xFFFD, 0) }
        if first < 0x80 { return (UInt32(first), 1) }
        var it = s.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let v) = decoder.decode(&it) {
            return (v.value, String(v).utf8.count)
        }
        return (0xFFFD, 1)
    }

    private static func matchChunk(_ chunkIn: Bytes, _ sIn: Bytes) -> (Bytes, Bool, Error?) {
        var chunk = chunkIn
        var s = sIn
        var failed = false
        while let c = chunk.first {
            if !failed && s.isEmpty { failed = true }
            switch c {
            case UInt8(ascii: "["):
                var r: UInt32 = 0
                if !failed {
                    let (rr, n) = decodeRune(s)
                    r = rr
                    s = s.dropFirst(n)
                }
                chunk = chunk.dropFirst()
                var negated = false
                if chunk.first == UInt8(ascii: "^") { negated = true; chunk = chunk.dropFirst() }
                var matched = false
                var nrange = 0
                while true {
                    if chunk.first == UInt8(ascii: "]") && nrange > 0 { chunk = chunk.dropFirst(); break }
                    guard let (lo, afterLo) = getEsc(chunk) else { return ([], false, BadPattern()) }
                    chunk = afterLo
                    var hi = lo
                    if chunk.first == UInt8(ascii: "-") {
                        guard let (h, afterHi) = getEsc(chunk.dropFirst()) else { return ([], false, BadPattern()) }
                        hi = h
                        chunk = afterHi
                    }
                    if lo <= r && r <= hi { matched = true }
                    nrange += 1
                }
                if matched == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s.first == slash { failed = true }
                    s = s.dropFirst(decodeRune(s).1)
                }
                chunk = chunk.dropFirst()
            default:
                if c == UInt8(ascii: "\\") {
                    chunk = chunk.dropFirst()
                    if chunk.isEmpty { return ([], false, BadPattern()) }
                }
                if !failed {
                    if chunk.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                chunk = chunk.dropFirst()
            }
        }
        if failed { return ([], false, nil) }
        return (s, true, nil)
    }

    /// A possibly escaped character of a class, or nil for a bad pattern.
    private static func getEsc(_ chunkIn: Bytes) -> (UInt32, Bytes)? {
        var chunk = chunkIn
        guard let f = chunk.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { return nil }
        if f == UInt8(ascii: "\\") {
            chunk = chunk.dropFirst()
            if chunk.isEmpty { return nil }
        }
        let (r, n) = decodeRune(chunk)
        if r == 0xFFFD && n == 1 { return nil }
        let rest = chunk.dropFirst(n)
        if rest.isEmpty { return nil }
        return (r, rest)
    }
}
