import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's encoding functions.
    static var encodingFunctions: FunctionMap {
        [:]
    }
}
