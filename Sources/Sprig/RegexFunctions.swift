import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's regex functions (Go `regexp` semantics over PCRE2). The plain variants panic on a
    /// bad pattern as `regexp.MustCompile` does (`regexMatch` returns false instead); the
    /// `must` variants return Go's compile error.
    static var regexFunctions: FunctionMap { regexFunctions(.go127) }

    /// The regex functions with the `regexp/syntax` of Go `release`.
    public static func regexFunctions(_ release: GoRelease) -> FunctionMap {
        [
            "regexMatch": TemplateFunction([.string, .string]) { args in
                guard let re = try? Regexp.compile(str(args[0]), release: release) else { return .bool(false) }
                return .bool(re.matches(str(args[1])))
            },
            "mustRegexMatch": TemplateFunction([.string, .string]) { args in
                .bool(try compileOrThrow(str(args[0]), release).matches(str(args[1])))
            },
            "regexFindAll": TemplateFunction([.string, .string, .int]) { args in
                stringList(try mustCompile(str(args[0]), release).findAllString(str(args[1]), int(args[2])))
            },
            "mustRegexFindAll": TemplateFunction([.string, .string, .int]) { args in
                stringList(try compileOrThrow(str(args[0]), release).findAllString(str(args[1]), int(args[2])))
            },
            "regexFind": TemplateFunction([.string, .string]) { args in
                .string(try mustCompile(str(args[0]), release).findString(str(args[1])))
            },
            "mustRegexFind": TemplateFunction([.string, .string]) { args in
                .string(try compileOrThrow(str(args[0]), release).findString(str(args[1])))
            },
            "regexReplaceAll": TemplateFunction([.string, .string, .string]) { args in
                .string(try mustCompile(str(args[0]), release).replaceAll(str(args[1]), with: str(args[2]), literal: false))
            },
            "mustRegexReplaceAll": TemplateFunction([.string, .string, .string]) { args in
                .string(try compileOrThrow(str(args[0]), release).replaceAll(str(args[1]), with: str(args[2]), literal: false))
            },
            "regexReplaceAllLiteral": TemplateFunction([.string, .string, .string]) { args in
                .string(try mustCompile(str(args[0]), release).replaceAll(str(args[1]), with: str(args[2]), literal: true))
            },
            "mustRegexReplaceAllLiteral": TemplateFunction([.string, .string, .string]) { args in
                .string(try compileOrThrow(str(args[0]), release).replaceAll(str(args[1]), with: str(args[2]), literal: true))
            },
            "regexSplit": TemplateFunction([.string, .string, .int]) { args in
                stringList(try mustCompile(str(args[0]), release).split(str(args[1]), int(args[2])))
            },
            "mustRegexSplit": TemplateFunction([.string, .string, .int]) { args in
                stringList(try compileOrThrow(str(args[0]), release).split(str(args[1]), int(args[2])))
            },
            "regexQuoteMeta": TemplateFunction([.string]) { args in
                .string(Regexp.quoteMeta(str(args[0])))
            },
        ]
    }
}

/// The string payload of an argument declared `string`.
private func str(_ v: Value) -> String { v.stringValue ?? "" }

/// The payload of an argument declared `int`.
private func int(_ v: Value) -> Int {
    switch v {
    case .int(let i, _): return Int(truncatingIfNeeded: i)
    case .float(let f): return Int(exactly: f.rounded(.towardZero)) ?? 0
    default: return 0
    }
}

/// A Go `[]string`; nil slices print as `[]` too.
private func stringList(_ list: [String]?) -> Value { .stringList(list ?? []) }

/// `regexp.Compile`: Go's parse error as the function's error.
private func compileOrThrow(_ pattern: String, _ release: GoRelease) throws -> Regexp {
    do {
        return try Regexp.compile(pattern, release: release)
    } catch let error as RegexpError {
        throw FunctionError(error.description)
    }
}

/// `regexp.MustCompile`: the panic text text/template reports for a bad pattern.
private func mustCompile(_ pattern: String, _ release: GoRelease) throws -> Regexp {
    do {
        return try Regexp.compile(pattern, release: release)
    } catch let error as RegexpError {
        let quoted = GoQuote.canBackquote(pattern) ? "`" + pattern + "`" : GoQuote.quote(pattern)
        throw FunctionError("regexp: Compile(" + quoted + "): " + error.description)
    }
}
