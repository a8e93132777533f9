/// Ports of the Masterminds/goutils v1.1.1 string helpers Sprig calls.
///
/// Several of them walk the string byte by byte and treat each byte as a rune
/// (`rune(str[i])`), which re-encodes non-ASCII bytes as Latin-1 characters; that is
/// reproduced on purpose.
enum GoUtils {
    /// `AbbreviateFull(str, offset, maxWidth)`; the empty string where goutils returns an error.
    static func abbreviate(_ str: String, offset: Int64, maxWidth: Int64) -> String {
        let bytes = Array(str.utf8)
        return GoStrings.string(abbreviate(bytes, offset: offset, maxWidth: maxWidth))
    }

    private static func abbreviate(_ str: [UInt8], offset requestedOffset: Int64, maxWidth: Int64) -> [UInt8] {
        if str.isEmpty { return [] }
        if maxWidth < 4 { return [] }
        let length = Int64(str.count)
        if length <= maxWidth { return str }
        var offset = requestedOffset
        if offset > length { offset = length }
        if length - offset < maxWidth - 3 { offset = length - (maxWidth - 3) }
        let marker = Array("...".utf8)
        if offset <= 4 { return Array(str[0..<Int(maxWidth - 3)]) + marker }
        if maxWidth < 7 { return [] }
        if offset + maxWidth - 3 < length {
            return marker + abbreviate(Array(str[Int(offset)...]), offset: 0, maxWidth: maxWidth - 3)
        }
        return marker + str[Int(length - (maxWidth - 3))...]
    }

    /// `WrapCustom(str, wrapLength, newLineStr, wrapLongWords)`; `Wrap` is
    /// `WrapCustom(str, l, "", false)`.
    static func wrap(_ s: String, length: Int64, newLine: String, wrapLongWords: Bool) -> String {
        let str = Array(s.utf8)
        if str.isEmpty { return "" }
        let newLineStr = newLine.isEmpty ? Array("\n".utf8) : Array(newLine.utf8)
        let wrapLength = Int(max(length, 1))
        let inputLineLength = str.count
        var offset = 0
        var out: [UInt8] = []
        let space = UInt8(ascii: " ")
        while inputLineLength - offset > wrapLength {
            if str[offset] == space {
                offset += 1
                continue
            }
            let end = wrapLength + offset + 1
            let spaceToWrapAt = (str[offset..<end].lastIndex(of: space) ?? offset - 1)
            if spaceToWrapAt >= offset {
                out += str[offset..<spaceToWrapAt]
                out += newLineStr
                offset = spaceToWrapAt + 1
            } else if wrapLongWords {
                out += str[offset..<(wrapLength + offset)]
                out += newLineStr
                offset += wrapLength
            } else {
                let wordEnd = wrapLength + offset
                if let index = str[wordEnd...].firstIndex(of: space) {
                    out += str[offset..<index]
                    out += newLineStr
                    offset = index + 1
                } else {
                    out += str[offset...]
                    offset = inputLineLength
                }
            }
        }
        out += str[offset...]
        return GoStrings.string(out)
    }

    /// `DeleteWhiteSpace`: drops bytes whose Latin-1 reading is a space; if any were
    /// dropped, every other byte is re-encoded as a Latin-1 character.
    static func deleteWhiteSpace(_ s: String) -> String {
        if s.isEmpty { return s }
        var out = String.UnicodeScalarView()
        var kept = 0
        for byte in s.utf8 {
            let r = Unicode.Scalar(byte)
            if !GoUnicode.isSpace(r) {
                out.append(r)
                kept += 1
            }
        }
        return kept == s.utf8.count ? s : String(out)
    }

    /// `Initials(str)`: the first byte (as a Latin-1 character) of each space-separated word.
    static func initials(_ s: String) -> String {
        if s.isEmpty { return s }
        var out = String.UnicodeScalarView()
        var lastWasGap = true
        for byte in s.utf8 {
            let r = Unicode.Scalar(byte)
            if GoUnicode.isSpace(r) {
                lastWasGap = true
            } else if lastWasGap {
                out.append(r)
                lastWasGap = false
            }
        }
        return String(out)
    }

    /// `SwapCase`: upper and title become lower; lower becomes title at a word start,
    /// upper elsewhere.
    static func swapCase(_ s: String) -> String {
        if s.isEmpty { return s }
        var whitespace = true
        return GoUnicode.map(s) { r in
            if GoUnicode.isUpper(r) || GoUnicode.isTitle(r) {
                whitespace = false
                return GoUnicode.toLower(r)
            }
            if GoUnicode.isLower(r) {
                if whitespace {
                    whitespace = false
                    return GoUnicode.toTitle(r)
                }
                return GoUnicode.toUpper(r)
            }
            whitespace = GoUnicode.isSpace(r)
            return r
        }
    }

    /// `Uncapitalize(str)`: lower-cases the first rune of each whitespace-separated word.
    static func uncapitalize(_ s: String) -> String {
        if s.isEmpty { return s }
        var next = true
        return GoUnicode.map(s) { r in
            if GoUnicode.isSpace(r) {
                next = true
                return r
            }
            if next {
                next = false
                return GoUnicode.toLower(r)
            }
            return r
        }
    }
}
