import GoRuntime
import Testing

/// Sprig list functions; expectations from helm v4.3.1 (fixtures/cases/sprig-core/list_*).
@Suite struct ListFunctionsTests {
    let numbers = Value.list(GoList([.float(1), .float(2), .float(3)]))
    let fruits = Value.stringList(["banana", "apple", "cherry"])

    @Test func basics() throws {
        #expect(try Core.show("list", ci(1), cs("a"), .nil, cf(2.5)) == "[1 a <nil> 2.5]")
        #expect(try Core.type("list") == "[]interface {}")
        #expect(try Core.show("tuple", ci(1), ci(2)) == "[1 2]")
        #expect(try Core.show("first", numbers) == "1")
        #expect(try Core.show("last", numbers) == "3")
        #expect(try Core.show("rest", numbers) == "[2 3]")
        #expect(try Core.show("initial", numbers) == "[1 2]")
        #expect(try Core.call("first", cl()).isNil)
        #expect(try Core.call("last", cl()).isNil)
        #expect(try Core.show("rest", cl()) == "[]")
        #expect(try Core.type("first", cl(ci(1))) == "int")
    }

    @Test func appendAndPrepend() throws {
        #expect(try Core.show("append", numbers, ci(4)) == "[1 2 3 4]")
        #expect(try Core.show("prepend", numbers, ci(0)) == "[0 1 2 3]")
        #expect(try Core.show("mustAppend", cl(ci(1)), cl(ci(2))) == "[1 [2]]")
        #expect(try Core.show("mustPrepend", fruits, cs("z")) == "[z banana apple cherry]")
        #expect(try Core.show("mustPush", fruits, .nil) == "[banana apple cherry <nil>]")
        #expect(try Core.type("append", cstrs("a"), cs("b")) == "[]interface {}")
    }

    @Test func kindErrors() throws {
        let nilDeref = "runtime error: invalid memory address or nil pointer dereference"
        #expect(try Core.error("append", cs("abc"), cs("d")) == "Cannot push on type string")
        #expect(try Core.error("mustPrepend", cd(["a": ci(1)]), cs("d")) == "Cannot prepend on type map")
        #expect(try Core.error("first", .nil) == nilDeref)
        #expect(try Core.error("mustFirst", ci(3)) == "Cannot find first on type int")
        #expect(try Core.error("last", cs("abc")) == "Cannot find last on type string")
        #expect(try Core.error("mustRest", ci(5)) == "Cannot find rest on type int")
        #expect(try Core.error("initial", cb(true)) == "Cannot find initial on type bool")
        #expect(try Core.error("reverse", cd([:])) == "Cannot find reverse on type map")
        #expect(try Core.error("compact", cf(3.5)) == "Cannot compact on type float64")
        #expect(try Core.error("mustUniq", cs("ab")) == "Cannot find uniq on type string")
        #expect(try Core.error("without", cd(["a": ci(1)]), cs("a")) == "Cannot find without on type map")
        #expect(try Core.error("has", ci(1), cs("123")) == "Cannot find has on type string")
        #expect(try Core.error("concat", cl(ci(1)), cs("x")) == "Cannot concat type string as list")
        #expect(try Core.error("concat", cl(ci(1)), .nil) == nilDeref)
        #expect(try Core.error("chunk", ci(2), cs("abc")) == "Cannot chunk type string")
        #expect(try Core.error("slice", cs("abc"), ci(1)) == "list should be type of slice or array but string")
    }

    @Test func reverseUniqCompact() throws {
        #expect(try Core.show("reverse", numbers) == "[3 2 1]")
        #expect(try Core.show("mustReverse", fruits) == "[cherry apple banana]")
        #expect(try Core.show("uniq", cl(ci(1), ci(1), cs("1"), ci(2), cf(1), .nil, .nil, ci(2))) == "[1 1 2 1 <nil>]")
        #expect(try Core.show("uniq", cl(cl(ci(1)), cl(ci(1)), cd([:]), cd([:]))) == "[[1] map[]]")
        #expect(
            try Core.show("compact", cl(ci(0), ci(1), cs(""), cs("a"), .nil, cb(false), cb(true), cl(), cd([:])))
                == "[1 a true]")
    }

    @Test func withoutAndHasUseDeepEqual() throws {
        #expect(try Core.show("without", numbers, ci(2)) == "[1 2 3]")
        #expect(try Core.show("without", numbers, cf(2)) == "[1 3]")
        #expect(try Core.show("without", cl(ci(1), ci(2), ci(3), ci(2)), ci(2), ci(3)) == "[1]")
        #expect(try Core.show("has", cf(2), numbers) == "true")
        #expect(try Core.show("has", ci(2), numbers) == "false")
        #expect(try Core.show("has", cs("apple"), fruits) == "true")
        #expect(try Core.show("has", .nil, cl(.nil)) == "true")
        #expect(try Core.show("has", ci(1), .nil) == "false")
    }

    @Test func slicing() throws {
        #expect(try Core.show("slice", numbers) == "[1 2 3]")
        #expect(try Core.show("slice", numbers, ci(1)) == "[2 3]")
        #expect(try Core.show("slice", numbers, ci(1), ci(2)) == "[2]")
        #expect(try Core.show("slice", numbers, ci(3)) == "[]")
        #expect(try Core.call("slice", cl()).isNil)
        #expect(try Core.type("slice", cstrs("a", "b", "c"), ci(1)) == "[]string")
        #expect(try Core.show("slice", cstrs("a", "b", "c"), cs("1"), cs("2")) == "[b]")
        #expect(try Core.error("slice", cl(ci(1), ci(2), ci(3)), ci(1), ci(4)) == "reflect.Value.Slice: slice index out of bounds")
        #expect(try Core.error("mustSlice", cl(ci(1), ci(2), ci(3)), ci(2), ci(1)) == "reflect.Value.Slice: slice index out of bounds")
    }

    @Test func concatAndChunk() throws {
        #expect(try Core.show("concat", cl(ci(1), ci(2)), cl(ci(3)), fruits) == "[1 2 3 banana apple cherry]")
        #expect(try Core.show("concat") == "[]")
        #expect(try Core.show("chunk", ci(2), cl(ci(1), ci(2), ci(3), ci(4), ci(5))) == "[[1 2] [3 4] [5]]")
        #expect(try Core.show("chunk", ci(3), cl(ci(1), ci(2), ci(3))) == "[[1 2 3]]")
        #expect(try Core.show("chunk", ci(2), cl()) == "[]")
        #expect(try Core.show("chunk", ci(-1), cl(ci(1), ci(2))) == "[]")
        #expect(try Core.error("chunk", ci(0), cl(ci(1), ci(2))) == "runtime error: makeslice: len out of range")
        #expect(try Core.error("chunk", ci(-1), cl(ci(1), ci(2), ci(3))) == "runtime error: makeslice: len out of range")
    }

    @Test func sortAlpha() throws {
        #expect(try Core.show("sortAlpha", fruits) == "[apple banana cherry]")
        #expect(try Core.show("sortAlpha", cl(cs("b"), ci(10), ci(2), cs("B"), cs("a"), .nil)) == "[10 2 B a b]")
        #expect(try Core.show("sortAlpha", cs("single")) == "[single]")
        #expect(try Core.show("sortAlpha", .nil) == "[<nil>]")
        #expect(try Core.show("sortAlpha", cstrs("é", "z", "e", "Z")) == "[Z e z é]")
        #expect(try Core.type("sortAlpha", cl()) == "[]string")
    }
}
