extension Printer {
    /// Verb dispatch for floats with each verb's default precision (Go's `pp.fmtFloat`).
    mutating func fmtFloatVerb(_ v: Double, verb: UInt32, value: Value) {
        switch verb {
        case Verb.v: fmtFloat(v, verb: "g", defaultPrecision: -1)
        case Verb.b: fmtFloat(v, verb: "b", defaultPrecision: -1)
        case Verb.g: fmtFloat(v, verb: "g", defaultPrecision: -1)
        case Verb.G: fmtFloat(v, verb: "G", defaultPrecision: -1)
        case Verb.x: fmtFloat(v, verb: "x", defaultPrecision: -1)
        case Verb.X: fmtFloat(v, verb: "X", defaultPrecision: -1)
        case Verb.f, Verb.F: fmtFloat(v, verb: "f", defaultPrecision: 6)
        case Verb.e: fmtFloat(v, verb: "e", defaultPrecision: 6)
        case Verb.E: fmtFloat(v, verb: "E", defaultPrecision: 6)
        default: badVerb(verb, value)
        }
    }

    /// Formats a float64 with sign, `#`, zero padding and width (Go's `fmt.fmtFloat`).
    mutating func fmtFloat(_ v: Double, verb: Character, defaultPrecision: Int) {
        let precision = flags.precPresent ? prec : defaultPrecision
        // Format the number, reserving a leading byte for the sign.
        var num: [UInt8] = [UInt8(ascii: "+")]
        let text = FloatFormat.format(v, verb, precision: precision).utf8
        num.reserveCapacity(text.count + 8)
        num.append(contentsOf: text)
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") {
            num.removeFirst()
        }
        // The space flag adds a leading space instead of a "+" unless plus asks for the sign.
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus {
            num[0] = UInt8(ascii: " ")
        }
        // Infinities and NaN don't look like numbers: never zero-padded.
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            let oldZero = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus {
                num.removeFirst()
            }
            pad(num)
            flags.zero = oldZero
            return
        }
        // The sharp flag forces a decimal point and keeps trailing zeros.
        if flags.sharp && verb != "b" {
            applySharp(&num, verb: verb, precision: precision)
        }
        // A sign is wanted if asked for or if the number is negative.
        if flags.plus || num[0] != UInt8(ascii: "+") {
            // Zero padding goes between the sign and the digits.
            if flags.zero && flags.widPresent && wid > num.count {
                buf.append(num[0])
                writePadding(wid - num.count)
                buf.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(num[1...])
    }

    /// `%#g` and friends: add a decimal point and restore trailing zeros up to the precision.
    private func applySharp(_ num: inout [UInt8], verb: Character, precision: Int) {
        var digits = 0
        switch verb {
        case "v", "g", "G", "x":
            digits = precision == -1 ? 6 : precision
        default:
            break
        }
        var tail: [UInt8] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var i = 1
        while i < num.count {
            let c = num[i]
            let isHex = verb == "x" || verb == "X"
            let isExponent = c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                || (!isHex && (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")))
            if isExponent {
                tail.append(contentsOf: num[i...])
                num.removeSubrange(i...)
                break
            }
            switch c {
            case UInt8(ascii: "."):
                hasDecimalPoint = true
            default:
                if c != UInt8(ascii: "0") { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            // A lone leading 0 counts as one digit.
            if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
            num.append(UInt8(ascii: "."))
        }
        while digits > 0 {
            num.append(UInt8(ascii: "0"))
            digits -= 1
        }
        num.append(contentsOf: tail)
    }
}
