import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's semantic-version functions (Masterminds/semver v3 as helm v4 links it).
    static var semverFunctions: FunctionMap {
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
                    let constraints = try SemverConstraints(parsing: args[0].stringValue ?? "")
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
