import GoRuntime
@testable import HelmEngine
import Testing

/// Number and quoting styles of jsonschema's messages, as helm v4.3.1 prints them.
@Suite struct SchemaTextTests {
    @Test(arguments: [
        (1234.0, "1,234"), (5000.5, "5,000.5"), (1234567.25, "1.23456725×10⁰⁶"),
        (0.000001, "1×10⁻⁰⁶"), (0.0001, "0.0001"), (0.00001234, "1.234×10⁻⁰⁵"),
        (-1234.5, "-1,234.5"), (999999.0, "999,999"), (1e6, "1×10⁰⁶"), (0.0, "0"),
        (1e22, "1×10²²"), (5e-324, "5×10⁻³²⁴"), (12345678901234567890.0, "1.2345678901234567×10¹⁹"),
    ])
    func floats(_ value: Double, _ text: String) {
        #expect(SchemaText.float(value) == text)
    }

    @Test func ints() {
        #expect(SchemaText.int(858) == "858")
        #expect(SchemaText.int(12345) == "12,345")
        #expect(SchemaText.int(-1000) == "-1,000")
    }

    @Test func quoting() {
        #expect(SchemaText.quote("it's \"q\"") == "'it\\'s \"q\"'")
        #expect(SchemaText.quote("é\n") == "'é\\n'")
    }

    @Test func multipleOf() throws {
        let tenth = try #require(SchemaNumber(literal: "0.1"))
        #expect(SchemaNumber(value: .float(0.3))?.isMultiple(of: tenth) == true)
        #expect(SchemaNumber(value: .float(0.35))?.isMultiple(of: tenth) == false)
        #expect(SchemaNumber(value: .int(9, .int64))?.isMultiple(of: try #require(SchemaNumber(literal: "3"))) == true)
        #expect(SchemaNumber(value: .float(1e20))?.isMultiple(of: try #require(SchemaNumber(literal: "7"))) == false)
    }
}
