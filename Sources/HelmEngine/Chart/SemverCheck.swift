import GoRuntime
import GoTemplate
import Sprig

/// Masterminds semver checks helm makes while loading (`isValidSemver`) and processing
/// dependencies (`IsCompatibleRange`), through Sprig's own semver implementation with the
/// rules of the helm's semver release (`HelmProfile.semverRelease`).
enum SemverCheck {
    /// Built once, thread-safely (lazily initialised statics); never mutated afterwards.
    nonisolated(unsafe) private static let v3_5: FunctionMap = Sprig.semverFunctions(.v3_5)
    nonisolated(unsafe) private static let v3_3: FunctionMap = Sprig.semverFunctions(.v3_3)

    private static func function(_ name: String, _ release: SemverRelease) -> TemplateFunction? {
        switch release {
        case .v3_5: return v3_5[name]
        case .v3_3: return v3_3[name]
        }
    }

    /// Whether `version` parses as a semantic version.
    static func isValid(_ version: String, release: SemverRelease = .v3_5) -> Bool {
        guard let f = function("semver", release) else { return false }
        return (try? f.body([.string(version)])) != nil
    }

    /// The version as Masterminds semver prints it (`1.20` gives `1.20.0`), nil when it
    /// does not parse.
    static func canonical(_ version: String, release: SemverRelease = .v3_5) -> String? {
        try? parse(version, release: release).get()
    }

    /// Masterminds' `NewVersion` of `version`: its canonical text, or the parse error's text.
    static func parse(_ version: String, release: SemverRelease = .v3_5) -> Result<String, ChartError> {
        guard let f = function("semver", release) else { return .failure(ChartError("no semver function")) }
        do {
            guard case .object(let object) = try f.body([.string(version)]) else {
                return .failure(ChartError("no semantic version"))
            }
            return .success(object.formatted)
        } catch {
            return .failure(ChartError("\(error)"))
        }
    }

    /// helm's `IsCompatibleRange`: false when either side does not parse.
    static func isCompatibleRange(_ constraint: String, _ version: String, release: SemverRelease = .v3_5) -> Bool {
        guard let f = function("semverCompare", release) else { return false }
        if case .bool(let b)? = try? f.body([.string(constraint), .string(version)]) { return b }
        return false
    }
}
