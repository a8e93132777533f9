import GoRuntime
import Testing

/// One `fmt` call and helm's output for it (see GoFormatCases.swift).
struct FormatCase: CustomTestStringConvertible, @unchecked Sendable {
    let kind: String
    let format: String
    let args: [Value]
    let expected: String
    let template: String

    init(_ kind: String, _ format: String, _ args: [Value], _ expected: String, template: String) {
        self.kind = kind
        self.format = format
        self.args = args
        self.expected = expected
        self.template = template
    }

    var testDescription: String { template }

    func run() -> String {
        switch kind {
        case "print": return GoFormat.sprint(args)
        case "println": return GoFormat.sprintln(args)
        default: return GoFormat.sprintf(format, args)
        }
    }
}


@Suite struct GoFormatTests {
    @Test(arguments: formatCases)
    func matchesHelm(_ c: FormatCase) {
        #expect(c.run() == c.expected)
    }

    /// `GoFormat.value` is `%v` (helm: `{{ printf "%v" X }}` cases above).
    @Test(arguments: formatCases.filter { $0.kind == "printf" && $0.format == "%v" })
    func valueIsPercentV(_ c: FormatCase) {
        #expect(GoFormat.value(c.args[0]) == c.expected)
    }

    /// `GoQuote` agrees with `%q`, `%+q` and `%c`-quoting, which the table checks against helm.
    @Test func quoteAgreesWithVerbs() {
        for s in ["héllo\n", "tab\t\"q\"\\", "\u{ad}\u{200b}\u{feff}", "😀 \u{7f}\u{1}", ""] {
            #expect(GoQuote.quote(s) == GoFormat.sprintf("%q", [.string(s)]))
            #expect(GoQuote.quoteASCII(s) == GoFormat.sprintf("%+q", [.string(s)]))
        }
        #expect(GoQuote.quoteRune(65) == GoFormat.sprintf("%q", [.int(65)]))
        #expect(GoQuote.canBackquote("no tick"))
        #expect(!GoQuote.canBackquote("back`tick"))
        #expect(!GoQuote.canBackquote("\u{feff}"))
    }

    /// Code points helm's `%q` keeps or escapes (template in IsPrint.swift).
    @Test func isPrintTable() {
        for r: UInt32 in [0xA1, 0x37A, 0x1F600, 0x4E00, 0x20000, 0xFFFD, 0x41, 0x20] {
            #expect(GoQuote.isPrint(r), "U+\(String(r, radix: 16))")
        }
        for r: UInt32 in [0x80, 0xA0, 0xAD, 0x378, 0x61C, 0xFEFF, 0xE000, 0xE0001, 0x2028, 0x200B, 0x10FFFF, 0x3000, 0x7F, 0x1F] {
            #expect(!GoQuote.isPrint(r), "U+\(String(r, radix: 16))")
        }
    }

    @Test func typeName() {
        #expect(GoFormat.typeName(.int64(1)) == "int64")
        #expect(GoFormat.typeName(.nil) == "<nil>")
    }
}
