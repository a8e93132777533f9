import GoRuntime
import Testing

/// Sprig urlParse/urlJoin (Go's net/url); expectations from helm v4.3.1
/// (fixtures/cases/sprig-core/url_*).
@Suite struct URLFunctionsTests {
    @Test func parse() throws {
        let url = try Core.call("urlParse", cs("https://user:pa%20ss@example.com:8080/a%20b/c?x=1&y=2#frag%21"))
        #expect(
            GoFormat.value(url)
                == "map[fragment:frag! host:example.com:8080 hostname:example.com opaque: path:/a b/c query:x=1&y=2 scheme:https userinfo:user:pa%20ss]"
        )
        let mail = try Core.call("urlParse", cs("mailto:joe@example.com"))
        #expect(mail.mapValue?["opaque"]?.stringValue == "joe@example.com")
        let ipv6 = try Core.call("urlParse", cs("http://[fe80::1%25en0]:8080/x"))
        #expect(ipv6.mapValue?["host"]?.stringValue == "[fe80::1%en0]:8080")
        #expect(ipv6.mapValue?["hostname"]?.stringValue == "fe80::1%en0")
        let upper = try Core.call("urlParse", cs("HTTP://Host.COM/?"))
        #expect(upper.mapValue?["scheme"]?.stringValue == "http")
        #expect(upper.mapValue?["path"]?.stringValue == "/")
    }

    @Test func parseErrors() throws {
        #expect(
            try Core.error("urlParse", cs("http://host:port/"))
                == #"unable to parse url: parse "http://host:port/": invalid port ":port" after host"#)
        #expect(
            try Core.error("urlParse", cs("1a:b"))
                == #"unable to parse url: parse "1a:b": first path segment in URL cannot contain colon"#)
        #expect(try Core.error("urlParse", cs("http://host/%zz")) == #"unable to parse url: parse "http://host/%zz": invalid URL escape "%zz""#)
        #expect(
            try Core.error("urlParse", cs("http://a\u{01}b"))
                == #"unable to parse url: parse "http://a\x01b": net/url: invalid control character in URL"#)
        #expect(try Core.error("urlParse", cs("http://[::1")) == #"unable to parse url: parse "http://[::1": missing ']' in host"#)
        #expect(
            try Core.error("urlParse", cs("http://a b.com/"))
                == #"unable to parse url: parse "http://a b.com/": invalid character " " in host name"#)
        #expect(
            try Core.error("urlParse", cs("http://us er@host/"))
                == #"unable to parse url: parse "http://us er@host/": net/url: invalid userinfo"#)
    }

    @Test func join() throws {
        #expect(
            try Core.show(
                "urlJoin",
                cd(["scheme": cs("https"), "host": cs("example.com"), "path": cs("/a b"), "query": cs("x=1"), "fragment": cs("f g")]))
                == "https://example.com/a%20b?x=1#f%20g")
        #expect(try Core.show("urlJoin", cd(["scheme": cs("mailto"), "opaque": cs("joe@example.com")])) == "mailto:joe@example.com")
        #expect(try Core.show("urlJoin", cd(["path": cs("rel:x")])) == "./rel:x")
        #expect(try Core.show("urlJoin", cd([:])) == "")
        #expect(try Core.show("urlJoin", cd(["scheme": cs("http"), "host": cs("h"), "userinfo": cs("me:secret")])) == "http://me:secret@h")
        #expect(try Core.show("urlJoin", cd(["host": cs("h"), "path": cs("p")])) == "//h/p")
        #expect(
            try Core.show(
                "urlJoin",
                cd(["scheme": cs("http"), "host": cs("exa mple.com"), "path": cs("a?b"), "query": cs("q r"), "fragment": cs("a#b!(x)")]))
                == "http://exa%20mple.com/a%3Fb?q r#a%23b!(x)")
        #expect(try Core.show("urlJoin", cd(["scheme": cs("s"), "userinfo": cs("u@x")])) == "s://u%40x@")
        #expect(try Core.show("urlJoin", cd(["scheme": cs("file"), "path": cs("/etc/x")])) == "file:///etc/x")
    }

    @Test func joinErrors() throws {
        #expect(
            try Core.error("urlJoin", cd(["scheme": cs("http"), "host": ci(5)]))
                == "unable to parse host key, must be of type string, but int found")
        #expect(
            try Core.error("urlJoin", cd(["host": cs("h"), "userinfo": cs("a b:c")]))
                == #"unable to parse userinfo in dict: parse "proto://a b:c@host": net/url: invalid userinfo"#)
        #expect(try Core.error("urlJoin", cd(["host": .nil])) == "runtime error: invalid memory address or nil pointer dereference")
    }
}
