import Testing
import GoRuntime
@testable import GoYAML

/// Values-file decoding; expectations from helm v4.3.1 (see fixtures/cases/yaml).
@Suite struct YAMLDecoderTests {
    private func json(_ text: String) throws -> String {
        try GoJSON.encode(.map(YAMLDecoder.loadValues(text)))
    }

    private func error(_ text: String) -> String {
        do {
            _ = try YAMLDecoder.loadValues(text)
            return ""
        } catch {
            return String(describing: error)
        }
    }

    @Test func scalarsBecomeJSONTypes() throws {
        #expect(try json("a: 1\nb: 1.5\nc: yes\nd: off\ne: 0755\nf: 0x1F\ng: 1_000\nh: ~\ni: 2001-01-01\nj: \"1\"\n")
            == "{\"a\":1,\"b\":1.5,\"c\":true,\"d\":false,\"e\":493,\"f\":31,\"g\":1000,\"h\":null,\"i\":\"2001-01-01\",\"j\":\"1\"}")
        let values = try YAMLDecoder.loadValues("num: 12345678901\nn: x\n")
        #expect(values["num"]?.goTypeName == "float64")
        #expect(values["false"]?.stringValue == "x")  // `n` is a YAML 1.1 boolean key
    }

    @Test func keysBecomeStrings() throws {
        #expect(try json("1: a\n1.5: b\ntrue: c\nn: d\n3.14159265358979: e\n0x10: f\n")
            == "{\"1\":\"a\",\"1.5\":\"b\",\"16\":\"f\",\"3.1415927\":\"e\",\"false\":\"d\",\"true\":\"c\"}")
    }

    @Test func anchorsAndMerges() throws {
        #expect(try json("base: &b {a: 1, b: 2}\nd:\n  <<: *b\n  b: 3\ne:\n  b: 9\n  <<: *b\n")
            == "{\"base\":{\"a\":1,\"b\":2},\"d\":{\"a\":1,\"b\":3},\"e\":{\"a\":1,\"b\":2}}")
        #expect(try json("a: &a {p: 1, q: 1}\nb: &b {q: 2, r: 2}\nm:\n  <<: [*a, *b]\n")
            == "{\"a\":{\"p\":1,\"q\":1},\"b\":{\"q\":2,\"r\":2},\"m\":{\"p\":1,\"q\":1,\"r\":2}}")
    }

    @Test func aliasesAreIndependentCopies() throws {
        let values = try YAMLDecoder.loadValues("a: &x {k: 1}\nb: *x\n")
        values["a"]?.mapValue?["k"] = .int(2)
        #expect(values["b"]?.mapValue?["k"].map { if case .float(1) = $0 { return true } else { return false } } == true)
    }

    @Test func documentsAreMerged() throws {
        #expect(try json("a: 1\nm: {p: 1, q: 1}\n---\nb: 2\nm: {q: 2}\n") == "{\"a\":1,\"b\":2,\"m\":{\"p\":1,\"q\":2}}")
        #expect(try json("") == "{}")
        #expect(try json("# only a comment\n") == "{}")
    }

    @Test(arguments: [
        ("a: 1\n b: 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"),
        ("a: [1, 2\nb: 3\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"),
        ("a: \"abc\nb: 1\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: found unexpected end of stream"),
        ("a:\n\tb: 1\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: found character that cannot start any token"),
        ("a: *x\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: unknown anchor 'x' referenced"),
        ("a: !!int abc\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int"),
        ("~: 1\n", "cannot unmarshal yaml document: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"),
        ("a: .inf\n", "cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: +Inf"),
        ("- a\n", "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"),
        ("a: 1\n--- x\n", "error reading yaml document: invalid Yaml document separator: x"),
        // libyaml 0.2.5 accepts `[http://x/y?a=b]` and the `\/` escape, which go-yaml v2
        // rejects: see yaml/values_flow_* and yaml/values_escaped_slash_error in
        // fixtures/known-failures.txt.
        ("a: b\u{1}c\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: control characters are not allowed"),
    ])
    func errors(_ text: String, _ expected: String) {
        #expect(error(text) == expected)
    }

    @Test func invalidUTF8IsAReaderError() {
        let bytes: [UInt8] = Array("a: b".utf8) + [0xFF, 0x0A]
        #expect(throws: YAMLError.self) {
            _ = try bytes.withUnsafeBufferPointer { try YAMLDecoder.decodeValues(bytes: $0) }
        }
    }

    @Test func fromYAML() throws {
        #expect(try GoJSON.encode(.map(YAMLDecoder.fromYAML("a: 1\n---\nb: 2"))) == "{\"a\":1}")
        #expect(try GoJSON.encode(.map(YAMLDecoder.fromYAML("- 1"))) ==
            "{\"Error\":\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}\"}")
        #expect(try GoJSON.encode(.list(YAMLDecoder.fromYAMLArray("a: 1"))) ==
            "[\"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}\"]")
        #expect(YAMLDecoder.fromYAMLArray("").isEmpty)
        #expect(YAMLDecoder.fromYAML("~").count == 0)
    }

    @Test func decodeAnyTopLevel() throws {
        #expect(try YAMLDecoder.decode("- 1\n- x").listValue?.elements.count == 2)
        #expect(try YAMLDecoder.decode("x").stringValue == "x")
        #expect(try YAMLDecoder.decode("").isNil)
    }
}

/// Raw bytes go through go-yaml's reader checks.
@Suite struct YAMLReaderTests {
    @Test(arguments: [
        ([0x61, 0x3A, 0x20, 0x62, 0xFF, 0x0A] as [UInt8], "yaml: invalid leading UTF-8 octet"),
        ([0x61, 0x3A, 0x20, 0x62, 0xC3, 0x0A], "yaml: invalid trailing UTF-8 octet"),
        ([0x61, 0x3A, 0x20, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x0A], "yaml: invalid Unicode character"),
        ([0x61, 0x3A, 0x20, 0xC3], "yaml: invalid trailing UTF-8 octet"),  // LoadValues adds a final newline
    ])
    func invalidUTF8(_ bytes: [UInt8], _ problem: String) {
        #expect(throws: YAMLError(.syntax, "cannot unmarshal yaml document: error converting YAML to JSON: " + problem)) {
            try YAMLDecoder.loadValues(bytes: bytes)
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try YAMLDecoder.loadValues(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).count == 1)
    }
}
