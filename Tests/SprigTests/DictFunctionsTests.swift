import GoRuntime
import Testing

/// Sprig dict functions and mergo merges; expectations from helm v4.3.1
/// (fixtures/cases/sprig-core/dict_*).
@Suite struct DictFunctionsTests {
    @Test func dictGetSet() throws {
        #expect(try Core.show("dict", cs("a"), ci(1), cs("b"), cs("two")) == "map[a:1 b:two]")
        #expect(try Core.show("dict", cs("odd")) == "map[odd:]")
        #expect(try Core.show("dict", ci(1), ci(2), .nil, ci(3), cb(true), ci(4)) == "map[1:2 <nil>:3 true:4]")
        #expect(try Core.show("get", cd(["a": ci(1)]), cs("a")) == "1")
        #expect(try Core.show("get", cd(["a": ci(1)]), cs("b")) == "")
        #expect(try Core.show("hasKey", cd(["a": .nil]), cs("a")) == "true")
        #expect(try Core.show("hasKey", cd([:]), cs("a")) == "false")
    }

    @Test func setAndUnsetChangeTheMap() throws {
        let map = GoMap(["a": .int(1, .int)])
        _ = try Core.call("set", .map(map), cs("b"), ci(2))
        _ = try Core.call("unset", .map(map), cs("a"))
        #expect(GoFormat.value(.map(map)) == "map[b:2]")
        #expect(try Core.error("set", .nil, cs("a"), ci(1)) == "assignment to entry in nil map")
    }

    @Test func keysValuesPluckPickOmit() throws {
        let m = cd(["x": cf(1), "w": cs("two")])
        #expect(try Core.show("keys", m) == "[w x]")
        #expect(try Core.type("keys") == "[]string")
        #expect(try Core.show("values", cd(["a": ci(1)])) == "[1]")
        #expect(try Core.show("pluck", cs("x"), m, cd(["x": ci(9)]), cd(["y": ci(1)])) == "[1 9]")
        #expect(try Core.show("pick", m, cs("x"), cs("nope")) == "map[x:1]")
        #expect(try Core.show("omit", m, cs("x")) == "map[w:two]")
    }

    @Test func dig() throws {
        let nested = cd(["a": cd(["b": cs("found")])])
        #expect(try Core.show("dig", cs("a"), cs("b"), cs("def"), nested) == "found")
        #expect(try Core.show("dig", cs("a"), cs("zz"), cs("def"), nested) == "def")
        #expect(try Core.call("dig", cs("a"), cs("def"), cd(["a": .nil])).isNil)
        #expect(try Core.error("dig", cs("a"), cd([:])) == "dig needs at least three arguments")
        #expect(
            try Core.error("dig", cs("a"), cs("b"), cs("c"), cs("def"), cd(["a": cd(["b": cs("str")])]))
                == "interface conversion: interface {} is string, not map[string]interface {}")
        #expect(
            try Core.error("dig", cs("a"), ci(2), cs("def"), cd([:]))
                == "interface conversion: interface {} is int, not string")
        #expect(
            try Core.error("dig", cs("a"), cs("b"), .nil)
                == "interface conversion: interface {} is nil, not map[string]interface {}")
        let values = Value.map(GoMap(["m": .nil], namedType: "common.Values"))
        #expect(
            try Core.error("dig", cs("m"), cs("def"), values)
                == "interface conversion: interface {} is common.Values, not map[string]interface {}")
    }

    @Test func mergeKeepsDestination() throws {
        func merged(_ name: String, _ args: Value...) throws -> String {
            let function = try #require(Core.functions[name])
            return GoFormat.value(try function.body(args))
        }
        #expect(
            try merged("merge", cd(["a": ci(1), "b": cs("")]), cd(["a": ci(2), "b": cs("x"), "c": ci(3)]))
                == "map[a:1 b:x c:3]")
        #expect(
            try merged("merge", cd(["a": .nil, "b": ci(0), "c": cb(false)]), cd(["a": ci(1), "b": ci(2), "c": cb(true)]))
                == "map[a:1 b:2 c:true]")
        #expect(
            try merged(
                "merge", cd(["a": cd(["x": ci(1), "y": ci(2)])]), cd(["a": cd(["x": ci(5), "z": ci(3)])]),
                cd(["a": cd(["w": ci(0)])])) == "map[a:map[w:0 x:1 y:2 z:3]]")
        #expect(try merged("merge", cd(["a": cs("s")]), cd(["a": cd(["x": ci(1)])])) == "map[a:s]")
        #expect(try merged("merge", cd(["a": cl(ci(2))]), cd(["a": cl(ci(1))])) == "map[a:[2]]")
        #expect(try merged("merge", cd(["a": cl()]), cd(["a": cl(ci(1))])) == "map[a:[1]]")
        #expect(try merged("merge", cd(["a": cd(["x": ci(1)])]), cd(["a": cs("str")])) == "map[a:map[x:1]]")
        #expect(try merged("merge", .nil, cd(["a": ci(1)])) == "map[a:1]")
        #expect(try merged("merge", .nil, .nil) == "map[]")
    }

    @Test func mergeOverwriteReplaces() throws {
        func merged(_ args: Value...) throws -> String {
            let function = try #require(Core.functions["mergeOverwrite"])
            return GoFormat.value(try function.body(args))
        }
        #expect(
            try merged(cd(["a": ci(1), "b": cs("y")]), cd(["a": ci(2), "b": cs(""), "c": ci(3)])) == "map[a:2 b: c:3]")
        #expect(try merged(cd(["a": ci(1), "b": cb(true)]), cd(["a": .nil, "b": cb(false)])) == "map[a:<nil> b:false]")
        #expect(
            try merged(cd(["a": cd(["x": ci(1), "y": ci(2)])]), cd(["a": cd(["x": ci(5), "z": ci(3)])]))
                == "map[a:map[x:5 y:2 z:3]]")
        #expect(try merged(cd(["a": cs("s")]), cd(["a": cd(["x": ci(1)])])) == "map[a:map[x:1]]")
        #expect(try merged(cd(["a": cs("s")]), cd(["a": cl(ci(1))])) == "map[a:[1]]")
        #expect(try merged(cd(["a": cl(ci(2))]), cd(["a": cl()])) == "map[a:[]]")
        #expect(try merged(cd(["a": cl(ci(1))]), cd(["a": cd(["x": ci(1)])])) == "map[a:map[x:1]]")
    }

    @Test func mergeMutatesAndShares() throws {
        let destination = GoMap(["a": .int(1, .int)])
        _ = try Core.call("merge", .map(destination), cd(["b": ci(2)]))
        #expect(GoFormat.value(.map(destination)) == "map[a:1 b:2]")
        let shared = GoMap(["x": .int(1, .int)])
        let whole = try Core.call("merge", cd([:]), .map(GoMap(["n": .map(shared)])))
        let merged = try Core.call("merge", cd(["n": cd(["q": ci(1)])]), .map(GoMap(["n": .map(shared)])))
        shared["y"] = .int(2, .int)
        #expect(GoFormat.value(whole) == "map[n:map[x:1 y:2]]")
        #expect(GoFormat.value(merged) == "map[n:map[q:1 x:1]]")
    }

    @Test func deepCopy() throws {
        let original = GoMap(["x": .int(1, .int)])
        let copy = try Core.call("deepCopy", .map(original))
        copy.mapValue?["x"] = .string("changed")
        #expect(GoFormat.value(.map(original)) == "map[x:1]")
        #expect(try Core.show("mustDeepCopy", cs("s")) == "s")
        #expect(try Core.error("deepCopy", .nil) == "reflect: call of reflect.Value.Type on zero Value")
    }
}
