import GoRuntime
import Testing

/// Sprig defaults and flow control; expectations from helm v4.3.1
/// (fixtures/cases/sprig-core/default_*).
@Suite struct DefaultFunctionsTests {
    @Test func defaultUsesEmptiness() throws {
        #expect(try Core.show("default", cs("d"), cs("")) == "d")
        #expect(try Core.show("default", cs("d"), cs("x")) == "x")
        #expect(try Core.show("default", cs("d"), .nil) == "d")
        #expect(try Core.show("default", cs("d"), ci(0)) == "d")
        #expect(try Core.show("default", cs("d"), cb(false)) == "d")
        #expect(try Core.show("default", cs("d"), cl()) == "d")
        #expect(try Core.show("default", cs("d"), cd([:])) == "d")
        #expect(try Core.show("default", cs("d"), cl(ci(1))) == "[1]")
        #expect(try Core.show("default", cs("d")) == "d")
    }

    @Test func emptiness() throws {
        let empty: [Value] = [cs(""), ci(0), cf(0), cb(false), .nil, cl(), cd([:])]
        for v in empty { #expect(try Core.show("empty", v) == "true", "\(GoFormat.value(v))") }
        let full: [Value] = [cs("a"), ci(1), cb(true), cl(ci(0)), cd(["a": .nil])]
        for v in full { #expect(try Core.show("empty", v) == "false", "\(GoFormat.value(v))") }
    }

    @Test func coalesceAllAny() throws {
        #expect(try Core.show("coalesce", ci(0), cs(""), .nil, cs("first"), cs("second")) == "first")
        #expect(try Core.call("coalesce", ci(0), cs("")).isNil)
        #expect(try Core.call("coalesce").isNil)
        #expect(try Core.show("all", ci(1), cs("a"), cb(true)) == "true")
        #expect(try Core.show("all", ci(1), cs(""), cb(true)) == "false")
        #expect(try Core.show("all") == "true")
        #expect(try Core.show("any", ci(0), cs(""), .nil) == "false")
        #expect(try Core.show("any", ci(0), cs("x")) == "true")
        #expect(try Core.show("any") == "false")
    }

    @Test func ternaryAndFail() throws {
        #expect(try Core.show("ternary", cs("yes"), cs("no"), cb(true)) == "yes")
        #expect(try Core.show("ternary", cs("yes"), cs("no"), cb(false)) == "no")
        #expect(try Core.call("ternary", .nil, cs("b"), cb(true)).isNil)
        #expect(try Core.error("fail", cs("boom")) == "boom")
    }
}
