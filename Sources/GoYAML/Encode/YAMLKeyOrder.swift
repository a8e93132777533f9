/// go-yaml v2 sorter.go `keyList.Less` for string keys: letters sort by code point, runs of
/// digits compare by numeric value (`a2` < `a10`), and a letter sorts after a non-letter.
enum YAMLKeyOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        less(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// Sorts strings in go-yaml's key order (`v3` for go-yaml v3's variant).
    static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
        if keys.count < 2 { return keys }
        var decorated = keys.map { (Array($0.unicodeScalars), $0) }
        decorated.sort { less($0.0, $1.0, v3: v3) }
        return decorated.map(\.1)
    }

    /// go-yaml v3 differs in one place: after equal digits, a letter sorts before a non-letter.
    static func less(_ ar: [Unicode.Scalar], _ br: [Unicode.Scalar], v3: Bool = false) -> Bool {
        var i = 0
        var digits = false
        while i < ar.count && i < br.count {
            if ar[i] == br[i] {
                digits = isDigit(ar[i])
                i += 1
                continue
            }
            let al = isLetter(ar[i]), bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return v3 && digits ? al : bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ai]) {
                an = an &* 10 &+ Int64(ar[ai].value) &- 48
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[bi]) {
                bn = bn &* 10 &+ Int64(br[bi].value) &- 48
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }

    /// Go's `unicode.IsLetter`.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`.
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }
}
