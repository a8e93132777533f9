import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's random functions.
    static var randomFunctions: FunctionMap {
        [:]
    }
}
