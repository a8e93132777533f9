import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's semver functions.
    static var semverFunctions: FunctionMap {
        [:]
    }
}
