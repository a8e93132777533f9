import Testing
import GoYAML
@testable import HelmEngine

/// `SchemaJSON.parse` reads a schema in one strict pass; it must accept exactly what Go's
/// `encoding/json` accepts (`GoJSON.syntaxError` finds nothing) and read it as the lenient
/// reader does after that check.
@Suite struct SchemaJSONTests {
    static let texts: [String] = [
        #"{"a": 1, "b": [true, false, null, -0.5e+10, 0, 1E2], "c": {"d": "x\"y\\z\/\b\f\n\r\t\u00e9\ud83d\ude00"}}"#,
        "  {\"type\" :\"object\",\r\n\t\"properties\":{}}  \n",
        #"[]"#, #"{}"#, #""plain""#, "12", "-0", "1.5",
        #"{"dup": 1, "dup": 2}"#,
        "{\"bytes\": \"caf\u{E9} \u{FFFD}\"}",
        // Invalid, each for a different reason.
        "", "   ", "{", "}", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":1 "b":2}"#, "[1 2]",
        #"{a: 1}"#, "tru", "nul", "falsey", "01", "1.", ".5", "1e", "-", "+1", "1e+",
        #""unterminated"#, "\"tab\there\"", #""bad \q escape""#, #""\u12G4""#, #""\u12""#,
        "{} {}", "[1] x", "\u{FEFF}{}", "{\"a\":[1,{\"b\":nul}]}",
    ]

    static func describe(_ value: SchemaJSON) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return "n:" + n
        case .string(let s): return "s:" + Array(s.utf8).map(String.init).joined(separator: ",")
        case .array(let a): return "[" + a.map(describe).joined(separator: " ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { $0 + "=" + describe(o[$0] ?? .null) }.joined(separator: " ") + "}"
        }
    }

    @Test(arguments: texts)
    func strictReadingAgreesWithGo(_ text: String) {
        let bytes = Array(text.utf8)
        var strict = SchemaJSONParser(bytes: bytes, strict: true)
        let strictResult = try? strict.parseDocument()
        let goAccepts = GoJSON.syntaxError(text) == nil
        #expect((strictResult != nil) == goAccepts)
        if let strictResult {
            var lenient = SchemaJSONParser(bytes: bytes)
            let lenientResult = try? lenient.parseDocument()
            #expect(lenientResult.map(Self.describe) == Self.describe(strictResult))
        }
    }

}
