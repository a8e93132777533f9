/// Port of go-yaml's emitter (emitterc.go) for block documents: block mappings and
/// sequences, `{}`/`[]` for empty collections, and the five scalar styles with their line
/// folding. It is driven by `YAMLEncoder` instead of an event queue: the look-ahead checks
/// (`check_empty_*`, `check_simple_key`) are answered from the value.
///
/// `Flavor.v2` is go-yaml v2 (sigs.k8s.io/yaml, `toYaml`): width 80, sequences in mappings not
/// indented. `Flavor.v3` is go-yaml v3 with `SetIndent(2)` (`toYamlPretty`): no folding, every
/// collection indented, tabs allowed in literal blocks, line breaks managed by `put_break`.
struct YAMLEmitter {
    /// Which go-yaml emitter to reproduce.
    enum Flavor { case v2, v3 }

    private(set) var out: [UInt8] = []
    let flavor: Flavor
    private let bestIndent = 2
    private let bestWidth: Int

    private var indent = -1
    private var indents: [Int] = []
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var flowLevel = 0

    private(set) var rootContext = false
    private(set) var sequenceContext = false
    private(set) var mappingContext = false
    private(set) var simpleKeyContext = false

    init(flavor: Flavor = .v2) {
        self.flavor = flavor
        bestWidth = flavor == .v2 ? 80 : Int(Int32.max)
        out.reserveCapacity(256)
    }

    // MARK: Node contexts

    /// emitterc.go `yaml_emitter_emit_node`: records the context of the next node.
    mutating func beginNode(root: Bool, sequence: Bool, mapping: Bool, simpleKey: Bool) {
        rootContext = root
        sequenceContext = sequence
        mappingContext = mapping
        simpleKeyContext = simpleKey
    }

    /// `yaml_emitter_emit_document_end` for an implicit end.
    mutating func endDocument() {
        writeIndent()
    }

    // MARK: Collections

    /// `yaml_emitter_emit_flow_sequence_item`/`flow_mapping_key` for an empty collection.
    mutating func emitEmptyFlow(open: UInt8, close: UInt8) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true, indentless: false)
        flowLevel += 1
        flowLevel -= 1
        popIndent()
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    mutating func beginBlockSequence() {
        increaseIndent(flow: false, indentless: flavor == .v2 && mappingContext && !indention)
    }

    mutating func blockSequenceItem() {
        writeIndent()
        writeIndicator(UInt8(ascii: "-"), needWhitespace: true, isWhitespace: false, isIndention: true)
    }

    mutating func endBlockCollection() {
        popIndent()
    }

    mutating func beginBlockMapping() {
        increaseIndent(flow: false, indentless: false)
    }

    /// Starts a key; returns whether it is a simple key (`key: value`) rather than `? key`.
    mutating func blockMappingKey(simple: Bool) {
        writeIndent()
        if !simple {
            writeIndicator(UInt8(ascii: "?"), needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    mutating func blockMappingValue(simple: Bool) {
        if simple {
            writeIndicator(UInt8(ascii: ":"), needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndent()
            writeIndicator(UInt8(ascii: ":"), needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    // MARK: Scalars

    /// `yaml_emitter_emit_scalar` for an untagged scalar whose requested style is `style`
    /// (implicit for both plain and quoted forms, as go-yaml's encoder emits them).
    mutating func emitScalar(_ value: [UInt8], requested: YAMLScalarStyle, analysis: YAMLScalarAnalysis) {
        let style = selectStyle(value, requested: requested, analysis: analysis)
        // increaseIndent/popIndent around the scalar, without the stack: writing pushes nothing.
        let outer = indent
        indent = increasedIndent(flow: true, indentless: false)
        defer { indent = outer }
        switch style {
        case .plain: writePlain(value, allowBreaks: !simpleKeyContext, analysis: analysis)
        case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKeyContext)
        case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKeyContext)
        case .literal: writeLiteral(value)
        case .folded: writeLiteral(value)
        }
    }

    /// `yaml_emitter_select_scalar_style`.
    private func selectStyle(_ value: [UInt8], requested: YAMLScalarStyle, analysis: YAMLScalarAnalysis) -> YAMLScalarStyle {
        var style = requested
        if simpleKeyContext && analysis.multiline { style = .doubleQuoted }
        if style == .plain {
            if (flowLevel > 0 && !analysis.flowPlainAllowed) || (flowLevel == 0 && !analysis.blockPlainAllowed) {
                style = .singleQuoted
            }
            if value.isEmpty && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
        }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal || style == .folded {
            if !analysis.blockAllowed || flowLevel > 0 || simpleKeyContext { style = .doubleQuoted }
        }
        return style
    }

    // MARK: Low-level writing

    /// `yaml_emitter_increase_indent`. In v3 the step depends on the state the parent pushed;
    /// only a block sequence item pushes BLOCK_SEQUENCE_ITEM_STATE, which `sequenceContext` marks.
    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        indent = increasedIndent(flow: flow, indentless: indentless)
    }

    /// The indent `increaseIndent` moves to.
    private func increasedIndent(flow: Bool, indentless: Bool) -> Int {
        if indent < 0 { return flow ? bestIndent : 0 }
        if indentless { return indent }
        if flavor == .v3 && !sequenceContext { return bestIndent * ((indent + bestIndent) / bestIndent) }
        return indent + bestIndent
    }

    private mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    private mutating func put(_ c: UInt8) {
        out.append(c)
        column += 1
    }

    private mutating func putBreak() {
        out.append(0x0A)
        column = 0
        if flavor == .v3 { indention = true }
    }

    /// Copies one UTF-8 character.
    @inline(__always)
    private mutating func write(_ value: [UInt8], _ i: inout Int) {
        let c = value[i]
        if c < 0x80 {
            out.append(c)
            column += 1
            i += 1
            return
        }
        let w = max(YAMLBytes.width(c), 1)
        let end = min(i + w, value.count)
        out.append(contentsOf: value[i..<end])
        column += 1
        i = end
    }

    private mutating func writeBreak(_ value: [UInt8], _ i: inout Int) {
        if value[i] == 0x0A {
            putBreak()
            i += 1
        } else {
            write(value, &i)
            column = 0
            if flavor == .v3 { indention = true }
        }
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        while column < target { put(0x20) }
        whitespace = true
        if flavor == .v2 { indention = true }
    }

    /// `yaml_emitter_write_indicator` for the one-byte ASCII indicators the emitter writes.
    private mutating func writeIndicator(_ indicator: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private mutating func writePlain(_ value: [UInt8], allowBreaks: Bool, analysis: YAMLScalarAnalysis) {
        if !whitespace && (flavor == .v2 || !value.isEmpty) { put(0x20) }
        if !analysis.singleRun {
            writePlainFolding(value, allowBreaks: allowBreaks)
        } else if analysis.ascii {
            // No space to fold at and no break: the whole value is one run, a column a byte.
            out.append(contentsOf: value)
            column += value.count
        } else {
            var i = 0
            writeRun(value, &i, stopAtSpace: true)
        }
        if flavor == .v2 || !value.isEmpty { whitespace = false }
        indention = false
    }

    /// The body of `yaml_emitter_write_plain_scalar`: spaces (folded past `bestWidth`),
    /// breaks and runs of other characters.
    private mutating func writePlainFolding(_ value: [UInt8], allowBreaks: Bool) {
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            if YAMLBytes.isSpace(value, i) {
                if allowBreaks && !spaces && column > bestWidth && !YAMLBytes.isSpace(value, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else if YAMLBytes.isBreak(value, i) {
                if !breaks && value[i] == 0x0A { putBreak() }
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                writeRun(value, &i, stopAtSpace: true)
                indention = false
                spaces = false
                breaks = false
            }
        }
    }

    private mutating func writeSingleQuoted(_ value: [UInt8], allowBreaks: Bool) {
        writeIndicator(UInt8(ascii: "'"), needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            if YAMLBytes.isSpace(value, i) {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1
                    && !YAMLBytes.isSpace(value, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else if YAMLBytes.isBreak(value, i) {
                if !breaks && value[i] == 0x0A { putBreak() }
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if value[i] == UInt8(ascii: "'") {
                    put(UInt8(ascii: "'"))
                    write(value, &i)
                } else {
                    // The characters up to the next space, break or quote, as this branch
                    // would write them one at a time.
                    writeRun(value, &i, stopAtSpace: true, stopAtQuote: true)
                }
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator(UInt8(ascii: "'"), needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func writeDoubleQuoted(_ value: [UInt8], allowBreaks: Bool) {
        var spaces = false
        writeIndicator(UInt8(ascii: "\""), needWhitespace: true, isWhitespace: false, isIndention: false)
        let bom = YAMLBytes.isBOM(value)
        var i = 0
        while i < value.count {
            let c = value[i]
            if !YAMLBytes.isPrintable(value, i) || bom || YAMLBytes.isBreak(value, i)
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                var w = 1
                var v = UInt32(c & 0x7F)
                if c & 0xE0 == 0xC0 { w = 2; v = UInt32(c & 0x1F) }
                else if c & 0xF0 == 0xE0 { w = 3; v = UInt32(c & 0x0F) }
                else if c & 0xF8 == 0xF0 { w = 4; v = UInt32(c & 0x07) }
                for k in 1..<max(w, 1) where i + k < value.count {
                    v = (v << 6) + UInt32(value[i + k] & 0x3F)
                }
                i += w
                put(UInt8(ascii: "\\"))
                switch v {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(UInt8(ascii: "\""))
                case 0x5C: put(UInt8(ascii: "\\"))
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if v <= 0xFF {
                        put(UInt8(ascii: "x"))
                        digits = 2
                    } else if v <= 0xFFFF {
                        put(UInt8(ascii: "u"))
                        digits = 4
                    } else {
                        put(UInt8(ascii: "U"))
                        digits = 8
                    }
                    var shift = (digits - 1) * 4
                    while shift >= 0 {
                        put(Self.hexDigits[Int((v >> UInt32(shift)) & 0x0F)])
                        shift -= 4
                    }
                }
                spaces = false
            } else if YAMLBytes.isSpace(value, i) {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1 {
                    writeIndent()
                    if YAMLBytes.isSpace(value, i + 1) { put(UInt8(ascii: "\\")) }
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else {
                write(value, &i)
                spaces = false
            }
        }
        writeIndicator(UInt8(ascii: "\""), needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// `yaml_emitter_write_block_scalar_hints`.
    private mutating func writeBlockScalarHints(_ value: [UInt8]) {
        if YAMLBytes.isSpace(value, 0) || YAMLBytes.isBreak(value, 0) {
            writeIndicator(UInt8(ascii: "0") + UInt8(bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: UInt8 = 0
        if value.isEmpty {
            chomp = UInt8(ascii: "-")
        } else {
            var i = value.count - 1
            while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
            if !YAMLBytes.isBreak(value, i) {
                chomp = UInt8(ascii: "-")
            } else if i == 0 {
                chomp = UInt8(ascii: "+")
            } else {
                i -= 1
                while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
                if YAMLBytes.isBreak(value, i) { chomp = UInt8(ascii: "+") }
            }
        }
        if chomp != 0 {
            writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }

    private mutating func writeLiteral(_ value: [UInt8]) {
        writeIndicator(UInt8(ascii: "|"), needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(value)
        putBreak()  // go-yaml v3.0.5: yaml_emitter_process_line_comment_linebreak(emitter, true)
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < value.count {
            if YAMLBytes.isBreak(value, i) {
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                writeRun(value, &i, stopAtSpace: false)
                indention = false
                breaks = false
            }
        }
    }

    /// Copies the characters from `i` up to the next line break (or space, or single quote) in one go (what
    /// `write` does one character at a time), counting one column per character.
    private mutating func writeRun(_ value: [UInt8], _ i: inout Int, stopAtSpace: Bool, stopAtQuote: Bool = false) {
        let start = i
        var characters = 0
        var k = i
        let n = value.count
        while k < n {
            let c = value[k]
            if c < 0x80 {
                if c == 0x0A || c == 0x0D || (stopAtSpace && c == 0x20) || (stopAtQuote && c == 0x27) { break }
                characters += 1
            } else {
                if (c == 0xC2 || c == 0xE2) && YAMLBytes.isBreak(value, k) { break }
                if c & 0xC0 != 0x80 { characters += 1 }
            }
            k += 1
        }
        out.append(contentsOf: value[start..<k])
        column += characters
        i = k
    }
}

extension YAMLEmitter {
    /// Emits one block-mapping key and opens its value node (go-yaml's simple-key rule: a
    /// single-line key of at most 128 bytes).
    mutating func mappingEntryKey(_ keyBytes: [UInt8], requested: YAMLScalarStyle, analysis: YAMLScalarAnalysis) {
        let simple = !analysis.multiline && keyBytes.count <= 128
        blockMappingKey(simple: simple)
        beginNode(root: false, sequence: false, mapping: true, simpleKey: simple)
        emitScalar(keyBytes, requested: requested, analysis: analysis)
        blockMappingValue(simple: simple)
        beginNode(root: false, sequence: false, mapping: true, simpleKey: false)
    }

    /// `[]`, as go-yaml writes an empty sequence.
    mutating func emitEmptySequence() { emitEmptyFlow(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) }

    /// `{}`, as go-yaml writes an empty mapping.
    mutating func emitEmptyMapping() { emitEmptyFlow(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) }

    /// Starts one block-sequence item (`- `) and opens its node.
    mutating func beginSequenceItem() {
        blockSequenceItem()
        beginNode(root: false, sequence: true, mapping: false, simpleKey: false)
    }
}
