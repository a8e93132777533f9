import GoRuntime
import GoTemplate
import Sprig
import Testing

/// Helpers for the sprig1 tests: call one Sprig function the way the template executor
/// does (arguments already of the parameter types) and show results as Go prints them.
enum Core {
    static let functions = Sprig.functions()

    /// Calls `name` with `args`; the function must exist.
    static func call(_ name: String, _ args: Value...) throws -> Value {
        let function = try #require(functions[name], "no function \(name)")
        return try function.body(args)
    }

    /// Calls `name` and returns `fmt.Sprint` of the result (what `{{ name args }}` prints,
    /// except that a nil result prints `<nil>` here).
    static func show(_ name: String, _ args: Value...) throws -> String {
        let function = try #require(functions[name], "no function \(name)")
        return GoFormat.value(try function.body(args))
    }

    /// The error message `name` fails with, or nil when it succeeds.
    static func error(_ name: String, _ args: Value...) throws -> String? {
        let function = try #require(functions[name], "no function \(name)")
        do {
            _ = try function.body(args)
            return nil
        } catch let error as FunctionError {
            return error.message
        }
    }

    /// The Go type of the result (`%T`).
    static func type(_ name: String, _ args: Value...) throws -> String {
        let function = try #require(functions[name], "no function \(name)")
        return try function.body(args).goTypeName
    }
}

/// Short value constructors for test arguments (prefixed `c` for "core", to keep clear of
/// other helpers' names in this test target).
func cs(_ v: String) -> Value { .string(v) }
func ci(_ v: Int64) -> Value { .int(v, .int) }
func cf(_ v: Double) -> Value { .float(v) }
func cb(_ v: Bool) -> Value { .bool(v) }
func cl(_ v: Value...) -> Value { .list(GoList(v)) }
func cstrs(_ v: String...) -> Value { .stringList(v) }
func cd(_ pairs: KeyValuePairs<String, Value>) -> Value {
    .map(GoMap(Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })))
}
