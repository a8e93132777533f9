import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's list functions.
    static var listFunctions: FunctionMap {
        [:]
    }
}
