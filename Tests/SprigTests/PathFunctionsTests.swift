import GoRuntime
import Testing

/// Sprig path functions (Go's `path`); expectations from helm v4.3.1
/// (fixtures/cases/sprig-core/path_*).
@Suite struct PathFunctionsTests {
    @Test func baseDirExt() throws {
        let base = ["/a/b/c.txt": "c.txt", "a/b/": "b", "": ".", "/": "/", "//": "/", "file": "file"]
        for (input, output) in base { #expect(try Core.show("base", cs(input)) == output, "\(input)") }
        let dir = ["/a/b/c.txt": "/a/b", "a/b/": "a/b", "": ".", "/": "/", "file": ".", "/file": "/"]
        for (input, output) in dir { #expect(try Core.show("dir", cs(input)) == output, "\(input)") }
        let ext = ["a/b.tar.gz": ".gz", "a.b/c": "", "": "", ".hidden": ".hidden"]
        for (input, output) in ext { #expect(try Core.show("ext", cs(input)) == output, "\(input)") }
        #expect(try Core.show("isAbs", cs("/x")) == "true")
        #expect(try Core.show("isAbs", cs("")) == "false")
    }

    @Test func clean() throws {
        let cases = [
            "a/b/../c": "a/c", "/../a": "/a", "../../a/./b/": "../../a/b", "": ".", "//a//b//": "/a/b",
            "a/..": ".", "./": ".", "/a/b/../../..": "/", "a/../../b": "../b", "...": "...",
        ]
        for (input, output) in cases {
            #expect(try Core.show("clean", cs(input)) == output, "\(input)")
            #expect(try Core.show("osClean", cs(input)) == output, "\(input)")
        }
    }
}
