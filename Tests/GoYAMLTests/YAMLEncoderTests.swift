import Testing
import GoRuntime
@testable import GoYAML

/// `toYaml` expectations taken from helm v4.3.1 output (see fixtures/cases/yaml).
@Suite struct YAMLEncoderTests {
    @Test(arguments: [
        ("plain", "plain"), ("yes", "\"yes\""), ("no", "\"no\""), ("on", "\"on\""), ("y", "\"y\""),
        ("1", "\"1\""), ("1.0", "\"1.0\""), ("0755", "\"0755\""), ("1e3", "\"1e3\""), ("0x1F", "\"0x1F\""),
        ("1_000", "\"1_000\""), (".5", "\".5\""), ("-.inf", "\"-.inf\""), ("1e400", "1e400"), ("0b12", "0b12"),
        ("", "\"\""), ("null", "\"null\""), ("~", "\"~\""), ("1:20", "\"1:20\""), ("2002-12-14", "\"2002-12-14\""),
        ("2001-02-30", "2001-02-30"), ("a: b", "'a: b'"), ("- a", "'- a'"), ("-", "'-'"), ("#c", "'#c'"),
        (" lead", "' lead'"), ("trail ", "'trail '"), ("a#b", "a#b"), ("a #b", "'a #b'"), ("it's", "it's"),
        ("'q'", "'''q'''"), ("tab\there", "\"tab\\there\""), ("emoji 😀", "\"emoji \\U0001F600\""),
        ("héllo", "héllo"), ("---", "'---'"), ("<<", "<<"),
    ])
    func scalarQuoting(_ input: String, _ expected: String) {
        #expect(YAMLEncoder.toYAML(.string(input)) == expected)
    }

    @Test(arguments: [
        ("a\nb", "|-\n  a\n  b"), ("a\nb\n", "|\n  a\n  b"), ("a\nb\n\n", "|+\n  a\n  b\n"),
        ("\n", "|2+\n"), (" a\nb", "|2-\n   a\n  b"), ("a \nb", "\"a \\nb\""), ("a\n b", "|-\n  a\n   b"),
        ("a\r\nb", "\"a\\r\\nb\""),
    ])
    func multilineStrings(_ input: String, _ expected: String) {
        #expect(YAMLEncoder.toYAML(.string(input)) == expected)
    }

    @Test(arguments: [
        (1.0, "1"), (1.5, "1.5"), (1e20, "1e+20"), (1e21, "1e+21"), (1e-7, "1e-07"), (0.000001, "1e-06"),
        (1234567.5, "1.2345675e+06"), (123456.5, "123456.5"), (-0.0, "0"), (12345678901.0, "12345678901"),
        (9223372036854775808.0, "9223372036854776000"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    ])
    func floats(_ input: Double, _ expected: String) {
        #expect(YAMLEncoder.toYAML(.float(input)) == expected)
    }

    @Test func nonFiniteFloatsFail() {
        #expect(YAMLEncoder.toYAML(.float(.nan)) == "")
        #expect(YAMLEncoder.toYAML(.list([.int(1), .float(-.infinity)])) == "")
    }

    @Test func integersKeepTheirText() {
        #expect(YAMLEncoder.toYAML(.int64(9007199254740993)) == "9007199254740993")
        #expect(YAMLEncoder.toYAML(.int(-1, .uint64)) == "18446744073709551615")
    }

    @Test func structure() {
        let value = Value.map([
            "b": .list([.int(1), .list([.int(2)]), .map(["k": .string("v"), "j": .list([])])]),
            "a": .map([:]),
            "c": .nil,
        ])
        #expect(YAMLEncoder.toYAML(value) == "a: {}\nb:\n- 1\n- - 2\n- j: []\n  k: v\nc: null")
    }

    @Test func longPlainStringsFoldAtEighty() {
        let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
        #expect(YAMLEncoder.toYAML(.map(["long": .string(text)]))
            == "long: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\n  incididunt ut labore et dolore")
    }

    @Test func longKeysBecomeComplexKeys() {
        let key = String(repeating: "k", count: 129)
        #expect(YAMLEncoder.toYAML(.map([key: .string("v")])) == "? " + key + "\n: v")
    }

    @Test func keyOrder() {
        let keys = ["a10", "a2", "a1", "b", "B", "_a", "A1", "ab1c", "ab01c", "9", "10", "z", "é", "-x", ".x"]
        #expect(YAMLKeyOrder.sorted(keys) == ["-x", ".x", "_a", "9", "10", "A1", "B", "a1", "a2", "a10", "ab1c", "ab01c", "b", "z", "é"])
    }

    @Test func unreadableCharactersGiveEmptyOutput() {
        #expect(YAMLEncoder.toYAML(.string("del\u{7f}")) == "")
        #expect(YAMLEncoder.toYAML(.string("c1\u{80}")) == "")
        #expect(YAMLEncoder.toYAML(.string("nbsp\u{a0}x")) == "nbsp\u{a0}x")
    }

    @Test func nextLineIsFolded() {
        #expect(YAMLEncoder.toYAML(.string("x\u{85}y")) == "x y")
        #expect(YAMLEncoder.toYAML(.string("x \u{85}\u{85} y")) == "|-\n  x\n  y")
        #expect(YAMLEncoder.toYAML(.map(["k\u{85}ey": .int(1)])) == "")
    }

    @Test func byteOrderMarkEscapesTheWholeString() {
        #expect(YAMLEncoder.toYAML(.string("\u{feff}start")) == "\"\\uFEFF\\x73\\x74\\x61\\x72\\x74\"")
        #expect(YAMLEncoder.toYAML(.string("mid\u{feff}dle")) == "\"mid\\uFEFFdle\"")
    }

    @Test func encodeKeepsTrailingNewline() throws {
        #expect(try YAMLEncoder.encode(.map(["a": .int(1)])) == "a: 1\n")
        #expect(try YAMLEncoder.encode(.string("x")) == "x\n")
    }
}

/// `toYamlPretty` (go-yaml v3, indent 2) expectations from helm v4.3.1.
@Suite struct YAMLPrettyEncoderTests {
    @Test func structure() {
        let value = Value.map([
            "b": .list([.float(1), .float(2.5), .string("yes")]),
            "a": .map(["c": .map([:]), "e": .string("multi\nline"), "g": .float(12345678901)]),
            "l": .list([.map(["p": .float(1), "q": .list([.string("x")])])]),
        ])
        #expect(YAMLEncoder.toYAMLPretty(value) == """
            a:
              c: {}
              e: |-
                multi
                line
              g: 1.2345678901e+10
            b:
              - 1
              - 2.5
              - "yes"
            l:
              - p: 1
                q:
                  - x
            """)
    }

    @Test(arguments: [
        ("a\tb\nc", "|-\n  a\tb\n  c"), ("tab\tx", "\"tab\\tx\""), ("del\u{7f}", "\"del\\x7F\""), ("x\u{85}y", "\"x\\Ny\""),
        ("\nlead", "|2-\n\n  lead"), (" lead", "' lead'"),
    ])
    func scalars(_ input: String, _ expected: String) {
        #expect(YAMLEncoder.toYAMLPretty(.string(input)) == expected)
    }

    @Test func nonFiniteFloats() {
        #expect(YAMLEncoder.toYAMLPretty(.list([.float(.nan), .float(-.infinity)])) == "- .nan\n- -.inf")
    }

    @Test func keyOrder() {
        #expect(YAMLKeyOrder.sorted(["a1b", "a1_", "a1-", "a1B", "ab", "a_", "10x", "10-"], v3: true)
            == ["10x", "10-", "a_", "a1B", "a1b", "a1-", "a1_", "ab"])
    }
}
