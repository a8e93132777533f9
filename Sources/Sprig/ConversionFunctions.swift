import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's conversion functions.
    static var conversionFunctions: FunctionMap {
        [:]
    }
}
