import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's hash functions.
    static var hashFunctions: FunctionMap {
        [:]
    }
}
