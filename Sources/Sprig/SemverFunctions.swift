import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's semantic-version functions (Masterminds/semver v3 as helm v4 links it).
    static var semverFunctions: FunctionMap { semverFunctions(.v3_5) }

    /// The semantic-version functions with `release`'s constraint rules.
    public static func semverFunctions(_ release: SemverRelease) -> FunctionMap {
        [
            "semver": TemplateFunction([.string]) { args in
                do {
                    let version = try SemverVersion(parsing: args[0].stringValue ?? "", release: release)
                    return .object(SemverObject(version, release: release))
                } catch {
                    throw FunctionError(String(describing: error))
                }
            },
            "semverCompare": TemplateFunction([.string, .string]) { args in
                do {
                    let constraints = try SemverConstraints.parsed(args[0].stringValue ?? "", release: release)
                    let version = try SemverVersion(parsing: args[1].stringValue ?? "", release: release)
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
