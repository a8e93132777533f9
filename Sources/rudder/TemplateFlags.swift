import HelmEngine

/// `helm template`'s command line as cobra/pflag reads it: the flag table of helm v4.3.1,
/// pflag's syntax (`--name=value`, `--name value`, `-xVALUE`, `-x=VALUE`, grouped boolean
/// shorthands, `--` ends flags, flags anywhere between arguments) and pflag's error wording
/// (`unknown flag: --bogus`). The result is handed to ArgumentParser in a canonical form.
struct TemplateFlags {
    enum Kind {
        case bool
        case value
        /// A value flag whose values are comma-separated lists (`StringSlice`).
        case slice
        /// A value flag usable without a value (pflag's `NoOptDefVal`).
        case optional(String)
    }

    struct Flag {
        let name: String
        let short: Character?
        let kind: Kind
        /// Forwarded to `TemplateCommand`; other flags are accepted and ignored.
        var forwarded = false
        /// cobra's `Flag --X has been deprecated, MESSAGE` notice.
        var deprecation: String? = nil
        /// pflag's parse check of the value (`strconv.ParseInt: ...`).
        var check: ((String) -> String?)? = nil
    }

    static let noEffect = "this flag has no effect for 'helm template' and will be removed in Helm 5"

    static let table: [Flag] = [
        Flag(name: "api-versions", short: "a", kind: .slice, forwarded: true),
        Flag(name: "atomic", short: nil, kind: .bool, deprecation: "use --rollback-on-failure instead"),
        Flag(name: "ca-file", short: nil, kind: .value, forwarded: true),
        Flag(name: "cert-file", short: nil, kind: .value),
        Flag(name: "create-namespace", short: nil, kind: .bool),
        Flag(name: "dependency-update", short: nil, kind: .bool),
        Flag(name: "description", short: nil, kind: .value),
        Flag(name: "devel", short: nil, kind: .bool),
        Flag(name: "disable-openapi-validation", short: nil, kind: .bool),
        Flag(name: "dry-run", short: nil, kind: .optional("unset"), forwarded: true),
        Flag(name: "enable-dns", short: nil, kind: .bool),
        Flag(name: "force", short: nil, kind: .bool, deprecation: "use --force-replace instead"),
        Flag(name: "force-conflicts", short: nil, kind: .bool),
        Flag(name: "force-replace", short: nil, kind: .bool),
        Flag(name: "generate-name", short: "g", kind: .bool, forwarded: true),
        Flag(name: "help", short: "h", kind: .bool, forwarded: true),
        Flag(name: "hide-notes", short: nil, kind: .bool, deprecation: noEffect),
        Flag(name: "include-crds", short: nil, kind: .bool, forwarded: true),
        Flag(name: "insecure-skip-tls-verify", short: nil, kind: .bool),
        Flag(name: "is-upgrade", short: nil, kind: .bool, forwarded: true),
        Flag(name: "key-file", short: nil, kind: .value),
        Flag(name: "keyring", short: nil, kind: .value),
        Flag(name: "kube-version", short: nil, kind: .value, forwarded: true),
        Flag(name: "labels", short: "l", kind: .value, check: labelsCheck),
        Flag(name: "name-template", short: nil, kind: .value, forwarded: true),
        Flag(name: "no-hooks", short: nil, kind: .bool, forwarded: true),
        Flag(name: "output-dir", short: nil, kind: .value, forwarded: true),
        Flag(name: "pass-credentials", short: nil, kind: .bool),
        Flag(name: "password", short: nil, kind: .value),
        Flag(name: "plain-http", short: nil, kind: .bool),
        Flag(name: "post-renderer", short: nil, kind: .value, forwarded: true),
        Flag(name: "post-renderer-args", short: nil, kind: .value, forwarded: true),
        Flag(name: "release-name", short: nil, kind: .bool, forwarded: true),
        Flag(name: "render-subchart-notes", short: nil, kind: .bool, deprecation: noEffect),
        Flag(name: "replace", short: nil, kind: .bool),
        Flag(name: "repo", short: nil, kind: .value, forwarded: true),
        Flag(name: "rollback-on-failure", short: nil, kind: .bool),
        Flag(name: "server-side", short: nil, kind: .bool),
        Flag(name: "set", short: nil, kind: .value, forwarded: true),
        Flag(name: "set-file", short: nil, kind: .value, forwarded: true),
        Flag(name: "set-json", short: nil, kind: .value, forwarded: true),
        Flag(name: "set-literal", short: nil, kind: .value, forwarded: true),
        Flag(name: "set-string", short: nil, kind: .value, forwarded: true),
        Flag(name: "show-only", short: "s", kind: .value, forwarded: true),
        Flag(name: "skip-crds", short: nil, kind: .bool),
        Flag(name: "skip-schema-validation", short: nil, kind: .bool, forwarded: true),
        Flag(name: "skip-tests", short: nil, kind: .bool, forwarded: true),
        Flag(name: "take-ownership", short: nil, kind: .bool),
        Flag(name: "timeout", short: nil, kind: .value, check: durationCheck),
        Flag(name: "username", short: nil, kind: .value),
        Flag(name: "validate", short: nil, kind: .bool, forwarded: true, deprecation: "use '--dry-run=server' instead"),
        Flag(name: "values", short: "f", kind: .slice, forwarded: true),
        Flag(name: "verify", short: nil, kind: .bool, forwarded: true),
        Flag(name: "version", short: nil, kind: .value, forwarded: true),
        Flag(name: "wait", short: nil, kind: .optional("watcher"), check: waitCheck),
        Flag(name: "wait-for-jobs", short: nil, kind: .bool),
        // Global flags.
        Flag(name: "burst-limit", short: nil, kind: .value, check: intCheck),
        Flag(name: "color", short: nil, kind: .value),
        Flag(name: "colour", short: nil, kind: .value),
        Flag(name: "content-cache", short: nil, kind: .value),
        Flag(name: "debug", short: nil, kind: .bool, forwarded: true),
        Flag(name: "kube-apiserver", short: nil, kind: .value),
        Flag(name: "kube-as-group", short: nil, kind: .value),
        Flag(name: "kube-as-user", short: nil, kind: .value),
        Flag(name: "kube-ca-file", short: nil, kind: .value),
        Flag(name: "kube-context", short: nil, kind: .value),
        Flag(name: "kube-insecure-skip-tls-verify", short: nil, kind: .bool),
        Flag(name: "kube-tls-server-name", short: nil, kind: .value),
        Flag(name: "kube-token", short: nil, kind: .value),
        Flag(name: "kubeconfig", short: nil, kind: .value),
        Flag(name: "namespace", short: "n", kind: .value, forwarded: true),
        Flag(name: "qps", short: nil, kind: .value, check: floatCheck),
        Flag(name: "registry-config", short: nil, kind: .value),
        Flag(name: "repository-cache", short: nil, kind: .value),
        Flag(name: "repository-config", short: nil, kind: .value),
        // Rudder's own.
        Flag(name: "compat", short: nil, kind: .value, forwarded: true),
        Flag(name: "explain", short: nil, kind: .bool, forwarded: true),
    ]

    /// helm v3.17.3's `template` flags where they differ from v4's: no `--color`,
    /// `--content-cache`, `--force-*`, `--rollback-on-failure` or `--server-side`; `--atomic`,
    /// `--force`, `--hide-notes`, `--render-subchart-notes` and `--validate` not deprecated;
    /// `--wait` a boolean (compared with `helm template --help` of both releases).
    static let v3Table: [Flag] = table.compactMap { flag in
        var flag = flag
        switch flag.name {
        case "color", "colour", "content-cache", "force-conflicts", "force-replace", "rollback-on-failure", "server-side":
            return nil
        case "atomic", "force", "hide-notes", "render-subchart-notes", "validate":
            flag.deprecation = nil
        case "wait":
            flag = Flag(name: "wait", short: nil, kind: .bool)
        default:
            break
        }
        return flag
    }

    /// A flag table indexed by long and short name.
    struct Index {
        let byName: [String: Flag]
        let byShort: [Character: Flag]

        init(_ table: [Flag]) {
            byName = Dictionary(table.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            var m: [Character: Flag] = [:]
            for f in table { if let s = f.short { m[s] = f } }
            byShort = m
        }

        static let v4 = Index(table)
        static let v3 = Index(v3Table)

        /// The table of the helm `--compat` names among `args` (v4's when it names none or
        /// something else: that error is reported later).
        static func of(_ args: [String]) -> Index {
            var i = 0
            while i < args.count, args[i] != "--" {
                let arg = args[i]
                var value: String?
                if arg == "--compat", i + 1 < args.count { value = args[i + 1] }
                if arg.hasPrefix("--compat=") { value = String(arg.dropFirst("--compat=".count)) }
                if let value, HelmProfile.named(value) == .v3 { return .v3 }
                i += 1
            }
            return .v4
        }
    }


    /// A command-line error in pflag's words.
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    /// Arguments in ArgumentParser's canonical form (`--name=value`, `--flag`, `--`, positionals).
    var canonical: [String] = []
    /// Deprecation notices cobra prints on standard error.
    var notices: [String] = []
    /// Values of forwarded flags, in command-line order (slices already split).
    var forwardedValues: [(name: String, value: String)] = []
    /// Forwarded boolean flags that are on.
    var forwardedBools: Set<String> = []
    /// Arguments that are not flags.
    var positionals: [String] = []

    /// Parses `template`'s arguments (after the subcommand name).
    init(_ args: [String]) throws {
        let index = Index.of(args)
        var values: [(String, String)] = []
        var bools: [String: Bool] = [:]
        var boolOrder: [String] = []
        var positionals: [String] = []
        defer { self.positionals = positionals }

        func set(_ flag: Flag, _ value: String, display: String) throws {
            if let message = flag.deprecation {
                notices.append("Flag --\(flag.name) has been deprecated, \(message)")
            }
            switch flag.kind {
            case .bool:
                guard let b = TemplateFlags.parseBool(value) else {
                    throw ParseError(description: "invalid argument \"\(value)\" for \"\(display)\" flag: strconv.ParseBool: parsing \(quote(value)): invalid syntax")
                }
                if bools[flag.name] == nil { boolOrder.append(flag.name) }
                bools[flag.name] = b
            case .slice:
                for part in value.split(separator: ",", omittingEmptySubsequences: false) where !value.isEmpty {
                    values.append((flag.name, String(part)))
                }
            case .value, .optional:
                if let check = flag.check, let problem = check(value) {
                    throw ParseError(description: "invalid argument \"\(value)\" for \"\(display)\" flag: \(problem)")
                }
                values.append((flag.name, value))
            }
        }
        func display(_ flag: Flag) -> String {
            if let s = flag.short { return "-\(s), --\(flag.name)" }
            return "--\(flag.name)"
        }

        var i = 0
        while i < args.count {
            let arg = args[i]
            i += 1
            if arg == "--" {
                positionals += args[i...]
                break
            }
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                let name: String
                var inline: String? = nil
                if let eq = body.firstIndex(of: "=") {
                    name = String(body[..<eq])
                    inline = String(body[body.index(after: eq)...])
                } else {
                    name = String(body)
                }
                guard let flag = index.byName[name] else {
                    throw ParseError(description: "unknown flag: --\(name)")
                }
                if let inline {
                    try set(flag, inline, display: display(flag))
                } else {
                    switch flag.kind {
                    case .bool: try set(flag, "true", display: display(flag))
                    case .optional(let def): try set(flag, def, display: display(flag))
                    case .value, .slice:
                        guard i < args.count else { throw ParseError(description: "flag needs an argument: --\(name)") }
                        try set(flag, args[i], display: display(flag))
                        i += 1
                    }
                }
                continue
            }
            if arg.hasPrefix("-") && arg.count > 1 {
                var rest = Substring(arg.dropFirst())
                while let c = rest.first {
                    guard let flag = index.byShort[c] else {
                        throw ParseError(description: "unknown shorthand flag: '\(c)' in -\(rest)")
                    }
                    let after = rest.dropFirst()
                    if after.first == "=" {
                        try set(flag, String(after.dropFirst()), display: display(flag))
                        rest = ""
                    } else if case .bool = flag.kind {
                        try set(flag, "true", display: display(flag))
                        rest = after
                    } else if case .optional(let def) = flag.kind {
                        try set(flag, def, display: display(flag))
                        rest = after
                    } else if !after.isEmpty {
                        try set(flag, String(after), display: display(flag))
                        rest = ""
                    } else {
                        guard i < args.count else {
                            throw ParseError(description: "flag needs an argument: '\(c)' in -\(rest)")
                        }
                        try set(flag, args[i], display: display(flag))
                        i += 1
                        rest = ""
                    }
                }
                continue
            }
            positionals.append(arg)
        }

        for (name, value) in values where index.byName[name]?.forwarded == true {
            canonical += value.isEmpty ? ["--\(name)", ""] : ["--\(name)=\(value)"]
            forwardedValues.append((name, value))
        }
        for name in boolOrder where bools[name] == true && index.byName[name]?.forwarded == true {
            canonical.append(name == "help" ? "--help" : "--\(name)")
            forwardedBools.insert(name)
        }
        canonical.append("--")
        canonical += positionals
    }

    /// Go's `strconv.ParseBool`.
    static func parseBool(_ s: String) -> Bool? {
        switch s {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    static func intCheck(_ s: String) -> String? {
        Int(s) == nil ? "strconv.ParseInt: parsing \(quote(s)): invalid syntax" : nil
    }

    static func floatCheck(_ s: String) -> String? {
        Double(s) == nil ? "strconv.ParseFloat: parsing \(quote(s)): invalid syntax" : nil
    }

    /// Go's `time.ParseDuration` syntax: `[-+]` then number+unit pairs, or `0`.
    static func durationCheck(_ s: String) -> String? {
        var rest = Substring(s)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        if rest == "0" { return nil }
        let invalid = "time: invalid duration \(quote(s))"
        if rest.isEmpty { return invalid }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            if number.isEmpty || number == "." { return invalid }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
            if unit.isEmpty { return "time: missing unit in duration \(quote(s))" }
            guard ["ns", "us", "µs", "μs", "ms", "s", "m", "h"].contains(String(unit)) else {
                return "time: unknown unit \(quote(String(unit))) in duration \(quote(s))"
            }
            rest = rest.dropFirst(unit.count)
        }
        return nil
    }

    static func waitCheck(_ s: String) -> String? {
        ["watcher", "hookOnly", "legacy"].contains(s)
            ? nil : "invalid wait input \(quote(s)). Valid inputs are watcher, hookOnly, and legacy"
    }

    static func labelsCheck(_ s: String) -> String? {
        for pair in s.split(separator: ",") where !pair.contains("=") {
            return "\(pair) must be formatted as key=value"
        }
        return nil
    }
}

/// Go's `%q` for the ASCII text of command-line values.
private func quote(_ s: String) -> String {
    var out = "\""
    for c in s {
        if c == "\\" || c == "\"" { out.append("\\") }
        out.append(c)
    }
    return out + "\""
}
