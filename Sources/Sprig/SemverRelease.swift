/// The Masterminds/semver release behind Sprig's semantic-version functions: its constraint
/// rules, its limits and the wording of its errors.
public enum SemverRelease: Sendable {
    /// v3.5 (helm v4): a prerelease version matches an AND group when any constraint of the
    /// group names a prerelease; inputs have length and group limits; errors are lowercase.
    case v3_5
    /// v3.3.0 (helm v3.17): each constraint that names no prerelease rejects prerelease
    /// versions on its own (`!=` without wildcards excepted); no limits; capitalised errors
    /// (`Invalid Semantic Version`) and unquoted constraints in `improper constraint: …`.
    case v3_3

    /// `NewVersion`'s longest input (v3.4's `MaxVersionLength`), nil when unlimited.
    var versionLengthLimit: Int? { self == .v3_5 ? 256 : nil }

    /// `NewConstraint`'s longest input (v3.4's `MaxConstraintLength`), nil when unlimited.
    var constraintLengthLimit: Int? { self == .v3_5 ? 512 : nil }

    /// `NewConstraint`'s most `||` groups (v3.4's `MaxConstraintGroups`), nil when unlimited.
    var constraintGroupLimit: Int? { self == .v3_5 ? 32 : nil }

    /// Whether `SetPrerelease` and `SetMetadata` reject empty dot-separated identifiers: v3.3's
    /// `validatePrerelease` and `validateMetadata` test each part with `containsOnly`, which
    /// accepts an empty part (`a..b`).
    var rejectsEmptyIdentifiers: Bool { self == .v3_5 }

    /// `improper constraint: …` for the constraint text `c` (`%q` from v3.4, `%s` before).
    func improperConstraint(_ c: String) -> String {
        "improper constraint: " + (self == .v3_5 ? goQuoted(c) : c)
    }

    /// The error `parseConstraint` reports when its version does not parse.
    var constraintParserError: String { self == .v3_5 ? "constraint parser error" : "constraint Parser Error" }

    /// The text of a version error (`version.go`'s `Err…` values).
    func message(_ error: SemverVersion.Problem) -> String {
        let modern = self == .v3_5
        switch error {
        case .invalid: return modern ? "invalid semantic version" : "Invalid Semantic Version"
        case .tooLong: return "version string is too long (max 256 bytes)"
        case .segmentStartsZero: return modern ? "version segment starts with 0" : "Version segment starts with 0"
        case .invalidPrerelease: return modern ? "invalid prerelease string" : "Invalid Prerelease string"
        case .invalidMetadata: return modern ? "invalid metadata string" : "Invalid Metadata string"
        case .segment(let digits):
            return (modern ? "error" : "Error")
                + " parsing version segment: strconv.ParseUint: parsing \"\(digits)\": value out of range"
        }
    }
}
