/// `.helmignore` rules (helm's `pkg/ignore`): one glob per line, `#` comments, `!` negation,
/// a trailing `/` for directories only, a leading `/` anchoring at the chart root, and a
/// pattern without `/` matching the base name. Rules are tried in order; the first match
/// decides, and a negated rule ignores every path it does *not* match.
struct HelmIgnore {
    struct Pattern {
        enum Kind { case rooted, structural, baseName }
        let rule: String
        let kind: Kind
        let negate: Bool
        let mustDir: Bool
    }

    private(set) var patterns: [Pattern] = []

    /// A `.helmignore` failure, worded as helm's.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses a `.helmignore` file's text.
    static func parse(_ text: String) throws -> HelmIgnore {
        var rules = HelmIgnore()
        for line in HelmIgnore.scanLines(text) {
            try rules.add(line)
        }
        return rules
    }

    /// Go's `bufio.ScanLines`: split on `\n`, drop one trailing `\r`.
    static func scanLines(_ text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        if text.utf8.last == UInt8(ascii: "\n") || text.isEmpty { lines.removeLast() }
        return lines.map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line, as: UTF8.self)
        }
    }

    /// helm's defaults: dotfiles under `templates/` are never templates.
    mutating func addDefaults() {
        try? add("templates/.?*")
    }

    mutating func add(_ raw: String) throws {
        var rule = HelmIgnore.trimSpace(raw)
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") { throw Failure(description: "double-star (**) syntax is not supported") }
        do {
            _ = try GlobMatch.match(rule, "abc")
        } catch {
            throw Failure(description: "syntax error in pattern")
        }
        var negate = false
        if rule.hasPrefix("!") { negate = true; rule.removeFirst() }
        var mustDir = false
        if rule.hasSuffix("/") { mustDir = true; rule.removeLast() }
        let kind: Pattern.Kind
        if rule.hasPrefix("/") {
            kind = .rooted
            rule.removeFirst()
        } else if rule.contains("/") {
            kind = .structural
        } else {
            kind = .baseName
        }
        patterns.append(Pattern(rule: rule, kind: kind, negate: negate, mustDir: mustDir))
    }

    /// Whether the chart-relative path should be skipped (helm's `Rules.Ignore`).
    func ignore(_ path: String, isDirectory: Bool) -> Bool {
        for p in patterns {
            if p.negate {
                if p.mustDir && !isDirectory { return true }
                if !matches(p, path) { return true }
                continue
            }
            if p.mustDir && !isDirectory { continue }
            if matches(p, path) { return true }
        }
        return false
    }

    private func matches(_ p: Pattern, _ path: String) -> Bool {
        let subject: String
        switch p.kind {
        case .rooted, .structural: subject = path
        case .baseName: subject = HelmIgnore.baseName(path)
        }
        return (try? GlobMatch.match(p.rule, subject)) ?? false
    }

    /// Go's `filepath.Base` for the slash-separated relative paths the loader produces.
    static func baseName(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        if p.isEmpty { return "." }
        if let slash = p.lastIndex(of: "/") { p = p[p.index(after: slash)...] }
        return p.isEmpty ? "/" : String(p)
    }

    /// Go's `strings.TrimSpace` for ASCII and the common Unicode spaces.
    static func trimSpace(_ s: String) -> String {
        let isSpace: (Character) -> Bool = { c in
            c.unicodeScalars.allSatisfy { u in
                switch u.value {
                case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
                default: return false
                }
            }
        }
        var sub = Substring(s)
        while let f = sub.first, isSpace(f) { sub = sub.dropFirst() }
        while let l = sub.last, isSpace(l) { sub = sub.dropLast() }
        return String(sub)
    }
}
