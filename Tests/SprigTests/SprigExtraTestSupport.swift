import GoRuntime
import GoTemplate
@testable import Sprig
import Testing

/// Helpers for the sprig2 tests (regex, hashes, encodings, crypto, semver, dates, random):
/// call a function directly, or render a one-line template with the Sprig function map.
enum Extra {
    static let functions = Sprig.functions()

    /// `fmt.Sprint` of `name(args...)`.
    static func show(_ name: String, _ args: Value...) throws -> String {
        let function = try #require(functions[name], "no function \(name)")
        return GoFormat.value(try function.body(args))
    }

    /// The error message `name(args...)` fails with, or nil.
    static func error(_ name: String, _ args: Value...) throws -> String? {
        let function = try #require(functions[name], "no function \(name)")
        do {
            _ = try function.body(args)
            return nil
        } catch let error as FunctionError {
            return error.message
        }
    }

    /// Renders `text` as a template named `t`.
    static func render(_ text: String, data: Value = .map([:])) throws -> String {
        let set = TemplateSet(functions: functions)
        try set.parse(name: "t", text: text)
        return try set.execute("t", data: data)
    }
}

func xs(_ v: String) -> Value { .string(v) }
func xi(_ v: Int64) -> Value { .int(v, .int) }
func xi64(_ v: Int64) -> Value { .int(v, .int64) }
