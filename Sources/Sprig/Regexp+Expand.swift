extension Regexp {
    /// Go's `Regexp.expand`: copies `template` with `$1`, `${1}`, `$name`, `${name}` replaced by
    /// the submatch (empty when absent), `$$` by `$`, and a malformed `$` kept as it is.
    /// `$1x` means the group named `1x`, as in Go.
    func expand(into dst: inout [UInt8], template: [UInt8], src: [UInt8], match: [Int]) {
        var t = template[...]
        while let dollar = t.firstIndex(of: UInt8(ascii: "$")) {
            dst.append(contentsOf: t[t.startIndex..<dollar])
            t = t[(dollar + 1)...]
            if t.first == UInt8(ascii: "$") {
                dst.append(UInt8(ascii: "$"))
                t = t.dropFirst()
                continue
            }
            guard let (name, num, rest) = Regexp.extract(t) else {
                dst.append(UInt8(ascii: "$"))
                continue
            }
            t = rest
            if num >= 0 {
                if 2 * num + 1 < match.count && match[2 * num] >= 0 {
                    dst.append(contentsOf: src[match[2 * num]..<match[2 * num + 1]])
                }
            } else {
                for (i, groupName) in captureNames.enumerated()
                where groupName == name && 2 * i + 1 < match.count && match[2 * i] >= 0 {
                    dst.append(contentsOf: src[match[2 * i]..<match[2 * i + 1]])
                    break
                }
            }
        }
        dst.append(contentsOf: t)
    }

    /// Go's `extract`: the name after `$` (letters, digits, `_`; braces optional), its number
    /// (-1 if not a plain number without leading zeros) and the rest.
    static func extract(_ str: ArraySlice<UInt8>) -> (String, Int, ArraySlice<UInt8>)? {
        var s = str
        guard !s.isEmpty else { return nil }
        var brace = false
        if s.first == UInt8(ascii: "{") {
            brace = true
            s = s.dropFirst()
        }
        var i = s.startIndex
        while i < s.endIndex {
            let width = max(1, runeWidth(Array(s[i..<min(i + 4, s.endIndex)]), at: 0))
            let scalar = String(decoding: s[i..<min(i + width, s.endIndex)], as: UTF8.self).unicodeScalars.first
            guard let scalar, isNameScalar(scalar) else { break }
            i += width
        }
        if i == s.startIndex { return nil }
        let nameBytes = s[s.startIndex..<i]
        if brace {
            guard i < s.endIndex, s[i] == UInt8(ascii: "}") else { return nil }
            i += 1
        }
        var num = 0
        for b in nameBytes {
            if b < 0x30 || b > 0x39 || num >= 100_000_000 {
                num = -1
                break
            }
            num = num * 10 + Int(b - 0x30)
        }
        if nameBytes.first == UInt8(ascii: "0") && nameBytes.count > 1 { num = -1 }
        return (String(decoding: nameBytes, as: UTF8.self), num, s[i...])
    }

    /// `unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'`.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber:
            return true
        default:
            return false
        }
    }
}
