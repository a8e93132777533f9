import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's path functions: Go's `path` package, and `path/filepath` (the `os`
    /// variants), which behave the same on Linux where the separator is `/`.
    static var pathFunctions: FunctionMap {
        let base = unary(GoPath.base)
        let dir = unary(GoPath.dir)
        let clean = unary(GoPath.clean)
        let ext = unary(GoPath.ext)
        let isAbs = TemplateFunction([.string]) { a in .bool(a.string(0).utf8.first == UInt8(ascii: "/")) }
        return [
            "base": base, "dir": dir, "clean": clean, "ext": ext, "isAbs": isAbs,
            "osBase": base, "osDir": dir, "osClean": clean, "osExt": ext, "osIsAbs": isAbs,
        ]
    }
}

/// Ports of Go's `path` functions over bytes.
enum GoPath {
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// `path.Base`: the last element, trailing slashes removed.
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var p = Array(path.utf8)[...]
        while let last = p.last, last == slash { p = p.dropLast() }
        if let i = p.lastIndex(of: slash) { p = p[(i + 1)...] }
        if p.isEmpty { return "/" }
        return GoStrings.string(p)
    }

    /// `path.Dir`: everything before the last element, cleaned.
    static func dir(_ path: String) -> String {
        let p = Array(path.utf8)
        let cut = (p.lastIndex(of: slash) ?? -1) + 1
        return clean(GoStrings.string(p[..<cut]))
    }

    /// `path.Ext`: the suffix from the last dot in the last element.
    static func ext(_ path: String) -> String {
        let p = Array(path.utf8)
        var i = p.count - 1
        while i >= 0 && p[i] != slash {
            if p[i] == dot { return GoStrings.string(p[i...]) }
            i -= 1
        }
        return ""
    }

    /// `path.Clean`: the shortest equivalent path, by purely lexical processing.
    static func clean(_ path: String) -> String {
        let p = Array(path.utf8)
        if p.isEmpty { return "." }
        let rooted = p[0] == slash
        let n = p.count
        var out: [UInt8] = []
        var r = 0
        var dotdot = 0
        if rooted {
            out.append(slash)
            r = 1
            dotdot = 1
        }
        while r < n {
            if p[r] == slash {
                r += 1
            } else if p[r] == dot && (r + 1 == n || p[r + 1] == slash) {
                r += 1
            } else if p[r] == dot && p[r + 1] == dot && (r + 2 == n || p[r + 2] == slash) {
                r += 2
                if out.count > dotdot {
                    // Back up to (and drop) the previous slash, never past `dotdot`.
                    var w = out.count - 1
                    while w > dotdot && out[w] != slash { w -= 1 }
                    out.removeSubrange(w...)
                } else if !rooted {
                    if !out.isEmpty { out.append(slash) }
                    out += [dot, dot]
                    dotdot = out.count
                }
            } else {
                if rooted && out.count != 1 || !rooted && !out.isEmpty { out.append(slash) }
                while r < n && p[r] != slash {
                    out.append(p[r])
                    r += 1
                }
            }
        }
        if out.isEmpty { return "." }
        return GoStrings.string(out)
    }
}
