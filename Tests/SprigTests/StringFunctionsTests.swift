import GoRuntime
import Testing

/// Sprig string functions; every expectation was produced by helm v4.3.1 (see the
/// fixtures/cases/sprig-core/strings_* cases).
@Suite struct StringFunctionsTests {
    @Test func trimFamily() throws {
        #expect(try Core.show("trim", cs("  \t hi there \n ")) == "hi there")
        #expect(try Core.show("trim", cs("\u{a0}\u{2003} x \u{3000}")) == "x")
        #expect(try Core.show("trimAll", cs("$-"), cs("$-$hello-$")) == "hello")
        #expect(try Core.show("trimall", cs("xy"), cs("xyyxhixyx")) == "hi")
        #expect(try Core.show("trimPrefix", cs("foo"), cs("foobar")) == "bar")
        #expect(try Core.show("trimPrefix", cs("bar"), cs("foobar")) == "foobar")
        #expect(try Core.show("trimSuffix", cs("bar"), cs("foobar")) == "foo")
        #expect(try Core.show("trimAll", cs(""), cs("abc")) == "abc")
    }

    @Test func caseMapping() throws {
        #expect(try Core.show("upper", cs("hello wörld ß")) == "HELLO WÖRLD ß")
        #expect(try Core.show("lower", cs("HELLO WÖRLD İ")) == "hello wörld i")
        #expect(try Core.show("title", cs("hello wide-world o'neil_x 3d ǆemal")) == "Hello Wide-World O'Neil_x 3d ǅemal")
        #expect(try Core.show("untitle", cs("Hello World  FOO")) == "hello world  fOO")
        #expect(try Core.show("swapcase", cs("Hello World, this IS a Test")) == "hELLO wORLD, THIS is A tEST")
        #expect(try Core.show("swapcase", cs("ǅungla éCOLE")) == "ǆUNGLA École")
        #expect(try Core.show("title", cs("ﬁx ß")) == "ﬁx ß")
        #expect(try Core.show("upper", cs("ﬁ ǆ ᾳ")) == "ﬁ Ǆ ᾼ")
        #expect(try Core.show("lower", cs("ǅ Ω")) == "ǆ ω")
    }

    @Test func substrAndTrunc() throws {
        #expect(try Core.show("substr", ci(0), ci(5), cs("hello world")) == "hello")
        #expect(try Core.show("substr", ci(3), ci(100), cs("hello")) == "lo")
        #expect(try Core.show("substr", ci(2), ci(-1), cs("hello")) == "llo")
        #expect(try Core.show("substr", ci(-1), ci(3), cs("hello")) == "hel")
        #expect(try Core.show("substr", ci(5), ci(5), cs("hello")) == "")
        #expect(try Core.error("substr", ci(-1), ci(10), cs("abc")) == "runtime error: slice bounds out of range [:10] with length 3")
        #expect(try Core.error("substr", ci(-1), ci(-2), cs("abc")) == "runtime error: slice bounds out of range [:-2]")
        #expect(try Core.error("substr", ci(3), ci(1), cs("abcdef")) == "runtime error: slice bounds out of range [3:1]")
        #expect(try Core.error("substr", ci(7), ci(-1), cs("abc")) == "runtime error: slice bounds out of range [7:3]")
        #expect(try Core.show("trunc", ci(5), cs("hello world")) == "hello")
        #expect(try Core.show("trunc", ci(-5), cs("hello world")) == "world")
        #expect(try Core.show("trunc", ci(50), cs("hi")) == "hi")
        #expect(try Core.show("trunc", ci(0), cs("hi")) == "")
        #expect(try Core.show("trunc", ci(-50), cs("hi")) == "hi")
    }

    @Test func repeatAndIndent() throws {
        #expect(try Core.show("repeat", ci(3), cs("ab")) == "ababab")
        #expect(try Core.error("repeat", ci(-2), cs("ab")) == "strings: negative Repeat count")
        #expect(try Core.show("nindent", ci(2), cs("line1\nline2")) == "\n  line1\n  line2")
        #expect(try Core.show("indent", ci(4), cs("a\n\nb")) == "    a\n    \n    b")
        #expect(try Core.error("indent", ci(-1), cs("x")) == "strings: negative Repeat count")
    }

    @Test func abbreviations() throws {
        #expect(try Core.show("abbrev", ci(5), cs("hello world")) == "he...")
        #expect(try Core.show("abbrev", ci(3), cs("hello world")) == "hello world")
        #expect(try Core.show("abbrev", ci(4), cs("hello")) == "h...")
        #expect(try Core.show("abbrevboth", ci(5), ci(10), cs("1234 5678 9123")) == "...5678...")
        #expect(try Core.show("abbrevboth", ci(0), ci(8), cs("abcdefghijklmno")) == "abcde...")
        #expect(try Core.show("abbrevboth", ci(10), ci(7), cs("abcdefghijklmnopqrstuvwxyz")) == "...k...")
        #expect(try Core.show("abbrevboth", ci(3), ci(6), cs("abcdefghij")) == "abcdefghij")
        #expect(try Core.show("abbrevboth", ci(100), ci(10), cs("abcdefghijklmnop")) == "...jklmnop")
    }

    @Test func byteWiseGoUtils() throws {
        #expect(try Core.show("nospace", cs("h e l\tl\no")) == "hello")
        #expect(try Core.show("nospace", cs("héllo wörld")) == "hÃ©llowÃ¶rld")
        #expect(try Core.show("nospace", cs("héllo")) == "héllo")
        #expect(try Core.show("nospace", cs("a\u{a0}b")) == "aÂb")
        #expect(try Core.show("initials", cs("first middle  last")) == "fml")
        #expect(try Core.show("initials", cs("élan vital")) == "Ãv")
    }

    @Test func xstringsCaseConversions() throws {
        let snake = [
            "FirstName": "first_name", "HTTPServer": "http_server", "NoHTTPS": "no_https", "GO_PATH": "go_path",
            "GO PATH": "go_path", "GO-PATH": "go_path", "http2xx": "http_2xx", "HTTP20xOK": "http_20x_ok",
            "Duration2m3s": "duration_2m3s", "Bld4Floor3rd": "bld4_floor_3rd", "a.b c__d": "a.b_c__d", "": "",
            "ÉcoleNormale": "école_normale",
        ]
        for (input, output) in snake { #expect(try Core.show("snakecase", cs(input)) == output, "\(input)") }
        let kebab = [
            "FirstName": "first-name", "HTTPServer": "http-server", "some_words here": "some-words-here",
            "ab12CD": "ab12-cd", "已经HTTPServer": "已经-http-server",
        ]
        for (input, output) in kebab { #expect(try Core.show("kebabcase", cs(input)) == output, "\(input)") }
        let camel = [
            "some_words": "SomeWords", "http_server": "HttpServer", "no_https": "NoHttps",
            "_complex__case_": "_Complex_Case_", "some words": "SomeWords", "GOLANG_IS_GREAT": "GolangIsGreat",
            "alreadyCamel": "AlreadyCamel", "x": "X", "__": "___", "a-b-c": "ABC", "été_ça": "ÉtéÇa",
        ]
        for (input, output) in camel { #expect(try Core.show("camelcase", cs(input)) == output, "\(input)") }
    }

    @Test func wrapping() throws {
        #expect(
            try Core.show("wrap", ci(10), cs("The quick brown fox jumps over the lazy dog"))
                == "The quick\nbrown fox\njumps over\nthe lazy\ndog")
        #expect(try Core.show("wrap", ci(5), cs("a verylongword here")) == "a\nverylongword\nhere")
        #expect(try Core.show("wrapWith", ci(5), cs("<br>"), cs("a verylongword here")) == "a<br>veryl<br>ongwo<br>rd<br>here")
        #expect(try Core.show("wrapWith", ci(0), cs("|"), cs("ab cd")) == "a|b|c|d")
        #expect(try Core.show("wrap", ci(3), cs("aaaa bbbb c")) == "aaaa\nbbbb\nc")
        #expect(try Core.show("wrapWith", ci(3), cs("\n"), cs("aaaa bbbb c")) == "aaa\na\nbbb\nb c")
    }

    @Test func searching() throws {
        #expect(try Core.show("contains", cs("cat"), cs("catch")) == "true")
        #expect(try Core.show("contains", cs("dog"), cs("catch")) == "false")
        #expect(try Core.show("contains", cs(""), cs("x")) == "true")
        #expect(try Core.show("hasPrefix", cs("cat"), cs("catch")) == "true")
        #expect(try Core.show("hasPrefix", cs("tch"), cs("catch")) == "false")
        #expect(try Core.show("hasSuffix", cs("tch"), cs("catch")) == "true")
        #expect(try Core.show("hasSuffix", cs(""), cs("")) == "true")
    }

    @Test func quoting() throws {
        #expect(try Core.show("quote", cs("a"), cs("b c")) == #""a" "b c""#)
        #expect(try Core.show("quote", ci(1), cf(2.5), cb(true), .nil) == #""1" "2.5" "true""#)
        #expect(try Core.show("quote") == "")
        #expect(try Core.show("squote", cs("it's"), ci(3)) == "'it's' '3'")
        #expect(try Core.show("squote", .nil, cs("x")) == "'x'")
        #expect(
            try Core.show("quote", cs("tab\there"), cs("nl\n"), cs("uni é ☃"), cs("ctl \u{01}"))
                == #""tab\there" "nl\n" "uni é ☃" "ctl \x01""#)
        #expect(try Core.show("quote", cl(cs("a"), .nil)) == #""[a <nil>]""#)
        #expect(try Core.show("squote", cd(["a": .nil])) == "'map[a:<nil>]'")
    }

    @Test func catReplacePlural() throws {
        #expect(try Core.show("cat", cs("a"), cs("b"), ci(1), cf(2.5)) == "a b 1 2.5")
        #expect(try Core.show("cat", .nil, cs("x"), .nil, cs("y")) == "x y")
        #expect(try Core.show("cat") == "")
        #expect(try Core.show("cat", cl(.nil)) == "[<nil>]")
        #expect(try Core.show("replace", cs(" "), cs("-"), cs("a b  c")) == "a-b--c")
        #expect(try Core.show("replace", cs(""), cs("|"), cs("abc")) == "|a|b|c|")
        #expect(try Core.show("replace", cs("a"), cs("bb"), cs("aaa")) == "bbbbbb")
        #expect(try Core.show("replace", cs("é"), cs("e"), cs("café é")) == "cafe e")
        #expect(try Core.show("plural", cs("one"), cs("many"), ci(1)) == "one")
        #expect(try Core.show("plural", cs("one"), cs("many"), ci(0)) == "many")
    }

    @Test func splitting() throws {
        #expect(try Core.show("split", cs(","), cs("a,b,,c")) == "map[_0:a _1:b _2: _3:c]")
        #expect(try Core.type("split", cs(","), cs("a")) == "map[string]string")
        #expect(try Core.show("split", cs(""), cs("héy")) == "map[_0:h _1:é _2:y]")
        #expect(try Core.show("split", cs(","), cs("")) == "map[_0:]")
        #expect(try Core.show("splitn", cs(","), ci(2), cs("a,b,c")) == "map[_0:a _1:b,c]")
        #expect(try Core.show("splitn", cs(","), ci(0), cs("a,b")) == "map[]")
        #expect(try Core.show("splitn", cs(","), ci(-1), cs("a,b,c")) == "map[_0:a _1:b _2:c]")
        #expect(try Core.show("splitn", cs(""), ci(2), cs("abc")) == "map[_0:a _1:bc]")
        #expect(try Core.show("splitList", cs(","), cs("a,b,c")) == "[a b c]")
        #expect(try Core.type("splitList", cs(","), cs("a")) == "[]string")
        #expect(try Core.show("splitList", cs(""), cs("abc")) == "[a b c]")
        #expect(try Core.show("join", cs("-"), cl(cs("a"), ci(1), .nil, cf(2.5))) == "a-1-2.5")
        #expect(try Core.show("join", cs("+"), cs("single")) == "single")
        #expect(try Core.show("join", cs("+"), .nil) == "")
    }

    @Test func shuffleKeepsRunes() throws {
        let shuffled = try Core.show("shuffle", cs("abcdéf"))
        #expect(shuffled.unicodeScalars.sorted() == "abcdéf".unicodeScalars.sorted())
        #expect(try Core.show("shuffle", cs("")) == "")
        #expect(try Core.show("hello") == "Hello!")
    }
}
