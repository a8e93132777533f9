import GoRuntime
import Testing

/// Sprig reflection functions; expectations from helm v4.3.1 (fixtures/cases/sprig-core/reflect_*).
@Suite struct ReflectionFunctionsTests {
    @Test func typeAndKindNames() throws {
        let cases: [(Value, String, String)] = [
            (ci(1), "int", "int"), (cf(1.5), "float64", "float64"), (cs("s"), "string", "string"),
            (cb(true), "bool", "bool"), (.nil, "<nil>", "invalid"), (cl(), "[]interface {}", "slice"),
            (cd([:]), "map[string]interface {}", "map"), (.int(1, .int64), "int64", "int64"),
        ]
        for (value, type, kind) in cases {
            #expect(try Core.show("typeOf", value) == type)
            #expect(try Core.show("kindOf", value) == kind)
            #expect(try Core.show("typeIs", cs(type), value) == "true")
            #expect(try Core.show("kindIs", cs(kind), value) == "true")
        }
        #expect(try Core.show("typeIs", cs("int64"), ci(1)) == "false")
        #expect(try Core.show("typeIsLike", cs("int"), ci(1)) == "true")
    }

    @Test func deepEqualComparesTypes() throws {
        #expect(try Core.show("deepEqual", ci(1), ci(1)) == "true")
        #expect(try Core.show("deepEqual", ci(1), cf(1)) == "false")
        #expect(try Core.show("deepEqual", cl(ci(1), cs("a")), cl(ci(1), cs("a"))) == "true")
        #expect(try Core.show("deepEqual", cd(["a": ci(1)]), cd(["a": ci(2)])) == "false")
        #expect(try Core.show("deepEqual", cl(cf(1), cf(2)), cl(ci(1), ci(2))) == "false")
        #expect(try Core.show("deepEqual", .nil, .nil) == "true")
        #expect(try Core.show("deepEqual", cstrs("a"), cl(cs("a"))) == "false")
    }
}
