import GoRuntime

/// Version constraints as Masterminds/semver v3.5 (or v3.3, see `SemverRelease`) parses and checks them (`NewConstraint`,
/// `Constraints.Check`): `||` groups of comma/space separated comparisons, hyphen ranges,
/// wildcards (`x`, `X`, `*`), `~` and `^`. Parsing uses semver's reference regular
/// expressions, run by the Go-compatible `Regexp`.
struct SemverConstraints {
    /// One comparison: operator, the version text as written, and the wildcard flags.
    struct Constraint {
        let op: String
        let orig: String
        let con: SemverVersion
        let dirty: Bool
        let minorDirty: Bool
        let patchDirty: Bool
    }

    let groups: [[Constraint]]
    /// Whether a group names a prerelease, which lets prereleases match in the whole group.
    let containsPre: [Bool]
    /// Whose prerelease rule `check` applies.
    let release: SemverRelease

    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static let cv = #"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?"#
        + #"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
        + #"(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
    static let ops = #"=||!=|>|<|>=|=>|<=|=<|~|~>|\^"#
    static let constraintPattern = #"^\s*("# + ops + #")\s*("# + cv + #")\s*$"#
    static let rangePattern = #"\s*("# + cv + #")\s+-\s+("# + cv + #")\s*"#
    static let findPattern = "(" + ops + #")\s*("# + cv + ")"
    static let validPattern = #"^(\s*("# + ops + #")\s*("# + cv + #")\s*)((?:\s+|,\s*)("# + ops + #")\s*("# + cv + #")\s*)*$"#

    /// `semver.NewConstraint`.
    init(parsing text: String, release: SemverRelease = .v3_5) throws {
        if let limit = release.constraintLengthLimit, text.utf8.count > limit {
            throw ParseError(description: "constraint string is too long (max \(limit) bytes)")
        }
        let rewritten = try SemverConstraints.rewriteRange(text)
        let ors = SemverConstraints.splitAll(rewritten, "||")
        if let limit = release.constraintGroupLimit, ors.count > limit {
            throw ParseError(description: "too many constraint groups (max \(limit))")
        }
        let valid = try Regexp.compile(SemverConstraints.validPattern)
        let find = try Regexp.compile(SemverConstraints.findPattern)
        var groups: [[Constraint]] = []
        var containsPre: [Bool] = []
        for group in ors {
            guard valid.matches(group) else {
                throw ParseError(description: release.improperConstraint(group))
            }
            let atoms = find.findAllString(group, -1) ?? [group]
            var parsed: [Constraint] = []
            var hasPre = false
            for atom in atoms {
                let c = try SemverConstraints.parseConstraint(atom, release: release)
                if !c.con.pre.isEmpty { hasPre = true }
                parsed.append(c)
            }
            groups.append(parsed)
            containsPre.append(hasPre)
        }
        self.groups = groups
        self.containsPre = containsPre
        self.release = release
    }

    /// `Constraints.Check` with `IncludePrerelease` false.
    func check(_ v: SemverVersion) -> Bool {
        for (i, group) in groups.enumerated() where group.allSatisfy({ constraint in
            switch release {
            case .v3_5: return constraint.check(v, includePre: containsPre[i])
            case .v3_3:
                // Masterminds v3.3: the check is each constraint's own.
                let own = !constraint.con.pre.isEmpty || (constraint.op == "!=" && !constraint.dirty)
                return constraint.check(v, includePre: own)
            }
        }) {
            return true
        }
        return false
    }

    /// `parseConstraint` for one atom such as `>= 1.2.x`.
    static func parseConstraint(_ c: String, release: SemverRelease) throws -> Constraint {
        let regexp = try Regexp.compile(constraintPattern)
        guard let m = regexp.submatches(c) else {
            throw ParseError(description: release.improperConstraint(c))
        }
        let major = m[3], minor = m[4], patch = m[5], pre = m[6]
        var ver = m[2]
        var dirty = false, minorDirty = false, patchDirty = false
        if isX(major) || major.isEmpty {
            ver = "0.0.0" + pre
            dirty = true
        } else if isX(String(minor.dropFirst())) || minor.isEmpty {
            minorDirty = true
            dirty = true
            ver = major + ".0.0" + pre
        } else if isX(String(patch.dropFirst())) || patch.isEmpty {
            dirty = true
            patchDirty = true
            ver = major + minor + ".0" + pre
        }
        guard let con = try? SemverVersion(parsing: ver, release: release) else {
            throw ParseError(description: release.constraintParserError)
        }
        return Constraint(op: m[1], orig: m[2], con: con, dirty: dirty, minorDirty: minorDirty, patchDirty: patchDirty)
    }

    static func isX(_ s: String) -> Bool { s == "x" || s == "X" || s == "*" }

    /// `rewriteRange`: `A - B` becomes `>= A, <= B `.
    static func rewriteRange(_ text: String) throws -> String {
        guard text.contains("-") else { return text }
        let regexp = try Regexp.compile(rangePattern)
        let bytes = Array(text.utf8)
        var out = text
        for m in regexp.allMatches(bytes, -1) {
            func group(_ i: Int) -> String {
                m[2 * i] < 0 ? "" : String(decoding: bytes[m[2 * i]..<m[2 * i + 1]], as: UTF8.self)
            }
            out = replaceFirst(out, group(0), with: ">= " + group(1) + ", <= " + group(11) + " ")
        }
        return out
    }

    static func replaceFirst(_ s: String, _ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = s.firstRange(of: target) else { return s }
        return String(s[..<range.lowerBound]) + replacement + String(s[range.upperBound...])
    }

    /// `strings.Split`.
    static func splitAll(_ s: String, _ sep: String) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while let range = rest.firstRange(of: sep) {
            out.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

extension SemverConstraints.Constraint {
    /// The predicate for this constraint's operator (semver's `*Pred` functions).
    func check(_ v: SemverVersion, includePre: Bool) -> Bool {
        if !v.pre.isEmpty && !includePre { return false }
        switch op {
        case "", "=": return dirty ? tilde(v) : v.compare(con) == 0
        case "!=": return notEqual(v)
        case ">": return greaterThan(v)
        case "<": return v.compare(con) < 0
        case ">=", "=>": return v.compare(con) >= 0
        case "<=", "=<": return lessThanEqual(v)
        case "~", "~>": return tilde(v)
        case "^": return caret(v)
        default: return false
        }
    }

    func notEqual(_ v: SemverVersion) -> Bool {
        if dirty {
            if con.major != v.major { return true }
            if con.minor != v.minor && !minorDirty { return true }
            if minorDirty { return false }
            if con.patch != v.patch && !patchDirty { return true }
            if patchDirty {
                if !v.pre.isEmpty || !con.pre.isEmpty {
                    return SemverVersion.comparePrerelease(v.pre, con.pre) != 0
                }
                return false
            }
        }
        return v.compare(con) != 0
    }

    func greaterThan(_ v: SemverVersion) -> Bool {
        if !dirty { return v.compare(con) == 1 }
        if v.major > con.major { return true }
        if v.major < con.major { return false }
        if minorDirty { return false }
        if patchDirty { return v.minor > con.minor }
        return v.compare(con) == 1
    }

    func lessThanEqual(_ v: SemverVersion) -> Bool {
        if !dirty { return v.compare(con) <= 0 }
        if v.major > con.major { return false }
        if v.major == con.major && v.minor > con.minor && !minorDirty { return false }
        return true
    }

    func tilde(_ v: SemverVersion) -> Bool {
        if v.compare(con) < 0 { return false }
        if con.major == 0 && con.minor == 0 && con.patch == 0 && !minorDirty && !patchDirty { return true }
        if v.major != con.major { return false }
        if v.minor != con.minor && !minorDirty { return false }
        return true
    }

    func caret(_ v: SemverVersion) -> Bool {
        if v.compare(con) < 0 { return false }
        if con.major > 0 || minorDirty { return v.major == con.major }
        if con.major == 0 && v.major > 0 { return false }
        if con.minor > 0 || patchDirty { return v.minor == con.minor }
        if con.minor == 0 && v.minor > 0 { return false }
        return con.patch == v.patch
    }
}

extension Regexp {
    /// Go's `FindStringSubmatch`: each group's text ("" when it did not take part), or nil.
    func submatches(_ s: String) -> [String]? {
        let bytes = Array(s.utf8)
        let matcher = Matcher(self)
        guard let m = bytes.withUnsafeBufferPointer({ matcher.match($0, from: 0) }) else { return nil }
        return (0..<(m.count / 2)).map { i in
            m[2 * i] < 0 ? "" : String(decoding: bytes[m[2 * i]..<m[2 * i + 1]], as: UTF8.self)
        }
    }
}

/// Go's `%q` of a string.
func goQuoted(_ s: String) -> String { GoQuote.quote(s) }
