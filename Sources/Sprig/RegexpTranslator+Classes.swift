extension RegexpTranslator {
    /// Parses a bracketed class at `pos` (Go's `parseClass`) and pushes it as one atom.
    mutating func parseClass() throws {
        let classStart = pos
        var i = pos + 1
        var negated = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "^") {
            negated = true
            i += 1
        }
        var items: [String] = []
        var first = true
        while i >= bytes.count || bytes[i] != UInt8(ascii: "]") || first {
            first = false
            // POSIX [:alnum:] etc.
            if bytes.count - i > 2 && bytes[i] == UInt8(ascii: "[") && bytes[i + 1] == UInt8(ascii: ":") {
                if let close = findColonBracket(from: i + 2) {
                    let name = text(i, close + 2)
                    guard let group = RegexpTranslator.posixGroups[name] else {
                        throw RegexpError(code: .invalidCharRange, expr: name)
                    }
                    items.append(group)
                    i = close + 2
                    continue
                }
            }
            if bytes.count - i >= 2 && bytes[i] == UInt8(ascii: "\\")
                && (bytes[i + 1] == UInt8(ascii: "p") || bytes[i + 1] == UInt8(ascii: "P")) {
                let (unicodeItems, after) = try parseUnicodeClass(at: i)
                items += unicodeItems
                i = after
                continue
            }
            if let perl = perlClassItems(at: i) {
                items += perl
                i += 2
                continue
            }
            let rangeStart = i
            let lo = try parseClassChar(at: &i, classStart: classStart)
            var hi = lo
            if bytes.count - i >= 2 && bytes[i] == UInt8(ascii: "-") && bytes[i + 1] != UInt8(ascii: "]") {
                i += 1
                hi = try parseClassChar(at: &i, classStart: classStart)
                if hi < lo {
                    throw RegexpError(code: .invalidCharRange, expr: text(rangeStart, i))
                }
            }
            items.append(RegexpTranslator.rangeText(lo, hi))
        }
        pos = i + 1
        pushAtom(RegexpTranslator.classText(items, negated: negated))
    }

    func findColonBracket(from start: Int) -> Int? {
        var j = start
        while j + 1 < bytes.count {
            if bytes[j] == UInt8(ascii: ":") && bytes[j + 1] == UInt8(ascii: "]") { return j }
            j += 1
        }
        return nil
    }

    /// Go's `parseClassChar`: one (possibly escaped) character of a class.
    mutating func parseClassChar(at i: inout Int, classStart: Int) throws -> UInt32 {
        guard i < bytes.count else {
            throw RegexpError(code: .missingBracket, expr: text(classStart, bytes.count))
        }
        if bytes[i] == UInt8(ascii: "\\") {
            let saved = pos
            pos = i
            defer { pos = saved }
            let r = try parseEscape()
            i = pos
            return r
        }
        let (r, width) = decodeRune(at: i)
        i += width
        return r
    }

    /// The class items for `\d \D \s \S \w \W` at `i`, or nil.
    func perlClassItems(at i: Int) -> [String]? {
        guard bytes.count - i >= 2, bytes[i] == UInt8(ascii: "\\") else { return nil }
        switch bytes[i + 1] {
        case UInt8(ascii: "d"): return [RegexpTranslator.rangesText(RegexpTranslator.digitRanges)]
        case UInt8(ascii: "D"): return [RegexpTranslator.negatedRangesText(RegexpTranslator.digitRanges)]
        case UInt8(ascii: "s"): return [RegexpTranslator.rangesText(RegexpTranslator.spaceRanges)]
        case UInt8(ascii: "S"): return [RegexpTranslator.negatedRangesText(RegexpTranslator.spaceRanges)]
        case UInt8(ascii: "w"): return [RegexpTranslator.rangesText(RegexpTranslator.wordRanges)]
        case UInt8(ascii: "W"): return [RegexpTranslator.negatedRangesText(RegexpTranslator.wordRanges)]
        default: return nil
        }
    }

    /// Go's `parseUnicodeClass` for `\pN`, `\p{Name}`, `\PN`, `\P{^Name}` at `start`.
    func parseUnicodeClass(at start: Int) throws -> ([String], Int) {
        var negated = bytes[start + 1] == UInt8(ascii: "P")
        var i = start + 2
        let (c, width) = decodeRune(at: i)
        i += width
        var seqEnd: Int
        var name: String
        if c != UInt32(UInt8(ascii: "{")) {
            seqEnd = i
            name = text(start + 2, i)
        } else {
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else {
                throw RegexpError(code: .invalidCharRange, expr: text(start, bytes.count))
            }
            seqEnd = close + 1
            name = text(start + 3, close)
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard let entry = RegexpUnicodeNames.lookup(name, release: release) else {
            throw RegexpError(code: .invalidCharRange, expr: text(start, seqEnd))
        }
        return ([negated ? entry.negative : entry.positive], seqEnd)
    }

    // MARK: - Emission

    /// A PCRE2 class from items; an empty class never matches (or always, when negated).
    static func classText(_ items: [String], negated: Bool) -> String {
        let body = items.joined()
        if body.isEmpty { return negated ? "(?s:.)" : "(?!)" }
        return "[" + (negated ? "^" : "") + body + "]"
    }

    /// `lo-hi` as PCRE2 class text, leaving out the surrogates PCRE2 rejects in UTF mode.
    static func rangeText(_ lo: UInt32, _ hi: UInt32) -> String {
        func hex(_ v: UInt32) -> String { "\\x{" + String(v, radix: 16) + "}" }
        func one(_ a: UInt32, _ b: UInt32) -> String { a == b ? hex(a) : hex(a) + "-" + hex(b) }
        if hi < 0xD800 || lo > 0xDFFF { return one(lo, hi) }
        var out = ""
        if lo < 0xD800 { out += one(lo, 0xD7FF) }
        if hi > 0xDFFF { out += one(0xE000, hi) }
        return out
    }

    static func rangesText(_ ranges: [(UInt32, UInt32)]) -> String {
        ranges.map { rangeText($0.0, $0.1) }.joined()
    }

    /// The complement of sorted, disjoint ranges over all of Unicode.
    static func negatedRangesText(_ ranges: [(UInt32, UInt32)]) -> String {
        var out = ""
        var next: UInt32 = 0
        for (lo, hi) in ranges {
            if next < lo { out += rangeText(next, lo - 1) }
            next = hi + 1
        }
        if next <= 0x10FFFF { out += rangeText(next, 0x10FFFF) }
        return out
    }

    static let digitRanges: [(UInt32, UInt32)] = [(0x30, 0x39)]
    static let spaceRanges: [(UInt32, UInt32)] = [(0x9, 0xA), (0xC, 0xD), (0x20, 0x20)]
    static let wordRanges: [(UInt32, UInt32)] = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]

    /// Go's POSIX classes (`perl_groups.go`), positive and negated.
    static let posixGroups: [String: String] = {
        let groups: [(String, [(UInt32, UInt32)])] = [
            ("alnum", [(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)]),
            ("alpha", [(0x41, 0x5A), (0x61, 0x7A)]),
            ("ascii", [(0x0, 0x7F)]),
            ("blank", [(0x9, 0x9), (0x20, 0x20)]),
            ("cntrl", [(0x0, 0x1F), (0x7F, 0x7F)]),
            ("digit", [(0x30, 0x39)]),
            ("graph", [(0x21, 0x7E)]),
            ("lower", [(0x61, 0x7A)]),
            ("print", [(0x20, 0x7E)]),
            ("punct", [(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)]),
            ("space", [(0x9, 0xD), (0x20, 0x20)]),
            ("upper", [(0x41, 0x5A)]),
            ("word", [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]),
            ("xdigit", [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)]),
        ]
        var table: [String: String] = [:]
        for (name, ranges) in groups {
            table["[:" + name + ":]"] = rangesText(ranges)
            table["[:^" + name + ":]"] = negatedRangesText(ranges)
        }
        return table
    }()
}
