import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's date functions.
    static var dateFunctions: FunctionMap {
        [:]
    }
}
