import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's default functions.
    static var defaultFunctions: FunctionMap {
        [:]
    }
}
