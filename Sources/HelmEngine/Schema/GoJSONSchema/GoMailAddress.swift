/// Go's `net/mail.ParseAddress` as a yes/no check (the `email` format of gojsonschema): an
/// addr-spec with an optional trailing comment, or a display name and `<addr-spec>`.
/// Not covered: group syntax (`name: a@b;`) and RFC 2047 encoded words, which fail here.
struct GoMailAddress {
    private var s: [Unicode.Scalar]
    private var i = 0

    static func parses(_ address: String) -> Bool {
        var parser = GoMailAddress(s: Array(address.unicodeScalars))
        return parser.parseSingleAddress()
    }

    private var isEmpty: Bool { i >= s.count }
    private var peek: Unicode.Scalar? { isEmpty ? nil : s[i] }

    private mutating func consume(_ c: Unicode.Scalar) -> Bool {
        guard peek == c else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while let c = peek, c == " " || c == "\t" { i += 1 }
    }

    private mutating func parseSingleAddress() -> Bool {
        guard parseAddress(), skipCFWS() else { return false }
        return isEmpty
    }

    private mutating func parseAddress() -> Bool {
        skipSpace()
        if isEmpty { return false }
        if consumeAddrSpec() {
            skipSpace()
            if peek == "(" {
                i += 1
                return consumeComment()
            }
            return true
        }
        if peek != "<" {
            guard consumePhrase() else { return false }
        }
        skipSpace()
        guard consume("<"), consumeAddrSpec() else { return false }
        return consume(">")
    }

    /// `consumeAddrSpec`: restores the position when it fails.
    private mutating func consumeAddrSpec() -> Bool {
        let start = i
        skipSpace()
        var ok = !isEmpty
        if ok {
            if peek == "\"" {
                ok = (consumeQuotedString().map { !$0.isEmpty }) ?? false
            } else {
                ok = consumeAtom(dot: true, permissive: false)
            }
        }
        if ok { ok = consume("@") }
        if ok {
            skipSpace()
            ok = !isEmpty && consumeAtom(dot: true, permissive: false)
        }
        if !ok { i = start }
        return ok
    }

    private mutating func consumeAtom(dot: Bool, permissive: Bool) -> Bool {
        let start = i
        while let c = peek, Self.isAtext(c, dot: dot, permissive: permissive) { i += 1 }
        if i == start { return false }
        if permissive { return true }
        let atom = s[start..<i]
        if atom.first == "." || atom.last == "." { return false }
        return !zip(atom, atom.dropFirst()).contains { $0 == "." && $1 == "." }
    }

    /// The quoted string's content, or nil when it is malformed.
    private mutating func consumeQuotedString() -> String? {
        var j = i + 1
        var content = ""
        var escaped = false
        while true {
            guard j < s.count else { return nil }
            let c = s[j]
            if escaped {
                guard Self.isVchar(c) || c == " " || c == "\t" else { return nil }
                content.unicodeScalars.append(c)
                escaped = false
            } else if (Self.isVchar(c) && c != "\\" && c != "\"") || c == " " || c == "\t" {
                content.unicodeScalars.append(c)
            } else if c == "\"" {
                break
            } else if c == "\\" {
                escaped = true
            } else {
                return nil
            }
            j += 1
        }
        i = j + 1
        return content
    }

    /// `consumePhrase`: one or more words (atoms, permissively, or quoted strings).
    private mutating func consumePhrase() -> Bool {
        var words = 0
        while true {
            skipSpace()
            if isEmpty { break }
            let ok = peek == "\"" ? consumeQuotedString() != nil : consumeAtom(dot: true, permissive: true)
            if !ok { break }
            words += 1
        }
        return words > 0
    }

    private mutating func skipCFWS() -> Bool {
        skipSpace()
        while consume("(") {
            guard consumeComment() else { return false }
            skipSpace()
        }
        return true
    }

    /// After `(`: through the matching `)`, honouring nesting and backslashes.
    private mutating func consumeComment() -> Bool {
        var depth = 1
        while !isEmpty && depth > 0 {
            if s[i] == "\\" && i + 1 < s.count {
                i += 1
            } else if s[i] == "(" {
                depth += 1
            } else if s[i] == ")" {
                depth -= 1
            }
            i += 1
        }
        return depth == 0
    }

    private static func isAtext(_ c: Unicode.Scalar, dot: Bool, permissive: Bool) -> Bool {
        switch c {
        case ".": return dot
        case "(", ")", "[", "]", ";", "@", "\\", ",": return permissive
        case "<", ">", "\"", ":": return false
        default: return isVchar(c)
        }
    }

    private static func isVchar(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x21 && c.value <= 0x7E) || c.value >= 0x80
    }
}
