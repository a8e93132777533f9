import GoRuntime

/// The value states of BurntSushi/toml's lexer: strings, escapes, numbers, datetimes, booleans.
extension TOMLScanner {
    mutating func stepValue(_ s: State) -> State? {
        switch s {
        case .string: return lexString()
        case .multilineString: return lexMultilineString()
        case .rawString: return lexRawString()
        case .multilineRawString: return lexMultilineRawString()
        case .multilineStringEscape:
            if TOMLScanner.isNL(next()) { return .multilineString }
            backup()
            push(.multilineString)
            return lexStringEscape()
        case .stringEscape: return lexStringEscape()
        case .hexEscape: return lexHexDigits(2, "expected two hexadecimal digits after '\\x'")
        case .shortUnicodeEscape: return lexHexDigits(4, "expected four hexadecimal digits after '\\u'")
        case .longUnicodeEscape: return lexHexDigits(8, "expected eight hexadecimal digits after '\\U'")
        case .numberOrDateStart:
            let r = next()
            if r == 48 { return .baseNumberOrDate }
            if !TOMLScanner.isDigit(r) { return errorf("expected a digit but got \(TOMLScanner.quoteRune(r))") }
            return .numberOrDate
        case .numberOrDate:
            let r = next()
            if TOMLScanner.isDigit(r) { return .numberOrDate }
            switch r {
            case 45, 58: return .datetime
            case 95: return .decimalNumber
            case 46, 101, 69: return .float
            default: return emitPop(.integer)
            }
        case .datetime:
            let r = next()
            if TOMLScanner.isDigit(r) { return .datetime }
            switch r {
            case 45, 58, 84, 116, 32, 46, 90, 122, 43: return .datetime
            default:
                backup()
                emitTrim(.datetime)
                return pop()
            }
        case .hexInteger: return lexInteger(TOMLScanner.isHex, .hexInteger)
        case .octalInteger: return lexInteger(TOMLScanner.isOctal, .octalInteger)
        case .binaryInteger: return lexInteger(TOMLScanner.isBinary, .binaryInteger)
        case .decimalNumber:
            let r = next()
            if TOMLScanner.isDigit(r) || r == 95 { return .decimalNumber }
            if r == 46 || r == 101 || r == 69 { return .float }
            return emitPop(.integer)
        case .decimalNumberStart: return lexDecimalNumberStart()
        case .baseNumberOrDate: return lexBaseNumberOrDate()
        case .float:
            let r = next()
            if TOMLScanner.isDigit(r) { return .float }
            switch r {
            case 95, 46, 45, 43, 101, 69: return .float
            default: return emitPop(.float)
            }
        case .bool: return lexBool()
        default: return errorf("BUG in lexer: unknown state")
        }
    }

    mutating func emitPop(_ type: ItemType) -> State? {
        backup()
        emit(type)
        return pop()
    }

    mutating func lexInteger(_ pred: (UInt32) -> Bool, _ again: State) -> State? {
        let r = next()
        if pred(r) || r == 95 { return again }
        return emitPop(.integer)
    }

    mutating func lexValue() -> State? {
        let r = next()
        if TOMLScanner.isWhitespace(r) {
            ignore()
            return .value
        }
        if TOMLScanner.isDigit(r) {
            backup()
            return .numberOrDateStart
        }
        switch r {
        case TOMLScanner.lbracket:
            ignore()
            emit(.array)
            return .arrayValue
        case TOMLScanner.lbrace:
            ignore()
            emit(.inlineTableStart)
            return .inlineTableValue
        case TOMLScanner.quote:
            if accept(TOMLScanner.quote) {
                if accept(TOMLScanner.quote) {
                    ignore()
                    return .multilineString
                }
                backup()
            }
            ignore()
            return .string
        case TOMLScanner.apostrophe:
            if accept(TOMLScanner.apostrophe) {
                if accept(TOMLScanner.apostrophe) {
                    ignore()
                    return .multilineRawString
                }
                backup()
            }
            ignore()
            return .rawString
        case TOMLScanner.dot:
            return errorf("floats must start with a digit, not '.'")
        case 105, 110:  // 'i', 'n'
            if (accept(110) && accept(102)) || (accept(97) && accept(110)) {
                emit(.float)
                return pop()
            }
        case 45, 43:
            return .decimalNumberStart
        default: break
        }
        if TOMLScanner.isLetter(r) {
            backup()
            return .bool
        }
        if r == TOMLScanner.eof { return errorf("unexpected EOF; expected value") }
        if r == 10 && release.reportsNewlineOnItsLine { return errorPrevLine("expected value but found '\\n' instead") }
        return errorf("expected value but found \(TOMLScanner.quoteRune(r)) instead")
    }

    mutating func lexString() -> State? {
        let r = next()
        if r == TOMLScanner.eof { return errorf("unexpected EOF; expected '\"'") }
        if TOMLScanner.isNL(r) { return errorPrevLine("strings cannot contain newlines") }
        if r == TOMLScanner.backslash {
            push(.string)
            return .stringEscape
        }
        if r == TOMLScanner.quote {
            backup()
            emit(.string)
            _ = next()
            ignore()
            return pop()
        }
        return .string
    }

    mutating func lexMultilineString() -> State? {
        let r = next()
        switch r {
        case TOMLScanner.eof: return errorf("unexpected EOF; expected '\"\"\"'")
        case TOMLScanner.backslash: return .multilineStringEscape
        case TOMLScanner.quote:
            if accept(TOMLScanner.quote) {
                if accept(TOMLScanner.quote) {
                    if peek() == TOMLScanner.quote {
                        let cur = current
                        if cur.hasSuffix("\"\"\"\"\"") && !cur.hasSuffix("\\\"\"\"\"\"") {
                            return errorf("unexpected '\"\"\"\"\"\"'")
                        }
                        backup()
                        backup()
                        return .multilineString
                    }
                    backup()
                    backup()
                    backup()
                    emit(.multilineString)
                    _ = next()
                    _ = next()
                    _ = next()
                    ignore()
                    return pop()
                }
                backup()
            }
            return .multilineString
        default: return .multilineString
        }
    }

    mutating func lexRawString() -> State? {
        let r = next()
        if r == TOMLScanner.eof { return errorf("unexpected EOF; expected \"'\"") }
        if TOMLScanner.isNL(r) { return errorPrevLine("strings cannot contain newlines") }
        if r == TOMLScanner.apostrophe {
            backup()
            emit(.rawString)
            _ = next()
            ignore()
            return pop()
        }
        return .rawString
    }

    mutating func lexMultilineRawString() -> State? {
        let r = next()
        switch r {
        case TOMLScanner.eof: return errorf("unexpected EOF; expected \"'''\"")
        case TOMLScanner.apostrophe:
            if accept(TOMLScanner.apostrophe) {
                if accept(TOMLScanner.apostrophe) {
                    if peek() == TOMLScanner.apostrophe {
                        if current.hasSuffix("'''''") { return errorf("unexpected \"''''''\"") }
                        backup()
                        backup()
                        return .multilineRawString
                    }
                    backup()
                    backup()
                    backup()
                    emit(.rawMultilineString)
                    _ = next()
                    _ = next()
                    _ = next()
                    ignore()
                    return pop()
                }
                backup()
            }
            return .multilineRawString
        default: return .multilineRawString
        }
    }

    mutating func lexStringEscape() -> State? {
        let r = next()
        switch r {
        case 101 where release.tomlNext, 98, 116, 110, 102, 114, 34, 32, 9, 92:  // e b t n f r " space tab backslash
            return pop()
        case 120 where release.tomlNext: return .hexEscape
        case 117: return .shortUnicodeEscape
        case 85: return .longUnicodeEscape
        default:
            let c = Unicode.Scalar(r).map { String(Character($0)) } ?? "\u{FFFD}"
            return error("invalid escape in string '\\" + c + "'")
        }
    }

    mutating func lexHexDigits(_ n: Int, _ message: String) -> State? {
        for _ in 0..<n {
            let r = next()
            if !TOMLScanner.isHex(r) {
                return errorf(message + ", but got " + Strconv.quote(current) + " instead")
            }
        }
        return pop()
    }

    mutating func lexDecimalNumberStart() -> State? {
        let r = next()
        switch r {
        case 105:
            if !accept(110) || !accept(102) { return errorf("invalid float: '\(current)'") }
            emit(.float)
            return pop()
        case 110:
            if !accept(97) || !accept(110) { return errorf("invalid float: '\(current)'") }
            emit(.float)
            return pop()
        case 48:
            let p = peek()
            if p == 98 || p == 111 || p == 120 {
                let c = Unicode.Scalar(p).map { String(Character($0)) } ?? ""
                return errorf("cannot use sign with non-decimal numbers: '\(current)\(c)'")
            }
        case TOMLScanner.dot:
            return errorf("floats must start with a digit, not '.'")
        default: break
        }
        if TOMLScanner.isDigit(r) { return .decimalNumber }
        return errorf("expected a digit but got \(TOMLScanner.quoteRune(r))")
    }

    mutating func lexBaseNumberOrDate() -> State? {
        let r = next()
        if TOMLScanner.isDigit(r) { return .numberOrDate }
        switch r {
        case 95: return .decimalNumber
        case 46, 101, 69: return .float
        case 98:
            let p = peek()
            if !TOMLScanner.isBinary(p) { _ = errorf("not a binary number: '\(current)\(TOMLScanner.char(p))'") }
            return .binaryInteger
        case 111:
            let p = peek()
            if !TOMLScanner.isOctal(p) { _ = errorf("not an octal number: '\(current)\(TOMLScanner.char(p))'") }
            return .octalInteger
        case 120:
            let p = peek()
            if !TOMLScanner.isHex(p) { _ = errorf("not a \(release.hexadecimalWord) number: '\(current)\(TOMLScanner.char(p))'") }
            return .hexInteger
        default:
            return emitPop(.integer)
        }
    }

    mutating func lexBool() -> State? {
        var rs = ""
        while true {
            let r = next()
            if !TOMLScanner.isLetter(r) {
                backup()
                break
            }
            rs.unicodeScalars.append(Unicode.Scalar(r) ?? "\u{FFFD}")
        }
        if rs == "true" || rs == "false" {
            emit(.bool)
            return pop()
        }
        return errorf("expected value but found \(Strconv.quote(rs)) instead")
    }

    /// Go's `%c` of a rune (`\x00` for EOF is printed as the NUL byte).
    static func char(_ r: UInt32) -> String {
        Unicode.Scalar(r).map { String(Character($0)) } ?? "\u{FFFD}"
    }
}
