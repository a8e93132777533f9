/// One-line flow collections outside a manifest's head, as `ManifestHeadReader` accepts
/// them: `[]`, `{}`, `[a, "b", 80]`, `{a: 1, "b": [x]}`, nested at most `maxDepth` deep.
///
/// Items are quoted scalars (closing on the line, simple escapes) or plain words of
/// letters, digits and `_ . / -` that start with a letter, digit or `_`; map keys are such
/// words (not null, not a possible uint64) or quoted scalars, followed by `: `. No empty
/// items, trailing commas, single-pair mappings, or comments inside: those are left to
/// libyaml.
enum PlainYAMLFlow {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static let maxDepth = 16

    /// The index just after the flow collection opening at `p`, when it closes on the line.
    static func end(_ b: Bytes, _ p: Int, _ end: Int) -> Int? {
        var i = p
        guard collection(b, &i, end, depth: 1) else { return nil }
        return i
    }

    private static func skipSpaces(_ b: Bytes, _ i: inout Int, _ end: Int) {
        while i < end && b[i] == 32 { i += 1 }
    }

    private static func collection(_ b: Bytes, _ i: inout Int, _ end: Int, depth: Int) -> Bool {
        guard depth <= maxDepth else { return false }
        let isMap = b[i] == 123
        let close: UInt8 = isMap ? 125 : 93
        i += 1
        skipSpaces(b, &i, end)
        guard i < end else { return false }
        if b[i] == close {
            i += 1
            return true
        }
        var items = 0
        while items < end {  // each round consumes at least one byte
            items += 1
            if isMap {
                guard key(b, &i, end) else { return false }
                guard i + 1 < end, b[i] == 58, b[i + 1] == 32 else { return false }
                i += 2
                skipSpaces(b, &i, end)
            }
            guard node(b, &i, end, depth: depth) else { return false }
            skipSpaces(b, &i, end)
            guard i < end else { return false }
            if b[i] == close {
                i += 1
                return true
            }
            guard b[i] == 44 else { return false }
            i += 1
            skipSpaces(b, &i, end)
        }
        return false
    }

    private static func node(_ b: Bytes, _ i: inout Int, _ end: Int, depth: Int) -> Bool {
        guard i < end else { return false }
        switch b[i] {
        case 91, 123:
            return collection(b, &i, end, depth: depth + 1)
        case 34, 39:
            guard let close = PlainYAMLScalar.quotedEnd(b, i, end) else { return false }
            i = close + 1
            return true
        default:
            return word(b, &i, end) != nil
        }
    }

    /// A map key, leaving `i` on the `:` after it (spaces before it are skipped).
    private static func key(_ b: Bytes, _ i: inout Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        if b[i] == 34 || b[i] == 39 {
            guard let close = PlainYAMLScalar.quotedEnd(b, i, end) else { return false }
            i = close + 1
        } else {
            guard let start = word(b, &i, end) else { return false }
            let n = i - start
            if b[start] >= 48 && b[start] <= 57 && n >= 16 { return false }
            if PlainYAMLScalar.isNullWord(b, start, i) { return false }
        }
        skipSpaces(b, &i, end)
        return true
    }

    /// A plain word; returns its start and leaves `i` after it.
    private static func word(_ b: Bytes, _ i: inout Int, _ end: Int) -> Int? {
        let start = i
        guard i < end, isWordStart(b[i]) else { return nil }
        i += 1
        while i < end && (isWordStart(b[i]) || b[i] == 46 || b[i] == 47 || b[i] == 45) { i += 1 }
        return start
    }

    private static func isWordStart(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95
    }
}
