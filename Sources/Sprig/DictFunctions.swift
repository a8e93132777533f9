import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's dict functions.
    static var dictFunctions: FunctionMap {
        [:]
    }
}
