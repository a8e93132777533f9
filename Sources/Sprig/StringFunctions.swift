import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's string functions.
    static var stringFunctions: FunctionMap {
        [:]
    }
}
