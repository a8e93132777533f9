import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's URL functions (url.go): `urlParse` splits a URL into a dict of strings,
    /// `urlJoin` builds one back. (`urlquery` is a text/template builtin, not Sprig's.)
    static var urlFunctions: FunctionMap {
        [
            "urlParse": TemplateFunction([.string]) { a in
                let url: GoURL
                do {
                    url = try GoURL.parse(a.string(0))
                } catch let error as GoURL.ParseError {
                    throw GoPanic("unable to parse url: " + error.description)
                }
                return .map(
                    GoMap([
                        "scheme": .string(url.scheme),
                        "host": .string(url.host),
                        "hostname": .string(url.hostname),
                        "path": .string(url.path),
                        "query": .string(url.rawQuery),
                        "opaque": .string(url.opaque),
                        "fragment": .string(url.fragment),
                        "userinfo": .string(url.userinfo ?? ""),
                    ]))
            },
            "urlJoin": TemplateFunction([.map]) { a in
                let d = a.dict(0) ?? GoMap()
                var url = GoURL()
                url.scheme = try dictString(d, "scheme")
                url.host = try dictString(d, "host")
                url.path = try dictString(d, "path")
                url.rawQuery = try dictString(d, "query")
                url.opaque = try dictString(d, "opaque")
                url.fragment = try dictString(d, "fragment")
                let userinfo = try dictString(d, "userinfo")
                if !userinfo.isEmpty {
                    do {
                        url.user = try GoURL.parse("proto://\(userinfo)@host").user
                    } catch let error as GoURL.ParseError {
                        throw GoPanic("unable to parse userinfo in dict: " + error.description)
                    }
                }
                return .string(url.string)
            },
        ]
    }

    /// Port of url.go `dictGetOrEmpty`: a string entry, "" when absent, a panic otherwise.
    private static func dictString(_ d: GoMap, _ key: String) throws -> String {
        guard let value = d[key] else { return "" }
        switch value {
        case .string(let s): return s
        case .nil: throw GoPanic("runtime error: invalid memory address or nil pointer dereference")
        default:
            throw GoPanic("unable to parse \(key) key, must be of type string, but \(value.kind.rawValue) found")
        }
    }
}
