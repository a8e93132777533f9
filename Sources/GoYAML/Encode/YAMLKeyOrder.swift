/// go-yaml v2 sorter.go `keyList.Less` for string keys: letters sort by code point, runs of
/// digits compare by numeric value (`a2` < `a10`), and a letter sorts after a non-letter.
enum YAMLKeyOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        less(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// Sorts strings in go-yaml's key order (`v3` for go-yaml v3's variant).
    static func sorted(_ keys: [String], v3: Bool = false) -> [String] {
        if keys.count < 2 { return keys }
        if keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            // ASCII keys (nearly all): compare the bytes in place, no scalar arrays.
            return keys.sorted { a, b in
                var a = a, b = b
                return a.withUTF8 { ab in b.withUTF8 { bb in less(ab, bb, v3: v3) } }
            }
        }
        var decorated = keys.map { (Array($0.unicodeScalars), $0) }
        decorated.sort { less($0.0, $1.0, v3: v3) }
        return decorated.map(\.1)
    }

    /// go-yaml v3 differs in one place: after equal digits, a letter sorts before a non-letter.
    /// Works on code points, or on the bytes of ASCII strings (where they are the same).
    static func less<C: RandomAccessCollection>(_ ar: C, _ br: C, v3: Bool = false) -> Bool
    where C.Index == Int, C.Element: KeyOrderUnit {
        var i = 0
        var digits = false
        while i < ar.count && i < br.count {
            if ar[i] == br[i] {
                digits = ar[i].isDigit
                i += 1
                continue
            }
            let al = ar[i].isLetter, bl = br[i].isLetter
            if al && bl { return ar[i].code < br[i].code }
            if al || bl { return v3 && digits ? al : bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i].code == 0x30 || br[i].code == 0x30 {
                var j = i - 1
                while j >= 0 && ar[j].isDigit {
                    if ar[j].code != 0x30 {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && ar[ai].isDigit {
                an = an &* 10 &+ Int64(ar[ai].code) &- 48
                ai += 1
            }
            var bi = i
            while bi < br.count && br[bi].isDigit {
                bn = bn &* 10 &+ Int64(br[bi].code) &- 48
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].code < br[i].code
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

/// A code point or an ASCII byte, as `YAMLKeyOrder.less` compares them.
protocol KeyOrderUnit: Equatable {
    var code: UInt32 { get }
    var isLetter: Bool { get }
    var isDigit: Bool { get }
}

extension Unicode.Scalar: KeyOrderUnit {
    var code: UInt32 { value }
    var isLetter: Bool { YAMLKeyOrder.isLetter(self) }
    var isDigit: Bool { YAMLKeyOrder.isDigit(self) }
}

extension UInt8: KeyOrderUnit {
    var code: UInt32 { UInt32(self) }
    var isLetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
