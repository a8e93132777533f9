import GoRuntime
import GoTemplate

/// The Masterminds/semver release whose constraint rules `semverCompare` follows.
public enum SemverRelease: Sendable {
    /// v3.4 and later (helm v4): a prerelease version matches an AND group when any
    /// constraint of the group names a prerelease.
    case v3_5
    /// v3.3 (helm v3.17): each constraint that names no prerelease rejects prerelease
    /// versions on its own (`!=` without wildcards excepted).
    case v3_3
}

extension Sprig {
    /// Sprig's semantic-version functions (Masterminds/semver v3 as helm v4 links it).
    static var semverFunctions: FunctionMap { semverFunctions(.v3_5) }

    /// The semantic-version functions with `release`'s constraint rules.
    public static func semverFunctions(_ release: SemverRelease) -> FunctionMap {
        [
            "semver": TemplateFunction([.string]) { args in
                do {
                    return .object(SemverObject(try SemverVersion(parsing: args[0].stringValue ?? "")))
                } catch {
                    throw FunctionError(String(describing: error))
                }
            },
            "semverCompare": TemplateFunction([.string, .string]) { args in
                do {
                    var constraints = try SemverConstraints(parsing: args[0].stringValue ?? "")
                    constraints.release = release
                    let version = try SemverVersion(parsing: args[1].stringValue ?? "")
                    return .bool(constraints.check(version))
                } catch let error as FunctionError {
                    throw error
                } catch {
                    throw FunctionError(String(describing: error))
                }
            },
        ]
    }
}
