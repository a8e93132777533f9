import GoRuntime
import Testing
@testable import HelmEngine

/// Unit checks of the TOML decoder behind `fromToml`; the helm-verified cases live in
/// fixtures/cases/toml-decode.
@Suite struct TOMLDecoderTests {
    func decode(_ s: String) throws -> GoMap { try TOMLDecoder.decode(s) }

    func errorText(_ s: String) -> String? {
        guard case .map(let m) = TOMLDecoder.fromTOML(s), case .string(let e)? = m["Error"] else { return nil }
        return e
    }

    @Test func integersAreInt64() throws {
        let m = try decode("a = 0xff\nb = -1_000\nc = 0o17\nd = 0b101")
        guard case .int(255, .int64)? = m["a"], case .int(-1000, .int64)? = m["b"],
              case .int(15, .int64)? = m["c"], case .int(5, .int64)? = m["d"]
        else {
            Issue.record("unexpected integers: \(m.entries)")
            return
        }
    }

    @Test func floatsAndSpecials() throws {
        let m = try decode("a = 1e3\nb = -inf\nc = 1_0.5")
        guard case .float(let a)? = m["a"], case .float(let b)? = m["b"], case .float(let c)? = m["c"] else {
            Issue.record("expected floats")
            return
        }
        #expect(a == 1000)
        #expect(b == -.infinity)
        #expect(c == 10.5)
    }

    @Test func stringsAndEscapes() throws {
        let m = try decode("a = \"x\\ty\\u00e9\"\nb = 'raw\\n'\nc = \"\"\"\nl1 \\\n   l2\"\"\"")
        #expect(m["a"]?.stringValue == "x\tyé")
        #expect(m["b"]?.stringValue == "raw\\n")
        #expect(m["c"]?.stringValue == "l1 l2")
    }

    @Test func tablesAndArraysOfTables() throws {
        let m = try decode("[a.b]\nx = 1\n[[t]]\ny = 1\n[[t]]\ny = 2")
        guard case .map(let a)? = m["a"], case .map(let b)? = a["b"], case .int(1, _)? = b["x"] else {
            Issue.record("expected a.b.x")
            return
        }
        guard case .list(let t)? = m["t"] else {
            Issue.record("expected a list of tables")
            return
        }
        #expect(t.elements.count == 2)
    }

    @Test func errorsUseBurntSushiText() {
        #expect(errorText("a = ") == "toml: line 1 (last key \"a\"): unexpected EOF; expected value")
        #expect(errorText("a = 1\na = 2") == "toml: line 2 (last key \"a\"): Key 'a' has already been defined.")
        #expect(errorText("a = \"\\q\"") == "toml: line 1 (last key \"a\"): invalid escape in string '\\q'")
        #expect(errorText("[a]\n[a]") == "toml: line 2: Key 'a' has already been defined.")
        #expect(errorText("a = 01") == "toml: line 1 (last key \"a\"): Invalid integer \"01\": cannot have leading zeroes")
    }

    @Test func datetimesAreTimeObjects() throws {
        let m = try decode("a = 1979-05-27T07:32:00Z\nb = 1979-05-27")
        guard case .object(let a)? = m["a"], case .object(let b)? = m["b"] else {
            Issue.record("expected time objects")
            return
        }
        #expect(a.goTypeName == "time.Time")
        #expect(a.formatted == "1979-05-27 07:32:00 +0000 UTC")
        #expect(b.formatted == "1979-05-27 00:00:00 +0000 date-local")
    }
}
