import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's url functions.
    static var urlFunctions: FunctionMap {
        [:]
    }
}
