/// The scalar styles of go-yaml v2's emitter (yamlh.go `yaml_scalar_style_t`).
enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// emitterc.go `yaml_emitter_analyze_scalar`: which styles can represent a scalar.
struct YAMLScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = false
    /// No space and no line break: plain writing copies the whole value in one run.
    var singleRun = true
    /// Every byte is ASCII, so the value spans one column per byte.
    var ascii = true

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    /// `tabsAllowed` is go-yaml v3's rule: a tab only rules out plain and single-quoted styles.
    init(_ value: [UInt8], tabsAllowed: Bool = false) {
        if value.isEmpty { return }
        var tabCharacters = false
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false
        var leadingBreak = false
        var trailingSpace = false
        var trailingBreak = false
        var breakSpace = false
        var spaceBreak = false
        var precededByWhitespace = true
        var previousSpace = false
        var previousBreak = false
        var anySpace = false

        if value.count >= 3,
           (value[0] == UInt8(ascii: "-") && value[1] == UInt8(ascii: "-") && value[2] == UInt8(ascii: "-"))
            || (value[0] == UInt8(ascii: ".") && value[1] == UInt8(ascii: ".") && value[2] == UInt8(ascii: ".")) {
            blockIndicators = true
            flowIndicators = true
        }

        var i = 0
        let count = value.count
        while i < count {
            let c = value[i]
            let ascii = c < 0x80
            if !ascii { self.ascii = false }
            let w = ascii ? 1 : YAMLBytes.width(c)
            let followedByWhitespace = i + w >= count || YAMLBytes.isBlank(value, i + w)
            if i == 0 {
                switch c {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                     UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                     UInt8(ascii: "`"):
                    flowIndicators = true
                    blockIndicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "-"):
                    if followedByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            } else {
                switch c {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"):
                    flowIndicators = true
                case UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "#"):
                    if precededByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            }

            if tabsAllowed && c == 0x09 {
                tabCharacters = true
            } else if ascii ? !(c == 0x0A || (c >= 0x20 && c <= 0x7E)) : !YAMLBytes.isPrintable(value, i) {
                specialCharacters = true
            }
            if c == 0x20 {
                anySpace = true
                if i == 0 { leadingSpace = true }
                if i + w == count { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if ascii ? (c == 0x0A || c == 0x0D) : YAMLBytes.isBreak(value, i) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i + w == count { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = ascii ? (c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0)
                : YAMLBytes.isBlankz(value, i)
            i += max(w, 1)
        }

        multiline = lineBreaks
        singleRun = !lineBreaks && !anySpace
        flowPlainAllowed = true
        blockPlainAllowed = true
        singleQuotedAllowed = true
        blockAllowed = true
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || tabCharacters || specialCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            blockAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}

/// yamlprivateh.go character classes over UTF-8 bytes. Reads past the end see NUL, as in C.
enum YAMLBytes {
    @inline(__always)
    static func at(_ b: [UInt8], _ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }

    @inline(__always)
    static func width(_ c: UInt8) -> Int {
        if c & 0x80 == 0 { return 1 }
        if c & 0xE0 == 0xC0 { return 2 }
        if c & 0xF0 == 0xE0 { return 3 }
        if c & 0xF8 == 0xF0 { return 4 }
        return 0
    }

    @inline(__always)
    static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i), c1 = at(b, i + 1), c2 = at(b, i + 2)
        return c == 0x0A
            || (c >= 0x20 && c <= 0x7E)
            || (c == 0xC2 && c1 >= 0xA0)
            || (c > 0xC2 && c < 0xED)
            || (c == 0xED && c1 < 0xA0)
            || c == 0xEE
            || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
    }

    @inline(__always)
    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { at(b, i) == 0x20 }

    @inline(__always)
    static func isBlank(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == 0x20 || c == 0x09
    }

    @inline(__always)
    static func isBreak(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == 0x0D || c == 0x0A
            || (c == 0xC2 && at(b, i + 1) == 0x85)
            || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
    }

    @inline(__always)
    static func isBlankz(_ b: [UInt8], _ i: Int) -> Bool {
        isBlank(b, i) || isBreak(b, i) || at(b, i) == 0
    }

    /// yamlprivateh.go `is_bom` — which, as in go-yaml, looks at the start of the value.
    static func isBOM(_ b: [UInt8]) -> Bool {
        at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF
    }
}
