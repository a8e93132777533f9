/// The glob syntax of `.Files.Glob` (github.com/gobwas/glob compiled with separator `/`):
/// `*` matches within a path segment, `**` across segments, `?` one character but `/`,
/// `[abc]`, `[a-z]`, `[!abc]` one character, `{a,b}` alternatives, `\` escapes.
struct FileGlob {
    indirect enum Token {
        case literal(Unicode.Scalar)
        case star
        case superStar
        case single
        case characterClass(ranges: [(Unicode.Scalar, Unicode.Scalar)], negated: Bool)
        case alternatives([[Token]])
    }

    let tokens: [Token]

    /// helm falls back to `**` when the pattern does not compile.
    static let everything = FileGlob(tokens: [.superStar])

    init(tokens: [Token]) { self.tokens = tokens }

    /// Compiles a pattern; nil when gobwas/glob would reject it.
    init?(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)[...]
        guard let tokens = FileGlob.parse(&scalars, inBraces: false), scalars.isEmpty else { return nil }
        self.tokens = tokens
    }

    static func parse(_ s: inout ArraySlice<Unicode.Scalar>, inBraces: Bool) -> [Token]? {
        var out: [Token] = []
        while let c = s.first {
            if inBraces && (c == "," || c == "}") { return out }
            s = s.dropFirst()
            switch c {
            case "*":
                if s.first == "*" { s = s.dropFirst(); out.append(.superStar) } else { out.append(.star) }
            case "?":
                out.append(.single)
            case "\\":
                guard let next = s.first else { return nil }
                s = s.dropFirst()
                out.append(.literal(next))
            case "[":
                var negated = false
                if s.first == "!" { negated = true; s = s.dropFirst() }
                var ranges: [(Unicode.Scalar, Unicode.Scalar)] = []
                var closed = false
                while let x = s.first {
                    s = s.dropFirst()
                    if x == "]" { closed = true; break }
                    if s.first == "-", s.count >= 2, let hi = s.dropFirst().first, hi != "]" {
                        s = s.dropFirst(2)
                        ranges.append((x, hi))
                    } else {
                        ranges.append((x, x))
                    }
                }
                guard closed else { return nil }
                out.append(.characterClass(ranges: ranges, negated: negated))
            case "{":
                var options: [[Token]] = []
                while true {
                    guard let option = parse(&s, inBraces: true), let sep = s.first else { return nil }
                    s = s.dropFirst()
                    options.append(option)
                    if sep == "}" { break }
                }
                out.append(.alternatives(options))
            default:
                out.append(.literal(c))
            }
        }
        return inBraces ? nil : out
    }

    func matches(_ name: String) -> Bool {
        FileGlob.match(tokens[...], Array(name.unicodeScalars)[...])
    }

    static func match(_ tokens: ArraySlice<Token>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return s.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let c):
            return s.first == c && match(rest, s.dropFirst())
        case .single:
            guard let c = s.first, c != "/" else { return false }
            return match(rest, s.dropFirst())
        case .characterClass(let ranges, let negated):
            guard let c = s.first else { return false }
            let inClass = ranges.contains { $0.0 <= c && c <= $0.1 }
            return inClass != negated && match(rest, s.dropFirst())
        case .star, .superStar:
            var i = s.startIndex
            while true {
                if match(rest, s[i...]) { return true }
                if i == s.endIndex { return false }
                if case .star = token, s[i] == "/" { return false }
                i += 1
            }
        case .alternatives(let options):
            return options.contains { match($0[...] + rest, s) }
        }
    }
}
