import Testing
import GoRuntime
@testable import GoYAML

/// encoding/json behaviour as helm (Go 1.27) shows it.
@Suite struct GoJSONTests {
    @Test func encodeEscapesAndSorts() throws {
        let value = Value.map(["z": .int(1), "a": .string("<a>&\u{8}\u{c}\n\u{1}\u{2028}é"), "": .nil])
        #expect(try GoJSON.encode(value) == "{\"\":null,\"a\":\"\\u003ca\\u003e\\u0026\\b\\f\\n\\u0001\\u2028é\",\"z\":1}")
        #expect(try GoJSON.encode(.string("<&>"), escapeHTML: false) == "\"<&>\"")
    }

    @Test(arguments: [
        (1.0, "1"), (1.5, "1.5"), (1e20, "100000000000000000000"), (1e21, "1e+21"), (1e-6, "0.000001"),
        (1e-7, "1e-7"), (-0.0, "-0"), (123456789.5, "123456789.5"), (5e-324, "5e-324"),
    ])
    func floats(_ input: Double, _ expected: String) throws {
        #expect(try GoJSON.encode(.float(input)) == expected)
    }

    @Test func nonFiniteFloatsFail() {
        #expect(throws: GoJSONError("json: unsupported value: NaN")) { try GoJSON.encode(.float(.nan)) }
    }

    @Test func pretty() throws {
        let value = Value.map(["a": .map(["b": .list([.int(1), .map(["c": .map([:])])]), "d": .list([])])])
        #expect(try GoJSON.encode(value, pretty: true)
            == "{\n  \"a\": {\n    \"b\": [\n      1,\n      {\n        \"c\": {}\n      }\n    ],\n    \"d\": []\n  }\n}")
    }

    @Test(arguments: [
        ("{\"a\":1} x", "invalid character 'x' after top-level value"),
        ("{\"a\":", "unexpected end of JSON input"),
        ("", "unexpected end of JSON input"),
        ("{\"a\" 1}", "invalid character '1' after object key"),
        ("{a: 1}", "invalid character 'a' looking for beginning of object key string"),
        ("[1,]", "invalid character ']' looking for beginning of value"),
        ("[1 2]", "invalid character '2' after array element"),
        ("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair"),
        ("-", "unexpected end of JSON input"),
        ("1.x", "invalid character 'x' in numeric literal"),
        ("trux", "invalid character 'x' in literal true (expecting 'e')"),
        ("\"\\q\"", "invalid escape sequence `\\q` in string"),
        ("\"\\u12g4\"", "invalid escape sequence `\\u12g4` in string"),
        ("\"tab\there\"", "invalid character '\\t' in string"),
        ("\u{a0}", "invalid character '\\u00a0' looking for beginning of value"),
    ])
    func syntaxErrors(_ text: String, _ expected: String) {
        #expect(throws: GoJSONError(expected)) { try GoJSON.decode(text) }
    }

    @Test func fromJSON() throws {
        #expect(try GoJSON.encode(GoJSON.fromJSON("{\"a\": [1, 2.5, null, true], \"a\": {}}")) == "{\"a\":{}}")
        #expect(try GoJSON.encode(GoJSON.fromJSON("[1]"))
            == "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}")
        #expect(try GoJSON.encode(GoJSON.fromJSON("null")) == "null")
        #expect(try GoJSON.encode(GoJSON.fromJSON("{\"x\":[1e400, 2], \"y\": 1e999}"))
            == "{\"Error\":\"json: cannot unmarshal number 1e400 into .x.0 of type float64\",\"x\":[0,2],\"y\":0}")
        #expect(try GoJSON.encode(GoJSON.fromJSON("{\"a\":{\"b\":1e400}}"))
            == "{\"Error\":\"json: cannot unmarshal number 1e400 into Go struct field .a.b of type float64\",\"a\":{\"b\":0}}")
        #expect(try GoJSON.encode(GoJSON.fromJSONArray("{}"))
            == "[\"json: cannot unmarshal object into Go value of type []interface {}\"]")
    }

    @Test func surrogates() throws {
        #expect(try GoJSON.decode("\"\\ud83d\\ude00 \\ud800 \\udc00x\"").stringValue == "😀 \u{FFFD} \u{FFFD}x")
    }

    @Test func numbersAreFloat64() throws {
        #expect(try GoJSON.decode("{\"a\": 1}").mapValue?["a"]?.goTypeName == "float64")
    }
}
