/// An error from Go's `encoding/json`, with Go's exact text (`invalid character 'x' looking for
/// beginning of value`, `json: unsupported value: NaN`, ...).
public struct GoJSONError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
