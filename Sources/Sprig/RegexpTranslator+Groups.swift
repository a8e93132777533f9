extension RegexpTranslator {
    /// Parses `(?P<name>`, `(?<name>`, `(?flags)` or `(?flags:` at `pos` (Go's `parsePerlFlags`).
    mutating func parsePerlFlags() throws {
        let start = pos
        let remaining = bytes.count - start
        let startsWithP = remaining > 4 && bytes[start + 2] == UInt8(ascii: "P") && bytes[start + 3] == UInt8(ascii: "<")
        let startsWithName = remaining > 3 && bytes[start + 2] == UInt8(ascii: "<")
        if startsWithP || startsWithName {
            let nameStart = start + (startsWithP ? 4 : 3)
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
                throw RegexpError(code: .invalidNamedCapture, expr: text(start, bytes.count))
            }
            let name = text(nameStart, end)
            guard RegexpTranslator.isValidCaptureName(name) else {
                throw RegexpError(code: .invalidNamedCapture, expr: text(start, end + 1))
            }
            names.append(name)
            openGroup("(")
            pos = end + 1
            return
        }

        var newFlags = flags
        var negative = false
        var sawFlag = false
        var i = start + 2
        while i < bytes.count {
            let (c, width) = decodeRune(at: i)
            i += width
            switch c {
            case UInt32(UInt8(ascii: "i")):
                newFlags.foldCase = !negative
                sawFlag = true
            case UInt32(UInt8(ascii: "m")):
                newFlags.oneLine = negative
                sawFlag = true
            case UInt32(UInt8(ascii: "s")):
                newFlags.dotNL = !negative
                sawFlag = true
            case UInt32(UInt8(ascii: "U")):
                newFlags.nonGreedy = !negative
                sawFlag = true
            case UInt32(UInt8(ascii: "-")):
                if negative {
                    throw RegexpError(code: .invalidPerlOp, expr: text(start, i))
                }
                negative = true
                sawFlag = false
            case UInt32(UInt8(ascii: ":")), UInt32(UInt8(ascii: ")")):
                if negative && !sawFlag {
                    throw RegexpError(code: .invalidPerlOp, expr: text(start, i))
                }
                let foldChange = newFlags.foldCase != flags.foldCase
                if c == UInt32(UInt8(ascii: ":")) {
                    openGroup(foldChange ? (newFlags.foldCase ? "(?i:" : "(?-i:") : "(?:")
                } else if foldChange {
                    frames[frames.count - 1].pieces.append(
                        Piece(text: newFlags.foldCase ? "(?i)" : "(?-i)", isAtom: false))
                }
                flags = newFlags
                pos = i
                return
            default:
                throw RegexpError(code: .invalidPerlOp, expr: text(start, i))
            }
        }
        throw RegexpError(code: .invalidPerlOp, expr: text(start, bytes.count))
    }

    /// Go's `isValidCaptureName`: one or more of `[A-Za-z0-9_]`.
    static func isValidCaptureName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { b in
            b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
    }

    /// Parses a backslash sequence outside a class: assertions, `\Q...\E`, Unicode and Perl
    /// classes, or a single escaped character.
    mutating func parseBackslash() throws {
        if pos + 1 < bytes.count {
            switch bytes[pos + 1] {
            case UInt8(ascii: "A"):
                pushAtom("(?:\\A)")
                pos += 2
                return
            case UInt8(ascii: "b"):
                pushAtom("(?:\\b)")
                pos += 2
                return
            case UInt8(ascii: "B"):
                pushAtom("(?:\\B)")
                pos += 2
                return
            case UInt8(ascii: "C"):
                throw RegexpError(code: .invalidEscape, expr: text(pos, pos + 2))
            case UInt8(ascii: "Q"):
                var i = pos + 2
                var end = bytes.count
                var next = bytes.count
                while i + 1 < bytes.count {
                    if bytes[i] == UInt8(ascii: "\\") && bytes[i + 1] == UInt8(ascii: "E") {
                        end = i
                        next = i + 2
                        break
                    }
                    i += 1
                }
                var j = pos + 2
                while j < end {
                    let (r, width) = decodeRune(at: j)
                    pushLiteral(r)
                    j += width
                }
                pos = next
                return
            case UInt8(ascii: "z"):
                pushAtom("(?:\\z)")
                pos += 2
                return
            default:
                break
            }
        }
        if pos + 1 < bytes.count && (bytes[pos + 1] == UInt8(ascii: "p") || bytes[pos + 1] == UInt8(ascii: "P")) {
            let (items, after) = try parseUnicodeClass(at: pos)
            pos = after
            pushAtom(RegexpTranslator.classText(items, negated: false))
            return
        }
        if let items = perlClassItems(at: pos) {
            pos += 2
            pushAtom(RegexpTranslator.classText(items, negated: false))
            return
        }
        let r = try parseEscape()
        pushLiteral(r)
    }

    /// Go's `parseEscape`: a single escaped character at `pos`, advancing past it.
    mutating func parseEscape() throws -> UInt32 {
        let start = pos
        var i = pos + 1
        guard i < bytes.count else {
            throw RegexpError(code: .trailingBackslash, expr: "")
        }
        let (c, width) = decodeRune(at: i)
        i += width
        func fail(_ end: Int) -> RegexpError {
            RegexpError(code: .invalidEscape, expr: text(start, end))
        }
        func isOctal(_ at: Int) -> Bool {
            at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "7")
        }
        switch c {
        case 0x31...0x37, 0x30:  // octal; a single non-zero digit would be a backreference
            if c != 0x30 && !isOctal(i) { throw fail(i) }
            var r = c - 0x30
            for _ in 1..<3 {
                guard isOctal(i) else { break }
                r = r * 8 + UInt32(bytes[i] - 0x30)
                i += 1
            }
            pos = i
            return r
        case UInt32(UInt8(ascii: "x")):
            guard i < bytes.count else { throw fail(i) }
            let (c1, w1) = decodeRune(at: i)
            i += w1
            if c1 == UInt32(UInt8(ascii: "{")) {
                var nhex = 0
                var r: UInt32 = 0
                while true {
                    guard i < bytes.count else { throw fail(i) }
                    let (d, wd) = decodeRune(at: i)
                    i += wd
                    if d == UInt32(UInt8(ascii: "}")) { break }
                    guard let v = RegexpTranslator.unhex(d) else { throw fail(i) }
                    r = r * 16 + v
                    if r > 0x10FFFF { throw fail(i) }
                    nhex += 1
                }
                if nhex == 0 { throw fail(i) }
                pos = i
                return r
            }
            let (c2, w2) = decodeRune(at: i)
            i += w2
            guard let x = RegexpTranslator.unhex(c1), let y = RegexpTranslator.unhex(c2) else { throw fail(i) }
            pos = i
            return x * 16 + y
        case UInt32(UInt8(ascii: "a")): pos = i; return 0x07
        case UInt32(UInt8(ascii: "f")): pos = i; return 0x0C
        case UInt32(UInt8(ascii: "n")): pos = i; return 0x0A
        case UInt32(UInt8(ascii: "r")): pos = i; return 0x0D
        case UInt32(UInt8(ascii: "t")): pos = i; return 0x09
        case UInt32(UInt8(ascii: "v")): pos = i; return 0x0B
        default:
            let isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if c < 0x80 && !isAlnum {
                pos = i
                return c
            }
            throw fail(i)
        }
    }

    static func unhex(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}
