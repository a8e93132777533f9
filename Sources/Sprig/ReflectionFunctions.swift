import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's reflection functions.
    static var reflectionFunctions: FunctionMap {
        [:]
    }
}
