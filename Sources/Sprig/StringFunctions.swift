import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's string functions (functions.go "Strings" section and strings.go).
    ///
    /// Several take their arguments in "pipeline order" (`"foo" | repeat 5`): the string
    /// operated on comes last.
    static var stringFunctions: FunctionMap {
        var f: FunctionMap = [
            "hello": TemplateFunction([]) { _ in .string("Hello!") },
            "abbrev": TemplateFunction([.int, .string]) { a in
                let width = a.int(0)
                if width < 4 { return a.arg(1) }
                return .string(GoUtils.abbreviate(a.string(1), offset: 0, maxWidth: width))
            },
            "abbrevboth": TemplateFunction([.int, .int, .string]) { a in
                let left = a.int(0)
                let right = a.int(1)
                if right < 4 || left > 0 && right < 7 { return a.arg(2) }
                return .string(GoUtils.abbreviate(a.string(2), offset: left, maxWidth: right))
            },
            "trunc": TemplateFunction([.int, .string]) { a in .string(truncate(a.int(0), a.string(1))) },
            "trim": unary { GoStrings.trimSpace($0) },
            "upper": unary { GoStrings.upper($0) },
            "lower": unary { GoStrings.lower($0) },
            "title": unary { GoStrings.title($0) },
            "untitle": unary { GoUtils.uncapitalize($0) },
            "substr": TemplateFunction([.int, .int, .string]) { a in
                .string(try substring(a.int(0), a.int(1), a.string(2)))
            },
            "repeat": TemplateFunction([.int, .string]) { a in .string(try GoStrings.repeated(a.string(1), a.int(0))) },
            "trimall": binary { cutset, s in GoStrings.trim(s, cutset) },
            "trimAll": binary { cutset, s in GoStrings.trim(s, cutset) },
            "trimSuffix": binary { suffix, s in GoStrings.trimSuffix(s, suffix) },
            "trimPrefix": binary { prefix, s in GoStrings.trimPrefix(s, prefix) },
            "nospace": unary { GoUtils.deleteWhiteSpace($0) },
            "initials": unary { GoUtils.initials($0) },
            "swapcase": unary { GoUtils.swapCase($0) },
            "shuffle": unary { shuffle($0) },
            "snakecase": unary { XStrings.toLowerWords($0, connector: "_") },
            "camelcase": unary { XStrings.toCamelCase($0, isBig: true) },
            "kebabcase": unary { XStrings.toLowerWords($0, connector: "-") },
            "wrap": TemplateFunction([.int, .string]) { a in
                .string(GoUtils.wrap(a.string(1), length: a.int(0), newLine: "", wrapLongWords: false))
            },
            "wrapWith": TemplateFunction([.int, .string, .string]) { a in
                .string(GoUtils.wrap(a.string(2), length: a.int(0), newLine: a.string(1), wrapLongWords: true))
            },
            "contains": TemplateFunction([.string, .string]) { a in .bool(GoStrings.contains(a.string(1), a.string(0))) },
            "hasPrefix": TemplateFunction([.string, .string]) { a in .bool(GoStrings.hasPrefix(a.string(1), a.string(0))) },
            "hasSuffix": TemplateFunction([.string, .string]) { a in .bool(GoStrings.hasSuffix(a.string(1), a.string(0))) },
            "quote": TemplateFunction([], variadic: .any) { a in
                .string(a.filter { !$0.isNil }.map { GoFormat.sprintf("%q", [.string(SprigCast.toString($0))]) }
                    .joined(separator: " "))
            },
            "squote": TemplateFunction([], variadic: .any) { a in
                .string(a.filter { !$0.isNil }.map { "'" + GoFormat.value($0) + "'" }.joined(separator: " "))
            },
            "cat": TemplateFunction([], variadic: .any) { a in
                .string(a.filter { !$0.isNil }.map(GoFormat.value).joined(separator: " "))
            },
            "indent": TemplateFunction([.int, .string]) { a in .string(try indent(a.int(0), a.string(1))) },
            "nindent": TemplateFunction([.int, .string]) { a in .string("\n" + (try indent(a.int(0), a.string(1)))) },
            "replace": TemplateFunction([.string, .string, .string]) { a in
                .string(GoStrings.replaceAll(a.string(2), a.string(0), a.string(1)))
            },
            "plural": TemplateFunction([.string, .string, .int]) { a in a.int(2) == 1 ? a.arg(0) : a.arg(1) },
        ]
        f.merge(splitFunctions) { first, _ in first }
        return f
    }

    /// A `func(string) string`.
    static func unary(_ body: @escaping (String) -> String) -> TemplateFunction {
        TemplateFunction([.string]) { a in .string(body(a.string(0))) }
    }

    /// A `func(a, b string) string`.
    static func binary(_ body: @escaping (String, String) -> String) -> TemplateFunction {
        TemplateFunction([.string, .string]) { a in .string(body(a.string(0), a.string(1))) }
    }

    /// Sprig `trunc`: the first `c` bytes, or the last `-c` bytes when `c` is negative.
    static func truncate(_ c: Int64, _ s: String) -> String {
        let bytes = GoBytes.bytes(s)
        let length = Int64(bytes.count)
        if c < 0 && length + c > 0 { return GoStrings.string(bytes[Int(length + c)...]) }
        if c >= 0 && length > c { return GoStrings.string(bytes[..<Int(c)]) }
        return s
    }

    /// Sprig `substring`, byte-indexed, with Go's slice-bounds panics as errors.
    static func substring(_ start: Int64, _ end: Int64, _ s: String) throws -> String {
        let bytes = GoBytes.bytes(s)
        let length = Int64(bytes.count)
        if start < 0 {
            if end < 0 { throw GoPanic("runtime error: slice bounds out of range [:\(end)]") }
            if end > length { throw GoPanic("runtime error: slice bounds out of range [:\(end)] with length \(length)") }
            return GoStrings.string(bytes[..<Int(end)])
        }
        if end < 0 || end > length {
            if start > length { throw GoPanic("runtime error: slice bounds out of range [\(start):\(length)]") }
            return GoStrings.string(bytes[Int(start)...])
        }
        if start > end { throw GoPanic("runtime error: slice bounds out of range [\(start):\(end)]") }
        return GoStrings.string(bytes[Int(start)..<Int(end)])
    }

    /// Sprig `indent`: pads the first line and every line after a newline.
    static func indent(_ spaces: Int64, _ v: String) throws -> String {
        if spaces > 0 {
            let lines = 1 + v.utf8Count(of: 10)
            let bytes = Double(spaces) * Double(lines) + Double(v.utf8.count)
            if SizeLimit.refuses(bytes: bytes) { throw FunctionError(SizeLimit.functionMessage(bytes: bytes)) }
        }
        let pad = try GoStrings.repeated(" ", spaces)
        return pad + GoStrings.replaceAll(v, "\n", "\n" + pad)
    }

    /// xstrings `Shuffle`: a random permutation of the runes.
    static func shuffle(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        scalars.shuffle()
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
