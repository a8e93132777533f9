import GoRuntime
@testable import Sprig
import Testing

/// Regex functions: Go `regexp` semantics over PCRE2. Expectations from helm v4.3.1
/// (fixtures/cases/sprig-extra/regex_*).
@Suite struct RegexFunctionsTests {
    @Test func find() throws {
        let cases: [(String, String, String)] = [
            ("a+b", "xaaab", "aaab"), ("(a|ab)(c|bcd)(d*)", "abcd", "abcd"), ("a{2,3}?", "aaaa", "aa"),
            ("\\d+", "١٢٣ 123", "123"), ("\\w+", "héllo", "h"), ("(?i)k", "\u{212A}", "\u{212A}"),
            ("\\p{Greek}+", "abc αβγ", "αβγ"), ("\\p{Letter}+", "12abc", "abc"), ("x{01}", "x{01}", "x{01}"),
            ("[]a]+", "]a]b", "]a]"), ("\\Qa.b\\E+", "a.bbb", "a.bbb"), ("(?U)a+", "aaaa", "a"),
            ("a(?i)b|c", "xaBx", "aB"), ("[[:^alpha:]]+", "ab12cd", "12"), ("\\x41\\x{42}\\101", "ABA", "ABA"),
        ]
        for (pattern, input, expected) in cases {
            #expect(try Extra.show("regexFind", xs(pattern), xs(input)) == expected, "\(pattern)")
        }
    }

    @Test func anchorsAndNewlines() throws {
        #expect(try Extra.show("regexMatch", xs("^abc$"), xs("abc\n")) == "false")
        #expect(try Extra.show("regexMatch", xs("(?m)^abc$"), xs("x\nabc\n")) == "true")
        #expect(try Extra.show("regexFindAll", xs("(?m)^"), xs("a\nb\n"), xi(-1)) == "[  ]")
        #expect(try Extra.show("regexFind", xs("a.c"), xs("a\nc abc")) == "abc")
        // Go's \s has no vertical tab; [[:space:]] has.
        #expect(try Extra.show("regexFindAll", xs("\\s"), xs("a\u{0B}b\tc"), xi(-1)) == "[\t]")
        #expect(try Extra.show("regexFindAll", xs("[[:space:]]"), xs("a\u{0B}b"), xi(-1)) == "[\u{0B}]")
    }

    @Test func findAllAndEmptyMatches() throws {
        #expect(try Extra.show("regexFindAll", xs("a*"), xs("baaab"), xi(-1)) == "[ aaa ]")
        #expect(try Extra.show("regexFindAll", xs(""), xs("abc"), xi(-1)) == "[   ]")
        #expect(try Extra.show("regexFindAll", xs("[a-c]"), xs("abcabc"), xi(2)) == "[a b]")
        #expect(try Extra.show("regexFindAll", xs("x"), xs("abc"), xi(-1)) == "[]")
    }

    @Test func replace() throws {
        #expect(try Extra.show("regexReplaceAll", xs("a(x*)b"), xs("-ab-axxb-"), xs("${1}W")) == "-W-xxW-")
        #expect(try Extra.show("regexReplaceAll", xs("(a)(b)?"), xs("a ab"), xs("[$1|$2|$3|$$|$x|${1}x|$1x|$0|$00|${}]"))
                == "[a|||$||ax||a||${}] [a|b||$||ax||ab||${}]")
        #expect(try Extra.show("regexReplaceAll", xs("(?P<first>\\w+) (?P<last>\\w+)"), xs("John Smith"), xs("${last}, $first"))
                == "Smith, John")
        #expect(try Extra.show("regexReplaceAll", xs("a*"), xs("baaac"), xs("X")) == "XbXcX")
        #expect(try Extra.show("regexReplaceAll", xs("x*"), xs("héllo"), xs("-")) == "-h-é-l-l-o-")
        #expect(try Extra.show("regexReplaceAllLiteral", xs("a(x*)b"), xs("-ab-axxb-"), xs("${1}")) == "-${1}-${1}-")
    }

    @Test func split() throws {
        #expect(try Extra.show("regexSplit", xs("a"), xs("banana"), xi(-1)) == "[b n n ]")
        #expect(try Extra.show("regexSplit", xs("a"), xs("banana"), xi(2)) == "[b nana]")
        #expect(try Extra.show("regexSplit", xs("a"), xs("banana"), xi(0)) == "[]")
        #expect(try Extra.show("regexSplit", xs(""), xs("abc"), xi(-1)) == "[a b c]")
        #expect(try Extra.show("regexSplit", xs("x*"), xs("axbxc"), xi(-1)) == "[a b c]")
        #expect(try Extra.show("regexSplit", xs("a"), xs(""), xi(-1)) == "[]")
    }

    @Test func quoteMeta() throws {
        #expect(try Extra.show("regexQuoteMeta", xs("1.2.3+[x]{y}(z)|^$\\*?-#")) == "1\\.2\\.3\\+\\[x\\]\\{y\\}\\(z\\)\\|\\^\\$\\\\\\*\\?-#")
    }

    @Test func goErrors() throws {
        let cases: [(String, String)] = [
            ("(", "missing closing ): `(`"), ("a)", "unexpected ): `a)`"),
            ("(?<=a)b", "invalid named capture: `(?<=a)b`"), ("(?=a)", "invalid or unsupported Perl syntax: `(?=`"),
            ("(a)\\1", "invalid escape sequence: `\\1`"), ("a**", "invalid nested repetition operator: `**`"),
            ("x{2}?{3}", "invalid nested repetition operator: `{2}?{3}`"), ("x{1001}", "invalid repeat count: `{1001}`"),
            ("(a{100}){100}", "invalid repeat count: `{100}`"), ("[z-a]", "invalid character class range: `z-a`"),
            ("[[:foo:]]", "invalid character class range: `[:foo:]`"), ("\\p{Foo}", "invalid character class range: `\\p{Foo}`"),
            ("\\", "trailing backslash at end of expression: ``"), ("[a", "missing closing ]: `[a`"),
            ("(?P<a-b>x)", "invalid named capture: `(?P<a-b>`"), ("(?x)a", "invalid or unsupported Perl syntax: `(?x`"),
            ("a|*", "missing argument to repetition operator: `*`"), ("\\x{110000}", "invalid escape sequence: `\\x{110000`"),
            ("\\C", "invalid escape sequence: `\\C`"), ("(?i-)", "invalid or unsupported Perl syntax: `(?i-)`"),
        ]
        for (pattern, message) in cases {
            #expect(try Extra.error("mustRegexFind", xs(pattern), xs("x")) == "error parsing regexp: " + message, "\(pattern)")
        }
        #expect(try Extra.error("regexFind", xs("("), xs("x")) == "regexp: Compile(`(`): error parsing regexp: missing closing ): `(`")
        #expect(try Extra.error("regexSplit", xs("a`b("), xs("x"), xi(1))
                == "regexp: Compile(\"a`b(\"): error parsing regexp: missing closing ): `a`b(`")
        #expect(try Extra.show("regexMatch", xs("("), xs("x")) == "false")
    }

    @Test func compiledPatternsAreCached() throws {
        let a = try Regexp.compile("ca+che")
        let b = try Regexp.compile("ca+che")
        #expect(a === b)
        #expect(a.captureNames == [""])
        #expect(try Regexp.compile("(?P<x>a)(b)(?<y>c)").captureNames == ["", "x", "", "y"])
    }
}
