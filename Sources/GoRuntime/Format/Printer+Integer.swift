extension Printer {
    /// Verb dispatch for integers (Go's `pp.fmtInteger`).
    mutating func fmtIntegerVerb(_ v: UInt64, isSigned: Bool, verb: UInt32, value: Value) {
        switch verb {
        case Verb.v:
            if flags.sharpV && !isSigned {
                fmt0x64(v, leading0x: true)
            } else {
                fmtInteger(v, base: 10, isSigned: isSigned, verb: verb, upper: false)
            }
        case Verb.d: fmtInteger(v, base: 10, isSigned: isSigned, verb: verb, upper: false)
        case Verb.b: fmtInteger(v, base: 2, isSigned: isSigned, verb: verb, upper: false)
        case Verb.o, Verb.O: fmtInteger(v, base: 8, isSigned: isSigned, verb: verb, upper: false)
        case Verb.x: fmtInteger(v, base: 16, isSigned: isSigned, verb: verb, upper: false)
        case Verb.X: fmtInteger(v, base: 16, isSigned: isSigned, verb: verb, upper: true)
        case Verb.c: fmtC(v)
        case Verb.q: fmtQc(v)
        case Verb.U: fmtUnicode(v)
        default: badVerb(verb, value)
        }
    }

    /// Hexadecimal with or without a leading 0x, regardless of the sharp flag (Go's `fmt0x64`).
    mutating func fmt0x64(_ v: UInt64, leading0x: Bool) {
        let sharp = flags.sharp
        flags.sharp = leading0x
        fmtInteger(v, base: 16, isSigned: false, verb: Verb.v, upper: false)
        flags.sharp = sharp
    }

    /// Formats a signed or unsigned integer with width, precision and flags (Go's `fmt.fmtInteger`).
    mutating func fmtInteger(_ value: UInt64, base: UInt64, isSigned: Bool, verb: UInt32, upper: Bool) {
        let negative = isSigned && Int64(bitPattern: value) < 0
        let u = negative ? 0 &- value : value

        // Fast path: plain decimal.
        if base == 10 && !flags.widPresent && !flags.precPresent && !flags.plus && !flags.space {
            if negative { buf.append(UInt8(ascii: "-")) }
            buf.append(contentsOf: String(u).utf8)
            return
        }

        // Two ways to ask for extra leading zero digits: %.3d or %03d.
        // If both are given the zero flag is ignored and spaces pad instead.
        var precision = 0
        if flags.precPresent {
            precision = prec
            // Precision 0 and value 0 means "print nothing" but padding.
            if precision == 0 && u == 0 {
                let oldZero = flags.zero
                flags.zero = false
                writePadding(wid)
                flags.zero = oldZero
                return
            }
        } else if flags.zero && flags.widPresent {
            precision = wid
            if negative || flags.plus || flags.space { precision -= 1 }  // room for the sign
        }

        let capacity = max(68, 3 + wid + prec)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { tmp in
            let i = formatDigits(u, into: tmp, base: base, precision: precision, negative: negative, verb: verb, upper: upper)
            // Zero padding was handled like a precision above, or is ignored.
            let oldZero = flags.zero
            flags.zero = false
            pad(UnsafeBufferPointer(rebasing: tmp[i...]))
            flags.zero = oldZero
        }
    }

    /// Writes the digits, leading zeros, prefixes and sign right-aligned into `tmp`;
    /// returns the index of the first byte.
    private func formatDigits(
        _ u: UInt64, into tmp: UnsafeMutableBufferPointer<UInt8>, base: UInt64, precision: Int,
        negative: Bool, verb: UInt32, upper: Bool
    ) -> Int {
        let digits = upper ? Printer.upperDigits : Printer.lowerDigits
        let capacity = tmp.count
        var i = capacity
        var n = u
        while n >= base {
            i -= 1
            tmp[i] = digits[Int(n % base)]
            n /= base
        }
        i -= 1
        tmp[i] = digits[Int(n)]
        while i > 0 && precision > capacity - i {
            i -= 1
            tmp[i] = UInt8(ascii: "0")
        }

        if flags.sharp {
            switch base {
            case 2:
                i -= 2
                tmp[i] = UInt8(ascii: "0")
                tmp[i + 1] = UInt8(ascii: "b")
            case 8:
                if tmp[i] != UInt8(ascii: "0") {
                    i -= 1
                    tmp[i] = UInt8(ascii: "0")
                }
            case 16:
                i -= 2
                tmp[i] = UInt8(ascii: "0")
                tmp[i + 1] = digits[16]
            default:
                break
            }
        }
        if verb == Verb.O {
            i -= 2
            tmp[i] = UInt8(ascii: "0")
            tmp[i + 1] = UInt8(ascii: "o")
        }

        if negative {
            i -= 1
            tmp[i] = UInt8(ascii: "-")
        } else if flags.plus {
            i -= 1
            tmp[i] = UInt8(ascii: "+")
        } else if flags.space {
            i -= 1
            tmp[i] = UInt8(ascii: " ")
        }
        return i
    }

    /// `%U`: `U+0078`, or with `#` `U+0078 'x'` (Go's `fmtUnicode`).
    mutating func fmtUnicode(_ value: UInt64) {
        var out: [UInt8] = [UInt8(ascii: "U"), UInt8(ascii: "+")]
        var hex: [UInt8] = []
        var u = value
        repeat {
            hex.append(Printer.upperDigits[Int(u & 0xF)])
            u >>= 4
        } while u != 0
        let precision = flags.precPresent && prec > 4 ? prec : 4
        if hex.count < precision {
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - hex.count))
        }
        out.append(contentsOf: hex.reversed())
        if flags.sharp && value <= 0x10FFFF && GoQuote.isPrint(UInt32(value)) {
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: "'"))
            GoQuote.appendUTF8(&out, UInt32(value))
            out.append(UInt8(ascii: "'"))
        }
        let oldZero = flags.zero
        flags.zero = false
        pad(out)
        flags.zero = oldZero
    }

    /// `%c`: the integer as a Unicode character; invalid code points print U+FFFD.
    mutating func fmtC(_ value: UInt64) {
        var r = UInt32(truncatingIfNeeded: value)
        if value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { r = 0xFFFD }
        var out: [UInt8] = []
        GoQuote.appendUTF8(&out, r)
        pad(out)
    }

    /// `%q` of an integer: a single-quoted character literal (`+`: ASCII only).
    mutating func fmtQc(_ value: UInt64) {
        var out: [UInt8] = []
        GoQuote.appendQuotedRune(&out, value, asciiOnly: flags.plus)
        pad(out)
    }
}

/// Verb code points used in dispatch.
enum Verb {
    static let v = UInt32(UInt8(ascii: "v"))
    static let d = UInt32(UInt8(ascii: "d"))
    static let b = UInt32(UInt8(ascii: "b"))
    static let o = UInt32(UInt8(ascii: "o"))
    static let O = UInt32(UInt8(ascii: "O"))
    static let x = UInt32(UInt8(ascii: "x"))
    static let X = UInt32(UInt8(ascii: "X"))
    static let c = UInt32(UInt8(ascii: "c"))
    static let q = UInt32(UInt8(ascii: "q"))
    static let U = UInt32(UInt8(ascii: "U"))
    static let s = UInt32(UInt8(ascii: "s"))
    static let t = UInt32(UInt8(ascii: "t"))
    static let T = UInt32(UInt8(ascii: "T"))
    static let p = UInt32(UInt8(ascii: "p"))
    static let e = UInt32(UInt8(ascii: "e"))
    static let E = UInt32(UInt8(ascii: "E"))
    static let f = UInt32(UInt8(ascii: "f"))
    static let F = UInt32(UInt8(ascii: "F"))
    static let g = UInt32(UInt8(ascii: "g"))
    static let G = UInt32(UInt8(ascii: "G"))
    static let w = UInt32(UInt8(ascii: "w"))
    static let percent = UInt32(UInt8(ascii: "%"))
}
