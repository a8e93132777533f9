import GoRuntime
import Testing

/// Sprig conversions (spf13/cast v1.7 semantics); expectations from helm v4.3.1
/// (fixtures/cases/sprig-core/conv_*).
@Suite struct ConversionFunctionsTests {
    @Test func intFromStrings() throws {
        let cases: [(String, String)] = [
            ("42", "42"), ("010", "8"), ("0x1F", "31"), ("0b101", "5"), ("0o17", "15"), ("1_000", "1000"),
            ("1.0", "1"), ("1.50", "0"), (" 1", "0"), ("abc", "0"), ("9223372036854775808", "0"),
        ]
        for (input, output) in cases { #expect(try Core.show("int", cs(input)) == output, "\(input)") }
        #expect(try Core.show("int", cf(3.99)) == "3")
        #expect(try Core.show("int", cf(-3.99)) == "-3")
        #expect(try Core.show("int", cb(true)) == "1")
        #expect(try Core.show("int", .nil) == "0")
        #expect(try Core.show("int", cl(ci(1))) == "0")
        #expect(try Core.type("int", ci(1)) == "int")
        #expect(try Core.type("int64", ci(1)) == "int64")
    }

    @Test func float64FromStrings() throws {
        let cases: [(String, String)] = [
            ("1.5", "1.5"), ("1e3", "1000"), ("1_0.5", "10.5"), ("0x1p-2", "0.25"), ("inf", "+Inf"),
            ("-Infinity", "-Inf"), ("NaN", "NaN"), ("1e400", "0"), ("1e-400", "0"), (".5", "0.5"), ("5.", "5"),
            ("0x1", "0"), ("1__0", "0"),
        ]
        for (input, output) in cases { #expect(try Core.show("float64", cs(input)) == output, "\(input)") }
        #expect(try Core.show("float64", cb(true)) == "1")
        #expect(try Core.type("float64", ci(1)) == "float64")
    }

    @Test func atoiKeepsClampedValue() throws {
        let cases: [(String, String)] = [
            ("42", "42"), ("-42", "-42"), ("+7", "7"), ("4_2", "0"), (" 4", "0"), ("0x10", "0"), ("", "0"),
            ("99999999999999999999", "9223372036854775807"), ("-99999999999999999999", "-9223372036854775808"),
        ]
        for (input, output) in cases { #expect(try Core.show("atoi", cs(input)) == output, "\(input)") }
        #expect(try Core.type("atoi", cs("1")) == "int")
    }

    @Test func toDecimalParsesOctal() throws {
        #expect(try Core.show("toDecimal", cs("0777")) == "511")
        #expect(try Core.show("toDecimal", ci(777)) == "511")
        #expect(try Core.show("toDecimal", cs("-17")) == "-15")
        #expect(try Core.show("toDecimal", cs("0o777")) == "0")
        #expect(try Core.show("toDecimal", cs("8")) == "0")
        #expect(try Core.show("toDecimal", cf(7)) == "7")
        #expect(try Core.show("toDecimal", .nil) == "0")
        #expect(try Core.type("toDecimal", ci(1)) == "int64")
    }

    @Test func toStringAndToStrings() throws {
        #expect(try Core.show("toString", cf(2.5)) == "2.5")
        #expect(try Core.show("toString", .nil) == "<nil>")
        #expect(try Core.show("toString", cf(12_345_678_901)) == "1.2345678901e+10")
        #expect(try Core.show("toStrings", cl(cs("a"), cf(1), cb(true), .nil, cf(2.5))) == "[a 1 true 2.5]")
        #expect(try Core.type("toStrings", cl(ci(1))) == "[]string")
        #expect(try Core.show("toStrings", cs("one")) == "[one]")
        #expect(try Core.show("toStrings", .nil) == "[]")
        #expect(try Core.show("toStrings", ci(5)) == "[5]")
    }
}
