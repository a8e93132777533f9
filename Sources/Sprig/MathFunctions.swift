import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's math functions.
    static var mathFunctions: FunctionMap {
        [:]
    }
}
