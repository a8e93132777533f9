import Foundation
@testable import HelmEngine
import Testing

/// The draft-07 meta-schema fast check never calls valid what the generic meta-validation
/// rejects, and is sure about the common valid shapes.
@Suite struct SchemaMetaFastCheckTests {
    static let valid: [String] = [
        ##"{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"a":{"type":"string","description":"x","default":"y"}}}"##,
        ##"{"type":["string","integer"],"minimum":0,"maximum":1.5,"enum":["a","b",true,null]}"##,
        ##"{"definitions":{"d":{"type":"object"}},"properties":{"x":{"$ref":"#/definitions/d"}},"required":["x","y"]}"##,
        ##"{"items":[{"type":"string"},true],"additionalItems":false,"minItems":1,"maxItems":3,"uniqueItems":true}"##,
        ##"{"items":{"type":"string","pattern":"^[a-z]+$","minLength":0,"maxLength":10}}"##,
        ##"{"oneOf":[{"type":"string"},{"type":"null"}],"anyOf":[true],"allOf":[{}],"not":{"type":"array"}}"##,
        ##"{"patternProperties":{"^a.*$":{"type":"string"}},"additionalProperties":{"type":"integer"}}"##,
        ##"{"dependencies":{"a":["b","c"],"d":{"required":["e"]}},"if":{},"then":{},"else":false}"##,
        ##"{"multipleOf":0.5,"examples":[1,"x"],"readOnly":true,"const":{"a":1},"x-unknown":{"type":5}}"##,
        ##"true"##,
    ]

    static let invalid: [String] = [
        ##"{"type":"strings"}"##,
        ##"{"type":[]}"##,
        ##"{"type":["string","string"]}"##,
        ##"{"properties":{"a":5}}"##,
        ##"{"properties":[]}"##,
        ##"{"required":["a","a"]}"##,
        ##"{"required":"a"}"##,
        ##"{"enum":[]}"##,
        ##"{"enum":["a","a"]}"##,
        ##"{"minimum":"1"}"##,
        ##"{"minLength":-1}"##,
        ##"{"minLength":1.5}"##,
        ##"{"maxItems":"3"}"##,
        ##"{"multipleOf":0}"##,
        ##"{"multipleOf":-2}"##,
        ##"{"pattern":"("}"##,
        ##"{"pattern":5}"##,
        ##"{"patternProperties":{"(":{}}}"##,
        ##"{"items":[]}"##,
        ##"{"items":5}"##,
        ##"{"allOf":[]}"##,
        ##"{"anyOf":[5]}"##,
        ##"{"not":"x"}"##,
        ##"{"description":5}"##,
        ##"{"$ref":5}"##,
        ##"{"uniqueItems":"yes"}"##,
        ##"{"examples":{}}"##,
        ##"{"dependencies":{"a":["b","b"]}}"##,
        ##"{"dependencies":{"a":5}}"##,
        ##"{"definitions":{"a":{"type":"x"}}}"##,
        ##"5"##,
    ]

    /// Numbers, for which the fast check is not sure but the generic validation accepts.
    static let unsure: [String] = [
        ##"{"enum":[1,2]}"##,
        ##"{"minLength":1.0}"##,
        ##"{"maxLength":1e2}"##,
    ]

    private func parse(_ text: String) throws -> SchemaJSON {
        try SchemaJSON.parse(Array(text.utf8))
    }

    @Test(arguments: valid)
    func acceptsValid(_ text: String) throws {
        let document = try parse(text)
        #expect(SchemaMetaFastCheck.isValidDraft7(document))
        #expect(SchemaMetaValidation.genericProblem(document, draft: 7) == nil)
    }

    @Test(arguments: invalid)
    func leavesInvalidToTheGenericCheck(_ text: String) throws {
        let document = try parse(text)
        #expect(!SchemaMetaFastCheck.isValidDraft7(document))
        #expect(SchemaMetaValidation.genericProblem(document, draft: 7) != nil)
        #expect(SchemaMetaValidation.problem(document, draft: 7) == SchemaMetaValidation.genericProblem(document, draft: 7))
    }

    @Test(arguments: unsure)
    func leavesNumbersToTheGenericCheck(_ text: String) throws {
        let document = try parse(text)
        #expect(!SchemaMetaFastCheck.isValidDraft7(document))
        #expect(SchemaMetaValidation.problem(document, draft: 7) == nil)
    }

    /// The benchmark chart's schemas (bitnami-shaped, generated) are proven valid quickly.
    @Test func benchSchemasAreValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/charts/bitnami-style")
        for sub in ["", "charts/redis/", "charts/memcached/", "charts/postgresql/"] {
            let data = try Data(contentsOf: root.appendingPathComponent(sub + "values.schema.json"))
            let document = try SchemaJSON.parse(Array(data))
            #expect(SchemaMetaFastCheck.isValidDraft7(document), "\(sub)values.schema.json")
            #expect(SchemaMetaValidation.genericProblem(document, draft: 7) == nil, "\(sub)values.schema.json")
        }
    }
}
