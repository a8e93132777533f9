@testable import HelmEngine
import Testing

/// The pieces of helm v3's schema validator that are plain arithmetic or URL resolution; its
/// messages are checked against helm v3's goldens by `SchemaGoldenTests.matchesHelmV3`.
@Suite struct GoJSONSchemaTests {
    private func number(_ text: String) throws -> SchemaNumber {
        try #require(SchemaNumber(literal: text))
    }

    @Test func comparesExactDecimals() throws {
        #expect(try number("0.1").compare(number("0.10")) == 0)
        #expect(try number("1e2").compare(number("100")) == 0)
        #expect(try number("-5").compare(number("-4.99")) == -1)
        #expect(try number("0").compare(number("-0.0")) == 0)
        // Beyond float64: 2^53 + 1 is greater than 2^53.
        #expect(try number("9007199254740993").compare(number("9007199254740992")) == 1)
        #expect(try number("-1e-300").compare(number("0")) == -1)
    }

    @Test func resolvesReferencesLikeGoURLs() {
        #expect(GoJSONSchemaReferences.resolve("#/definitions/a", against: "") == "#/definitions/a")
        #expect(GoJSONSchemaReferences.resolve("item.json", against: "http://example.com/s/root.json")
                == "http://example.com/s/item.json")
        #expect(GoJSONSchemaReferences.resolve("/x.json#/a", against: "http://example.com/s/root.json")
                == "http://example.com/x.json#/a")
        #expect(GoJSONSchemaReferences.resolve("other.json", against: "") == "/other.json")
        #expect(GoJSONSchemaReferences.resolve("http://json-schema.org/draft-07/schema#", against: "")
                == "http://json-schema.org/draft-07/schema")
    }

    @Test func readsJSONPointers() throws {
        let document = try SchemaJSON.parse(Array(#"{"a": {"b~c/d": [1, {"e": 2}]}}"#.utf8))
        let found = try GoJSONSchemaReferences.pointer("/a/b~0c~1d/1/e", in: document)
        guard case .number(let text) = found else {
            Issue.record("expected a number, got \(found)")
            return
        }
        #expect(text == "2")
        #expect(throws: GoJSONSchemaError.self) { try GoJSONSchemaReferences.pointer("/a/x", in: document) }
    }

    @Test func aReferenceCycleOverflowsInsteadOfRecursingForever() throws {
        let document = try SchemaJSON.parse(Array(##"{"allOf": [{"$ref": "#"}]}"##.utf8))
        let (root, count) = try GoJSONSchemaCompiler.compile(document)
        #expect(throws: GoJSONSchemaValidator.Overflow.self) {
            _ = try GoJSONSchemaValidator(schemaCount: count).validate(.object([:]), root)
        }
    }
}
