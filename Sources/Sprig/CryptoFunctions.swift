import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's crypto functions.
    static var cryptoFunctions: FunctionMap {
        [:]
    }
}
