import GoRuntime
import GoTemplate
import Sprig

/// Masterminds semver checks helm makes while loading (`isValidSemver`) and processing
/// dependencies (`IsCompatibleRange`), through Sprig's own semver implementation.
enum SemverCheck {
    /// Built once, thread-safely (a lazily initialised static); never mutated afterwards.
    nonisolated(unsafe) private static let sprig: FunctionMap = Sprig.functions()

    private static func function(_ name: String) -> TemplateFunction? {
        sprig[name]
    }

    /// Whether `version` parses as a semantic version.
    static func isValid(_ version: String) -> Bool {
        guard let f = function("semver") else { return false }
        return (try? f.body([.string(version)])) != nil
    }

    /// The version as Masterminds semver prints it (`1.20` gives `1.20.0`), nil when it
    /// does not parse.
    static func canonical(_ version: String) -> String? {
        guard let f = function("semver"), case .object(let object)? = try? f.body([.string(version)]) else { return nil }
        return object.formatted
    }

    /// helm's `IsCompatibleRange`: false when either side does not parse.
    static func isCompatibleRange(_ constraint: String, _ version: String) -> Bool {
        guard let f = function("semverCompare") else { return false }
        if case .bool(let b)? = try? f.body([.string(constraint), .string(version)]) { return b }
        return false
    }
}
