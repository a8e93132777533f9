import GoRuntime
import Testing

/// Sprig math; expectations from helm v4.3.1 (fixtures/cases/sprig-core/math_*).
@Suite struct MathFunctionsTests {
    @Test func integerArithmetic() throws {
        #expect(try Core.show("add", ci(1), ci(2), ci(3)) == "6")
        #expect(try Core.show("add") == "0")
        #expect(try Core.type("add", ci(1), ci(1)) == "int64")
        #expect(try Core.show("add1", ci(5)) == "6")
        #expect(try Core.show("sub", ci(10), ci(3)) == "7")
        #expect(try Core.show("div", ci(7), ci(2)) == "3")
        #expect(try Core.show("div", ci(-7), ci(2)) == "-3")
        #expect(try Core.show("mod", ci(-7), ci(3)) == "-1")
        #expect(try Core.show("mul", ci(2), ci(3), ci(4)) == "24")
        #expect(try Core.show("mul", ci(5)) == "5")
    }

    @Test func operandsGoThroughCast() throws {
        #expect(try Core.show("add", cf(2.5), ci(1)) == "3")
        #expect(try Core.show("add", cs("3"), cs("4")) == "7")
        #expect(try Core.show("add", cs("0x10"), ci(1)) == "17")
        #expect(try Core.show("add", cs("1.5"), ci(1)) == "1")
        #expect(try Core.show("add", cb(true), .nil) == "1")
        #expect(try Core.show("add", cl(ci(1)), ci(1)) == "1")
        #expect(try Core.show("mul", cs("2"), cf(2.9)) == "4")
        #expect(try Core.show("add1", cs("010")) == "9")
    }

    @Test func integerErrorsAndOverflow() throws {
        #expect(try Core.error("div", ci(1), ci(0)) == "runtime error: integer divide by zero")
        #expect(try Core.error("mod", ci(5), cs("0")) == "runtime error: integer divide by zero")
        #expect(try Core.show("add", ci(Int64.max), ci(1)) == "-9223372036854775808")
        #expect(try Core.show("mul", ci(4_611_686_018_427_387_904), ci(4)) == "0")
        #expect(try Core.show("sub", ci(Int64.min), ci(1)) == "9223372036854775807")
        #expect(try Core.show("div", ci(Int64.min), ci(-1)) == "-9223372036854775808")
        #expect(try Core.show("mod", ci(Int64.min), ci(-1)) == "0")
    }

    @Test func maxMin() throws {
        #expect(try Core.show("max", ci(1), ci(5), ci(3)) == "5")
        #expect(try Core.show("min", ci(4), ci(2), ci(9)) == "2")
        #expect(try Core.show("biggest", ci(1), cs("7"), cf(2.9)) == "7")
        #expect(try Core.show("min", cs("x"), ci(3)) == "0")
        #expect(try Core.show("maxf", ci(1), cf(2.5), cs("3.5")) == "3.5")
        #expect(try Core.show("minf", ci(1), cf(-2.5)) == "-2.5")
        #expect(try Core.show("maxf", cs("nan"), ci(1)) == "NaN")
        #expect(try Core.show("minf", ci(0), cf(-0.0)) == "-0")
    }

    @Test func rounding() throws {
        #expect(try Core.show("floor", cf(1.7)) == "1")
        #expect(try Core.show("floor", cs("3.9")) == "3")
        #expect(try Core.show("ceil", cf(-1.7)) == "-1")
        #expect(try Core.show("round", cf(3.14159), ci(2)) == "3.14")
        #expect(try Core.show("round", cf(2.5), ci(0)) == "3")
        #expect(try Core.show("round", cf(-2.5), ci(0)) == "-3")
        #expect(try Core.show("round", cf(1.5), ci(0), cf(0.6)) == "1")
        #expect(try Core.show("round", cf(1234.5), ci(-2)) == "1200")
        #expect(try Core.show("round", cs("2.675"), ci(2)) == "2.68")
    }

    @Test func decimalArithmetic() throws {
        #expect(try Core.show("addf", cf(1.1), cf(2.2)) == "3.3")
        #expect(try Core.show("addf") == "0")
        #expect(try Core.show("addf", ci(1), cs("2.5")) == "3.5")
        #expect(try Core.show("add1f", cf(0.1)) == "1.1")
        #expect(try Core.show("subf", ci(10), cf(0.1), cf(0.2)) == "9.7")
        #expect(try Core.show("mulf", cf(1.1), ci(3)) == "3.3")
        #expect(try Core.show("mulf", cf(0.1), cf(0.2), cf(0.3)) == "0.006")
        #expect(try Core.show("divf", ci(10), ci(3)) == "3.3333333333333335")
        #expect(try Core.show("divf", ci(2), ci(3)) == "0.6666666666666667")
        #expect(try Core.show("divf", ci(1), ci(7)) == "0.1428571428571429")
        #expect(try Core.show("divf", ci(-2), ci(3)) == "-0.6666666666666667")
        #expect(try Core.show("mulf", cf(123456789.123), cf(987654321.987)) == "1.219326313559686e+17")
        #expect(try Core.show("divf", cf(1e300), cf(1e-300)) == "+Inf")
        #expect(try Core.show("addf", cf(1e-10), cf(1e10)) == "1e+10")
        #expect(try Core.error("divf", ci(1), ci(0)) == "decimal division by 0")
        #expect(try Core.error("addf", ci(1), cs("Inf")) == "Cannot create a Decimal from +Inf")
    }

    @Test func sequences() throws {
        #expect(try Core.show("until", ci(5)) == "[0 1 2 3 4]")
        #expect(try Core.show("until", ci(-3)) == "[0 -1 -2]")
        #expect(try Core.type("until", ci(2)) == "[]int")
        #expect(try Core.show("untilStep", ci(0), ci(10), ci(3)) == "[0 3 6 9]")
        #expect(try Core.show("untilStep", ci(10), ci(0), ci(-4)) == "[10 6 2]")
        #expect(try Core.show("untilStep", ci(1), ci(3), ci(0)) == "[]")
        #expect(try Core.show("seq", ci(5)) == "1 2 3 4 5")
        #expect(try Core.show("seq", ci(-3)) == "1 0 -1 -2 -3")
        #expect(try Core.show("seq", ci(0)) == "1 0")
        #expect(try Core.show("seq", ci(5), ci(2)) == "5 4 3 2")
        #expect(try Core.show("seq", ci(0), ci(2), ci(10)) == "0 2 4 6 8 10")
        #expect(try Core.show("seq", ci(10), ci(-3), ci(1)) == "10 7 4 1")
        #expect(try Core.show("seq", ci(10), ci(3), ci(1)) == "")
        #expect(try Core.show("seq") == "")
        #expect(try Core.show("seq", ci(1), ci(2), ci(3), ci(4)) == "")
    }
}
