import GoRuntime
/// Go's `unicode` package predicates and simple (one rune to one rune) case mappings.
///
/// Go's `unicode.IsUpper` is the `Lu` category only, unlike Swift's `isUppercase`
/// (which adds Other_Uppercase), and Go never maps one rune to several (`ß` stays `ß`).
enum GoUnicode {
    static func isUpper(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x41 && r.value <= 0x5A }
        return r.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x61 && r.value <= 0x7A }
        return r.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ r: Unicode.Scalar) -> Bool {
        r.properties.generalCategory == .titlecaseLetter
    }

    static func isLetter(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// `unicode.IsDigit`: category Nd.
    static func isDigit(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x30 && r.value <= 0x39 }
        return r.properties.generalCategory == .decimalNumber
    }

    /// `unicode.IsNumber`: categories Nd, Nl, No.
    static func isNumber(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `unicode.IsPunct`: categories Pc, Pd, Ps, Pe, Pi, Pf, Po.
    static func isPunct(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// `unicode.IsSpace`: Latin-1 `\t\n\v\f\r `, U+0085, U+00A0, else the White_Space property.
    static func isSpace(_ r: Unicode.Scalar) -> Bool {
        switch r.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0...0xFF: return false
        default: return r.properties.isWhitespace
        }
    }

    static func toUpper(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 {
            return isLower(r) ? Unicode.Scalar(UInt8(r.value - 0x20)) : r
        }
        if let simple = simpleUpperExceptions(r) { return simple }
        return single(r.properties.uppercaseMapping) ?? r
    }

    static func toLower(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 {
            return isUpper(r) ? Unicode.Scalar(UInt8(r.value + 0x20)) : r
        }
        if r.value == 0x130 { return "i" }  // İ: the full mapping is i + combining dot
        return single(r.properties.lowercaseMapping) ?? r
    }

    static func toTitle(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 { return toUpper(r) }
        return single(r.properties.titlecaseMapping) ?? r
    }

    /// Greek letters with ypogegrammeni: their full uppercase is two scalars, but
    /// UnicodeData gives a simple uppercase (the titlecase letter), which Go uses.
    private static func simpleUpperExceptions(_ r: Unicode.Scalar) -> Unicode.Scalar? {
        switch r.value {
        case 0x1F80...0x1F87, 0x1F90...0x1F97, 0x1FA0...0x1FA7: return Unicode.Scalar(r.value + 8)
        case 0x1FB3, 0x1FC3, 0x1FF3: return Unicode.Scalar(r.value + 9)
        default: return nil
        }
    }

    /// The mapping when it is one scalar; full mappings of several scalars have no simple form.
    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var iterator = mapping.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil else { return nil }
        return first
    }

    /// Applies a rune mapping to every scalar, like Go's `strings.Map`.
    /// `strings.Map`: a byte that is not UTF-8 (a `GoBytes` stand-in) reads as U+FFFD.
    static func map(_ s: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for r in s.unicodeScalars { out.append(transform(GoBytes.rawByte(r) == nil ? r : "\u{FFFD}")) }
        return String(out)
    }
}
