import GoTemplate

/// The Unicode class names Go's regexp accepts in `\p{...}` (Go ≥ 1.25: categories, their long
/// aliases, scripts, `Any`, `ASCII`, `Assigned`, `LC`), looked up as Go does: case-insensitively,
/// ignoring `_`, `-` and spaces. Each name maps to PCRE2 class items.
enum RegexpUnicodeNames {
    /// PCRE2 class text for the class and for its negation.
    struct Entry {
        let positive: String
        let negative: String
    }

    static func lookup(_ name: String, release: GoRelease = .go127) -> Entry? {
        if release == .go123 { return go123Table[name] }
        return table[canonical(name)]
    }

    /// Go's `canonicalName`: separators dropped, first letter upper case, the rest lower case.
    static func canonical(_ name: String) -> String {
        var out: [UInt8] = []
        var first = true
        for var c in name.utf8 {
            if c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ") { continue }
            if first {
                if c >= 0x61 && c <= 0x7A { c -= 0x20 }
                first = false
            } else if c >= 0x41 && c <= 0x5A {
                c += 0x20
            }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let categories = [
        "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm",
        "So", "Z", "Zl", "Zp", "Zs",
    ]

    static let categoryAliases: [String: String] = [
        "Cased_Letter": "LC", "Close_Punctuation": "Pe", "Combining_Mark": "M",
        "Connector_Punctuation": "Pc", "Control": "Cc", "Currency_Symbol": "Sc",
        "Dash_Punctuation": "Pd", "Decimal_Number": "Nd", "Enclosing_Mark": "Me",
        "Final_Punctuation": "Pf", "Format": "Cf", "Initial_Punctuation": "Pi", "Letter": "L",
        "Letter_Number": "Nl", "Line_Separator": "Zl", "Lowercase_Letter": "Ll", "Mark": "M",
        "Math_Symbol": "Sm", "Modifier_Letter": "Lm", "Modifier_Symbol": "Sk",
        "Nonspacing_Mark": "Mn", "Number": "N", "Open_Punctuation": "Ps", "Other": "C",
        "Other_Letter": "Lo", "Other_Number": "No", "Other_Punctuation": "Po",
        "Other_Symbol": "So", "Paragraph_Separator": "Zp", "Private_Use": "Co",
        "Punctuation": "P", "Separator": "Z", "Space_Separator": "Zs", "Spacing_Mark": "Mc",
        "Surrogate": "Cs", "Symbol": "S", "Titlecase_Letter": "Lt", "Unassigned": "Cn",
        "Uppercase_Letter": "Lu", "cntrl": "Cc", "digit": "Nd", "punct": "P",
    ]

    /// Scripts PCRE2 10.42 knows (Unicode 14), with Go's spelling.
    static let scripts = [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese",
        "Bamum", "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille",
        "Buginese", "Buhid", "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma",
        "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform", "Cypriot",
        "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
        "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic",
        "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul",
        "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic",
        "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi",
        "Kannada", "Katakana", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki",
        "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian",
        "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen",
        "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive",
        "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar",
        "Nabataean", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu",
        "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic",
        "Old_North_Arabian", "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian",
        "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya", "Pahawh_Hmong", "Palmyrene",
        "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic",
        "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala",
        "Sogdian", "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog",
        "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut",
        "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Toto", "Ugaritic", "Vai",
        "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    ]

    /// Scripts Go knows but PCRE2 10.42 does not (Unicode 15 to 17): treated as empty.
    static let newerScripts = [
        "Kawi", "Nag_Mundari", "Garay", "Gurung_Khema", "Kirat_Rai", "Ol_Onal", "Sunuwar",
        "Todhri", "Tulu_Tigalari", "Beria_Erfe", "Chisoi", "Sidetic", "Tai_Yo", "Tolong_Siki",
    ]

    static let everything = RegexpTranslator.rangeText(0, 0x10FFFF)

    /// Go 1.23's names (Unicode 15.0): `unicode.Categories` and `unicode.Scripts` spelled
    /// exactly, and `Any`; no aliases, `ASCII`, `Assigned` or `LC` (Go 1.25 added them).
    static let go123Table: [String: Entry] = {
        var out: [String: Entry] = [:]
        for name in categories + ["C"] { out[name] = table[name] }
        for name in scripts { out[name] = table[canonical(name)] }
        for name in ["Kawi", "Nag_Mundari"] { out[name] = Entry(positive: "", negative: everything) }
        out["Any"] = table["Any"]
        return out
    }()

    static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        func property(_ pcreName: String) -> Entry {
            Entry(positive: "\\p{" + pcreName + "}", negative: "\\P{" + pcreName + "}")
        }
        for name in categories {
            table[name] = property(name)
        }
        // Go's C (Other) is Cc|Cf|Co|Cs; PCRE2's also has Cn.
        table["C"] = Entry(positive: "\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}", negative: "\\P{C}\\p{Cn}")
        table["Lc"] = property("L&")
        for (alias, actual) in categoryAliases {
            let key = actual == "LC" ? "Lc" : actual
            table[canonical(alias)] = table[key]
        }
        for name in scripts {
            table[canonical(name)] = property("sc:" + name)
        }
        for name in newerScripts {
            table[canonical(name)] = Entry(positive: "", negative: everything)
        }
        table["Any"] = Entry(positive: everything, negative: "")
        table["Ascii"] = Entry(positive: RegexpTranslator.rangeText(0, 0x7F),
                               negative: RegexpTranslator.rangeText(0x80, 0x10FFFF))
        table["Assigned"] = Entry(positive: "\\P{Cn}", negative: "\\p{Cn}")
        return table
    }()
}
