/// Go's `unicode.IsSpace` on UTF-8 bytes, for ports of `strings.TrimSpace` and
/// `strings.TrimLeftFunc(s, unicode.IsSpace)`: ASCII `\t \n \v \f \r` and space, U+0085,
/// U+00A0, and the other White_Space characters (U+1680, U+2000-U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000). Invalid UTF-8 is never space.
enum GoSpace {
    /// The byte length of the space character starting at `i`, or 0.
    static func length<C: RandomAccessCollection>(startingAt i: C.Index, in b: C) -> Int where C.Element == UInt8, C.Index == Int {
        let n = b.endIndex
        let c = b[i]
        switch c {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2:
            guard i + 1 < n else { return 0 }
            return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard i + 2 < n else { return 0 }
            return isThreeByteSpace(c, b[i + 1], b[i + 2]) ? 3 : 0
        default: return 0
        }
    }

    /// The byte length of the space character ending just before `end`, or 0.
    static func length<C: RandomAccessCollection>(endingAt end: C.Index, in b: C) -> Int where C.Element == UInt8, C.Index == Int {
        let start = b.startIndex
        guard end > start else { return 0 }
        let c = b[end - 1]
        switch c {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        default:
            guard c >= 0x80, end - 2 >= start else { return 0 }
            if (c == 0x85 || c == 0xA0) && b[end - 2] == 0xC2 { return 2 }
            guard end - 3 >= start else { return 0 }
            return isThreeByteSpace(b[end - 3], b[end - 2], c) ? 3 : 0
        }
    }

    private static func isThreeByteSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE1, 0x9A): return c == 0x80                                   // U+1680
        case (0xE2, 0x80): return (c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF
        case (0xE2, 0x81): return c == 0x9F                                   // U+205F
        case (0xE3, 0x80): return c == 0x80                                   // U+3000
        default: return false
        }
    }

    /// The range left of `bytes` after Go's `strings.TrimSpace`.
    static func trimmed<C: RandomAccessCollection>(_ b: C) -> Range<Int> where C.Element == UInt8, C.Index == Int {
        var start = b.startIndex
        var end = b.endIndex
        while start < end {
            let k = length(startingAt: start, in: b)
            if k == 0 { break }
            start += k
        }
        while end > start {
            let k = length(endingAt: end, in: b)
            if k == 0 || end - k < start { break }
            end -= k
        }
        return start..<end
    }
}
