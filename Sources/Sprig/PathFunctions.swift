import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's path functions.
    static var pathFunctions: FunctionMap {
        [:]
    }
}
