import GoRuntime

/// The Go type of a function parameter; the executor converts and checks arguments
/// against it with Go's error messages before the body runs.
public enum ParamType: Sendable, Equatable {
    /// `interface{}`: any value, nil included, passed as it is.
    case any
    case string
    case int
    case int64
    case float64
    case bool
    /// `[]interface{}`
    case list
    /// `map[string]interface{}`
    case map
    /// `[]string`
    case stringList

    /// Go's name for the type, used in error messages.
    public var goName: String {
        switch self {
        case .any: return "interface {}"
        case .string: return "string"
        case .int: return "int"
        case .int64: return "int64"
        case .float64: return "float64"
        case .bool: return "bool"
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        case .stringList: return "[]string"
        }
    }
}

/// A function callable from templates (`{{ upper .x }}`): its Go signature and its body.
///
/// The body receives arguments already converted to the declared parameter types.
/// Throwing an error reports it as Go does: `error calling NAME: MESSAGE`.
public struct TemplateFunction {
    public let params: [ParamType]
    /// The element type of a trailing `...T` parameter, if the function is variadic.
    public let variadic: ParamType?
    public let body: ([Value]) throws -> Value
    /// Set only for the builtin `and`/`or`, whose arguments are evaluated lazily.
    var isShortCircuit = false
    /// For Go builtins taking a `reflect.Value` (`len`): the error when the first argument is
    /// an untyped nil (`nil`, a piped or parenthesised nil) rather than a nil `interface{}`.
    var untypedNilError: String?

    public init(_ params: [ParamType], variadic: ParamType? = nil, body: @escaping ([Value]) throws -> Value) {
        self.params = params
        self.variadic = variadic
        self.body = body
    }
}

/// Functions by name, as Go's `template.FuncMap`.
public typealias FunctionMap = [String: TemplateFunction]

/// An error a function body throws; its message is printed as Go prints the error value.
public struct FunctionError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
