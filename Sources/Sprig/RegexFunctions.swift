import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's regex functions.
    static var regexFunctions: FunctionMap {
        [:]
    }
}
