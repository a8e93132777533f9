extension Regexp {
    /// Go's `MatchString`.
    func matches(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        let matcher = Matcher(self)
        return bytes.withUnsafeBufferPointer { matcher.match($0, from: 0) } != nil
    }

    /// Go's `FindString`: the leftmost match, or "" when there is none.
    func findString(_ s: String) -> String {
        let bytes = Array(s.utf8)
        let matcher = Matcher(self)
        guard let m = bytes.withUnsafeBufferPointer({ matcher.match($0, from: 0) }) else { return "" }
        return String(decoding: bytes[m[0]..<m[1]], as: UTF8.self)
    }

    /// Go's `FindAllString`: nil when nothing matches; `n < 0` means all matches.
    func findAllString(_ s: String, _ n: Int) -> [String]? {
        let bytes = Array(s.utf8)
        let found = allMatches(bytes, n)
        if found.isEmpty { return nil }
        return found.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }
    }

    /// Go's `allMatches`: successive non-overlapping matches, ignoring an empty match that
    /// abuts the previous match.
    func allMatches(_ bytes: [UInt8], _ limit: Int) -> [[Int]] {
        let n = limit < 0 ? bytes.count + 1 : limit
        let matcher = Matcher(self)
        var out: [[Int]] = []
        bytes.withUnsafeBufferPointer { buffer in
            var pos = 0
            var prevMatchEnd = -1
            while out.count < n && pos <= bytes.count {
                guard let m = matcher.match(buffer, from: pos) else { break }
                var accept = true
                if m[1] == pos {
                    if m[0] == prevMatchEnd { accept = false }
                    let width = Regexp.runeWidth(bytes, at: pos)
                    pos += width > 0 ? width : bytes.count + 1 - pos
                } else {
                    pos = m[1]
                }
                prevMatchEnd = m[1]
                if accept { out.append(m) }
            }
        }
        return out
    }

    /// Go's `ReplaceAllString` (with `$` expansion) or `ReplaceAllLiteralString`.
    func replaceAll(_ s: String, with replacement: String, literal: Bool) -> String {
        let src = Array(s.utf8)
        let repl = Array(replacement.utf8)
        let matcher = Matcher(self)
        var buf: [UInt8] = []
        buf.reserveCapacity(src.count)
        src.withUnsafeBufferPointer { buffer in
            var lastMatchEnd = 0
            var searchPos = 0
            while searchPos <= src.count {
                guard let a = matcher.match(buffer, from: searchPos) else { break }
                buf.append(contentsOf: src[lastMatchEnd..<a[0]])
                if a[1] > lastMatchEnd || a[0] == 0 {
                    if literal {
                        buf.append(contentsOf: repl)
                    } else {
                        expand(into: &buf, template: repl, src: src, match: a)
                    }
                }
                lastMatchEnd = a[1]
                let width = Regexp.runeWidth(src, at: searchPos)
                if searchPos + width > a[1] {
                    searchPos += width
                } else if searchPos + 1 > a[1] {
                    searchPos += 1
                } else {
                    searchPos = a[1]
                }
            }
            buf.append(contentsOf: src[lastMatchEnd...])
        }
        return String(decoding: buf, as: UTF8.self)
    }

    /// Go's `Split`: nil for `n == 0`.
    func split(_ s: String, _ n: Int) -> [String]? {
        if n == 0 { return nil }
        if !source.isEmpty && s.isEmpty { return [""] }
        let bytes = Array(s.utf8)
        var pieces: [String] = []
        var beg = 0
        var end = 0
        for m in allMatches(bytes, n) {
            if n > 0 && pieces.count == n - 1 { break }
            end = m[0]
            if m[1] != 0 { pieces.append(String(decoding: bytes[beg..<end], as: UTF8.self)) }
            beg = m[1]
        }
        if end != bytes.count { pieces.append(String(decoding: bytes[beg...], as: UTF8.self)) }
        return pieces
    }

    /// Go's `QuoteMeta`: a backslash before each of `\.+*?()|[]{}^$`.
    static func quoteMeta(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if Array(#"\.+*?()|[]{}^$"#.utf8).contains(b) { out.append(UInt8(ascii: "\\")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte length of the UTF-8 sequence at `i`, 0 at the end.
    static func runeWidth(_ bytes: [UInt8], at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        let b = bytes[i]
        if b < 0x80 { return 1 }
        if b < 0xE0 { return min(2, bytes.count - i) }
        if b < 0xF0 { return min(3, bytes.count - i) }
        return min(4, bytes.count - i)
    }
}
