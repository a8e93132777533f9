import GoRuntime

/// The structural states of BurntSushi/toml's lexer (`lexTop` … `lexInlineTableEnd`, `lexComment`).
extension TOMLScanner {
    // Characters used by the states.
    static let hash: UInt32 = 35, lbracket: UInt32 = 91, rbracket: UInt32 = 93, dot: UInt32 = 46
    static let quote: UInt32 = 34, apostrophe: UInt32 = 39, equals: UInt32 = 61, comma: UInt32 = 44
    static let lbrace: UInt32 = 123, rbrace: UInt32 = 125, backslash: UInt32 = 92
    /// v1.4.0's `errLexInlineTableNL`.
    static let inlineTableNewline = "newlines not allowed within inline tables"

    /// Runs one state and returns the next (nil stops lexing).
    mutating func step(_ s: State) -> State? {
        switch s {
        case .top: return lexTop()
        case .topEnd: return lexTopEnd()
        case .tableStart: return lexTableStart()
        case .tableEnd:
            emit(.tableEnd)
            return .topEnd
        case .arrayTableEnd:
            let r = next()
            if r != TOMLScanner.rbracket {
                return errorf("expected end of table array name delimiter ']', but got \(TOMLScanner.quoteRune(r)) instead")
            }
            emit(.arrayTableEnd)
            return .topEnd
        case .tableNameStart: return lexTableNameStart()
        case .tableNameEnd: return lexTableNameEnd()
        case .bareName:
            let r = next()
            if TOMLScanner.isBareKeyChar(r) { return .bareName }
            backup()
            emit(.text)
            return pop()
        case .quotedName: return lexQuotedName()
        case .keyStart: return lexKeyStart()
        case .keyNameStart: return lexKeyNameStart()
        case .keyEnd: return lexKeyEnd()
        case .value: return lexValue()
        case .arrayValue: return lexArrayValue()
        case .arrayValueEnd: return lexArrayValueEnd()
        case .arrayEnd, .inlineTableEnd:
            ignore()
            emit(s == .arrayEnd ? .arrayEnd : .inlineTableEnd)
            return pop()
        case .inlineTableValue: return lexInlineTableValue()
        case .inlineTableValueEnd: return lexInlineTableValueEnd()
        case .commentStart:
            ignore()
            emit(.commentStart)
            return .comment
        case .comment:
            let r = next()
            if TOMLScanner.isNL(r) || r == TOMLScanner.eof {
                backup()
                emit(.text)
                return pop()
            }
            return .comment
        default: return stepValue(s)
        }
    }

    mutating func lexTop() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) || TOMLScanner.isNL(r) {
            ignore()
            return .top
        }
        switch r {
        case TOMLScanner.hash:
            push(.top)
            return .commentStart
        case TOMLScanner.lbracket:
            return .tableStart
        case TOMLScanner.eof:
            if pos > start { return errorf("unexpected EOF") }
            emit(.eof)
            return nil
        default:
            backup()
            push(.topEnd)
            return .keyStart
        }
    }

    mutating func lexTopEnd() -> State? {
        let r = next()
        if r == TOMLScanner.hash {
            push(.top)
            return .commentStart
        }
        if TOMLScanner.isWhitespace(r) { return .topEnd }
        if TOMLScanner.isNL(r) {
            ignore()
            return .top
        }
        if r == TOMLScanner.eof {
            emit(.eof)
            return nil
        }
        return errorf("expected a top-level item to end with a newline, comment, or EOF, but got \(TOMLScanner.quoteRune(r)) instead")
    }

    mutating func lexTableStart() -> State? {
        if peek() == TOMLScanner.lbracket {
            _ = next()
            emit(.arrayTableStart)
            push(.arrayTableEnd)
        } else {
            emit(.tableStart)
            push(.tableEnd)
        }
        return .tableNameStart
    }

    mutating func lexTableNameStart() -> State? {
        skip(TOMLScanner.isWhitespace)
        let r = peek()
        if r == TOMLScanner.rbracket || r == TOMLScanner.eof {
            return errorf("unexpected end of table name (table names cannot be empty)")
        }
        if r == TOMLScanner.dot { return errorf("unexpected table separator (table names cannot be empty)") }
        if r == TOMLScanner.quote || r == TOMLScanner.apostrophe {
            ignore()
            push(.tableNameEnd)
            return .quotedName
        }
        push(.tableNameEnd)
        return .bareName
    }

    mutating func lexTableNameEnd() -> State? {
        skip(TOMLScanner.isWhitespace)
        let r = next()
        if TOMLScanner.isWhitespace(r) { return .tableNameEnd }
        if r == TOMLScanner.dot {
            ignore()
            return .tableNameStart
        }
        if r == TOMLScanner.rbracket { return pop() }
        return errorf("expected '.' or ']' to end table name, but got \(TOMLScanner.quoteRune(r)) instead")
    }

    mutating func lexQuotedName() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) {
            ignore()
            return .value
        }
        switch r {
        case TOMLScanner.quote:
            ignore()
            return .string
        case TOMLScanner.apostrophe:
            ignore()
            return .rawString
        case TOMLScanner.eof:
            return errorf("unexpected EOF; expected value")
        default:
            return errorf("expected value but found \(TOMLScanner.quoteRune(r)) instead")
        }
    }

    mutating func lexKeyStart() -> State? {
        skip(TOMLScanner.isWhitespace)
        let r = peek()
        if r == TOMLScanner.equals || r == TOMLScanner.eof { return errorf("unexpected '=': key name appears blank") }
        if r == TOMLScanner.dot { return errorf("unexpected '.': keys cannot start with a '.'") }
        if r == TOMLScanner.quote || r == TOMLScanner.apostrophe { ignore() }
        emit(.keyStart)
        return .keyNameStart
    }

    mutating func lexKeyNameStart() -> State? {
        skip(TOMLScanner.isWhitespace)
        let r = peek()
        if r == TOMLScanner.equals || r == TOMLScanner.eof { return errorf("unexpected '='") }
        if r == TOMLScanner.dot { return errorf("unexpected '.'") }
        if r == TOMLScanner.quote || r == TOMLScanner.apostrophe {
            ignore()
            push(.keyEnd)
            return .quotedName
        }
        push(.keyEnd)
        return .bareName
    }

    mutating func lexKeyEnd() -> State? {
        skip(TOMLScanner.isWhitespace)
        let r = next()
        if TOMLScanner.isWhitespace(r) {
            ignore()
            return .keyEnd
        }
        switch r {
        case 10 where release.reportsNewlineOnItsLine:
            return errorPrevLine("expected '.' or '=', but got '\\n' instead")
        case TOMLScanner.eof: return errorf("unexpected EOF; expected key separator '='")
        case TOMLScanner.dot:
            ignore()
            return .keyNameStart
        case TOMLScanner.equals:
            emit(.keyEnd)
            ignore()
            return .value
        default:
            return errorf("expected '.' or '=', but got \(TOMLScanner.quoteRune(r)) instead")
        }
    }

    mutating func lexArrayValue() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) || TOMLScanner.isNL(r) {
            ignore()
            return .arrayValue
        }
        switch r {
        case TOMLScanner.hash:
            push(.arrayValue)
            return .commentStart
        case TOMLScanner.comma: return errorf("unexpected comma")
        case TOMLScanner.rbracket: return .arrayEnd
        default:
            backup()
            push(.arrayValueEnd)
            return .value
        }
    }

    mutating func lexArrayValueEnd() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) || TOMLScanner.isNL(r) {
            ignore()
            return .arrayValueEnd
        }
        switch r {
        case TOMLScanner.hash:
            push(.arrayValueEnd)
            return .commentStart
        case TOMLScanner.comma:
            ignore()
            return .arrayValue
        case TOMLScanner.rbracket: return .arrayEnd
        default:
            return errorf("expected a comma (',') or array terminator (']'), but got \(TOMLScanner.runeOrEOF(r))")
        }
    }

    mutating func lexInlineTableValue() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) {
            ignore()
            return .inlineTableValue
        }
        if TOMLScanner.isNL(r) {
            guard release.tomlNext else { return errorPrevLine(TOMLScanner.inlineTableNewline) }
            ignore()
            return .inlineTableValue
        }
        switch r {
        case TOMLScanner.hash:
            push(.inlineTableValue)
            return .commentStart
        case TOMLScanner.comma: return errorf("unexpected comma")
        case TOMLScanner.rbrace: return .inlineTableEnd
        default:
            backup()
            push(.inlineTableValueEnd)
            return .keyStart
        }
    }

    mutating func lexInlineTableValueEnd() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) {
            ignore()
            return .inlineTableValueEnd
        }
        if TOMLScanner.isNL(r) {
            guard release.tomlNext else { return errorPrevLine(TOMLScanner.inlineTableNewline) }
            ignore()
            return .inlineTableValueEnd
        }
        switch r {
        case TOMLScanner.hash:
            push(.inlineTableValueEnd)
            return .commentStart
        case TOMLScanner.comma:
            ignore()
            skip(TOMLScanner.isWhitespace)
            if peek() == TOMLScanner.rbrace {
                guard release.tomlNext else { return errorf("trailing comma not allowed in inline tables") }
                return .inlineTableValueEnd
            }
            return .inlineTableValue
        case TOMLScanner.rbrace: return .inlineTableEnd
        default:
            return errorf("expected a comma or an inline table terminator '}', but got \(TOMLScanner.runeOrEOF(r)) instead")
        }
    }
}
