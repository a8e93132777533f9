import GoRuntime

/// The parts of Go's `net/url` that Sprig's `urlParse` and `urlJoin` use: `Parse`,
/// `URL.String`, `Hostname` and `Userinfo.String`, working on bytes as Go does.
struct GoURL {
    var scheme = ""
    var opaque = ""
    var user: (username: String, password: String?)?
    var host = ""
    var path = ""
    var rawPath = ""
    var omitHost = false
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""
    var rawFragment = ""

    /// A `*url.Error` from `Parse`: `parse "URL": reason`.
    struct ParseError: Error {
        var url: String
        var reason: String
        var description: String { "parse " + GoFormat.sprintf("%q", [.string(url)]) + ": " + reason }
    }

    private enum Mode { case path, pathSegment, host, zone, userPassword, queryComponent, fragment }

    /// `url.Parse`.
    static func parse(_ rawURL: String) throws -> GoURL {
        let bytes = Array(rawURL.utf8)
        let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
        let u = hash.map { Array(bytes[..<$0]) } ?? bytes
        var url: GoURL
        do {
            url = try parseWithoutFragment(u)
        } catch let reason as Reason {
            throw ParseError(url: GoStrings.string(u), reason: reason.text)
        }
        guard let hash else { return url }
        let frag = Array(bytes[(hash + 1)...])
        if frag.isEmpty { return url }
        do {
            url.fragment = try unescape(frag, .fragment)
        } catch let reason as Reason {
            throw ParseError(url: rawURL, reason: reason.text)
        }
        let escaped = escape(url.fragment, .fragment)
        url.rawFragment = escaped == GoStrings.string(frag) ? "" : GoStrings.string(frag)
        return url
    }

    private struct Reason: Error { var text: String }

    /// Port of url.go `parse(rawURL, viaRequest: false)`.
    private static func parseWithoutFragment(_ raw: [UInt8]) throws -> GoURL {
        if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw Reason(text: "net/url: invalid control character in URL")
        }
        var url = GoURL()
        if raw == [UInt8(ascii: "*")] {
            url.path = "*"
            return url
        }
        var rest = raw[...]
        // getScheme: [a-zA-Z][a-zA-Z0-9+.-]* followed by ':'.
        schemeScan: for (i, c) in raw.enumerated() {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { break schemeScan }
            case UInt8(ascii: ":"):
                if i == 0 { throw Reason(text: "missing protocol scheme") }
                url.scheme = GoStrings.lower(GoStrings.string(raw[..<i]))
                rest = raw[(i + 1)...]
                break schemeScan
            default:
                break schemeScan
            }
        }
        let questionMarks = rest.filter { $0 == UInt8(ascii: "?") }.count
        if rest.last == UInt8(ascii: "?") && questionMarks == 1 {
            url.forceQuery = true
            rest = rest.dropLast()
        } else if let q = rest.firstIndex(of: UInt8(ascii: "?")) {
            url.rawQuery = GoStrings.string(rest[(q + 1)...])
            rest = rest[..<q]
        }
        let slash = UInt8(ascii: "/")
        if rest.first != slash {
            if !url.scheme.isEmpty {
                url.opaque = GoStrings.string(rest)
                return url
            }
            let segment = rest.firstIndex(of: slash).map { rest[..<$0] } ?? rest
            if segment.contains(UInt8(ascii: ":")) {
                throw Reason(text: "first path segment in URL cannot contain colon")
            }
        }
        let hasAuthority = rest.starts(with: [slash, slash])
        if (!url.scheme.isEmpty || !rest.starts(with: [slash, slash, slash])) && hasAuthority {
            var authority = rest.dropFirst(2)
            rest = rest[rest.endIndex...]
            if let i = authority.firstIndex(of: slash) {
                rest = authority[i...]
                authority = authority[..<i]
            }
            try parseAuthority(Array(authority), into: &url)
        } else if !url.scheme.isEmpty && rest.first == slash {
            url.omitHost = true
        }
        url.path = try unescape(Array(rest), .path)
        let escaped = escape(url.path, .path)
        url.rawPath = escaped == GoStrings.string(rest) ? "" : GoStrings.string(rest)
        return url
    }

    private static func parseAuthority(_ authority: [UInt8], into url: inout GoURL) throws {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        url.host = try parseHost(at.map { Array(authority[($0 + 1)...]) } ?? authority)
        guard let at else { return }
        let userinfo = authority[..<at]
        guard validUserinfo(userinfo) else { throw Reason(text: "net/url: invalid userinfo") }
        if let colon = userinfo.firstIndex(of: UInt8(ascii: ":")) {
            let username = try unescape(Array(userinfo[..<colon]), .userPassword)
            let password = try unescape(Array(userinfo[(colon + 1)...]), .userPassword)
            url.user = (username, password)
        } else {
            url.user = (try unescape(Array(userinfo), .userPassword), nil)
        }
    }

    private static func parseHost(_ host: [UInt8]) throws -> String {
        if host.first == UInt8(ascii: "[") {
            guard let close = host.lastIndex(of: UInt8(ascii: "]")) else {
                throw Reason(text: "missing ']' in host")
            }
            let colonPort = Array(host[(close + 1)...])
            guard validOptionalPort(colonPort) else {
                throw Reason(text: "invalid port " + GoFormat.sprintf("%q", [.string(GoStrings.string(colonPort))]) + " after host")
            }
            if let zone = firstIndex(of: Array("%25".utf8), in: Array(host[..<close])) {
                let host1 = try unescape(Array(host[..<zone]), .host)
                let host2 = try unescape(Array(host[zone..<close]), .zone)
                let host3 = try unescape(Array(host[close...]), .host)
                return host1 + host2 + host3
            }
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            let colonPort = Array(host[colon...])
            guard validOptionalPort(colonPort) else {
                throw Reason(text: "invalid port " + GoFormat.sprintf("%q", [.string(GoStrings.string(colonPort))]) + " after host")
            }
        }
        return try unescape(host, .host)
    }

    private static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    private static func validOptionalPort(_ port: [UInt8]) -> Bool {
        if port.isEmpty { return true }
        guard port[0] == UInt8(ascii: ":") else { return false }
        return port.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func validUserinfo(_ s: ArraySlice<UInt8>) -> Bool {
        for c in GoStrings.string(s).unicodeScalars {
            switch c {
            case "A"..."Z", "a"..."z", "0"..."9": continue
            case "-", ".", "_", ":", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "%", "@": continue
            default: return false
            }
        }
        return true
    }

    /// `URL.Hostname`: the host without port and IPv6 brackets.
    var hostname: String {
        var h = Array(host.utf8)[...]
        if let colon = h.lastIndex(of: UInt8(ascii: ":")), Self.validOptionalPort(Array(h[colon...])) {
            h = h[..<colon]
        }
        if h.first == UInt8(ascii: "[") && h.last == UInt8(ascii: "]") && h.count >= 2 {
            h = h.dropFirst().dropLast()
        }
        return GoStrings.string(h)
    }

    /// `Userinfo.String`.
    var userinfo: String? {
        guard let user else { return nil }
        var s = Self.escape(user.username, .userPassword)
        if let password = user.password { s += ":" + Self.escape(password, .userPassword) }
        return s
    }

    /// `URL.String`.
    var string: String {
        var buf = ""
        if !scheme.isEmpty { buf += scheme + ":" }
        if !opaque.isEmpty {
            buf += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if omitHost && host.isEmpty && user == nil {
                    // omit empty host
                } else {
                    if !host.isEmpty || !path.isEmpty || user != nil { buf += "//" }
                    if let userinfo { buf += userinfo + "@" }
                    if !host.isEmpty { buf += Self.escape(host, .host) }
                }
            }
            let path = escapedPath
            if let first = path.utf8.first, first != UInt8(ascii: "/"), !host.isEmpty { buf += "/" }
            if buf.isEmpty {
                let segment = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if segment.contains(":") { buf += "./" }
            }
            buf += path
        }
        if forceQuery || !rawQuery.isEmpty { buf += "?" + rawQuery }
        if !fragment.isEmpty { buf += "#" + escapedFragment }
        return buf
    }

    private var escapedPath: String {
        if !rawPath.isEmpty && Self.validEncoded(rawPath, .path),
            let p = try? Self.unescape(Array(rawPath.utf8), .path), p == path
        {
            return rawPath
        }
        if path == "*" { return "*" }
        return Self.escape(path, .path)
    }

    private var escapedFragment: String {
        if !rawFragment.isEmpty && Self.validEncoded(rawFragment, .fragment),
            let f = try? Self.unescape(Array(rawFragment.utf8), .fragment), f == fragment
        {
            return rawFragment
        }
        return Self.escape(fragment, .fragment)
    }

    private static func validEncoded(_ s: String, _ mode: Mode) -> Bool {
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "%"):
                continue
            default:
                if shouldEscape(c, mode) { return false }
            }
        }
        return true
    }

    /// Port of url.go `shouldEscape`.
    private static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return false
        default: break
        }
        if mode == .host || mode == .zone {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
            UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment:
                return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?")
            case .userPassword:
                return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .queryComponent: return true
            case .fragment: return false
            case .host, .zone: break
            }
        default: break
        }
        if mode == .fragment {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return false
            default: break
            }
        }
        return true
    }

    /// Port of url.go `escape`.
    private static func escape(_ s: String, _ mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for c in s.utf8 {
            if c == UInt8(ascii: " ") && mode == .queryComponent {
                out.append(UInt8(ascii: "+"))
            } else if shouldEscape(c, mode) {
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
            } else {
                out.append(c)
            }
        }
        return GoStrings.string(out)
    }

    /// Port of url.go `unescape`.
    private static func unescape(_ s: [UInt8], _ mode: Mode) throws -> String {
        var i = 0
        var percents = 0
        var hasPlus = false
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                percents += 1
                if i + 2 >= s.count || !isHex(s[i + 1]) || !isHex(s[i + 2]) {
                    let bad = s[i..<min(i + 3, s.count)]
                    throw Reason(text: "invalid URL escape " + GoFormat.sprintf("%q", [.string(GoStrings.string(bad))]))
                }
                let escape = Array(s[i..<(i + 3)])
                let isPercent25 = escape == Array("%25".utf8)
                if mode == .host && unhex(s[i + 1]) < 8 && !isPercent25 {
                    throw Reason(text: "invalid URL escape " + GoFormat.sprintf("%q", [.string(GoStrings.string(escape))]))
                }
                if mode == .zone {
                    let v = unhex(s[i + 1]) << 4 | unhex(s[i + 2])
                    if !isPercent25 && v != UInt8(ascii: " ") && shouldEscape(v, .host) {
                        throw Reason(text: "invalid URL escape " + GoFormat.sprintf("%q", [.string(GoStrings.string(escape))]))
                    }
                }
                i += 3
            case UInt8(ascii: "+"):
                hasPlus = mode == .queryComponent
                i += 1
            default:
                if (mode == .host || mode == .zone) && s[i] < 0x80 && shouldEscape(s[i], mode) {
                    throw Reason(
                        text: "invalid character " + GoFormat.sprintf("%q", [.string(GoStrings.string([s[i]]))]) + " in host name")
                }
                i += 1
            }
        }
        if percents == 0 && !hasPlus { return GoStrings.string(s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                out.append(unhex(s[i + 1]) << 4 | unhex(s[i + 2]))
                i += 2
            case UInt8(ascii: "+"):
                out.append(mode == .queryComponent ? UInt8(ascii: " ") : UInt8(ascii: "+"))
            default:
                out.append(s[i])
            }
            i += 1
        }
        return GoStrings.string(out)
    }

    private static func isHex(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    private static func unhex(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return 0
        }
    }
}
