extension Lexer {
    /// The keyword, or `true`/`false` as `.bool`, spelled by the bytes `start..<end` of the
    /// input (Go's `key` map), matched on the bytes without making a String.
    func keyword(_ start: Int, _ end: Int) -> TokenKind? {
        switch end - start {
        case 2:
            return matches("if", start) ? .if : nil
        case 3:
            if matches("end", start) { return .end }
            return matches("nil", start) ? .nil : nil
        case 4:
            switch input[start] {
            case UInt8(ascii: "e"): return matches("else", start) ? .else : nil
            case UInt8(ascii: "w"): return matches("with", start) ? .with : nil
            case UInt8(ascii: "t"): return matches("true", start) ? .bool : nil
            default: return nil
            }
        case 5:
            switch input[start] {
            case UInt8(ascii: "b"):
                if matches("block", start) { return .block }
                return matches("break", start) ? .break : nil
            case UInt8(ascii: "r"): return matches("range", start) ? .range : nil
            case UInt8(ascii: "f"): return matches("false", start) ? .bool : nil
            default: return nil
            }
        case 6:
            return matches("define", start) ? .define : nil
        case 8:
            if matches("template", start) { return .template }
            return matches("continue", start) ? .continue : nil
        default:
            return nil
        }
    }

    /// Whether the input holds the ASCII `word` at `start` (the caller checked the length).
    private func matches(_ word: StaticString, _ start: Int) -> Bool {
        let p = word.utf8Start
        var k = 0
        while k < word.utf8CodeUnitCount {
            if input[start + k] != p[k] { return false }
            k += 1
        }
        return true
    }
}
