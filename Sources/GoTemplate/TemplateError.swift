/// A template error with Go's exact text (`template: NAME:LINE: msg` for parse errors,
/// `template: NAME:LINE:COL: executing "NAME" at <NODE>: msg` for execution errors).
/// The fields stay available so Helm-level code can reformat without re-parsing.
public struct TemplateError: Error, CustomStringConvertible {
    public enum Kind: Sendable { case parse, exec }
    public let kind: Kind
    /// Name of the template being executed (exec) or parsed (parse).
    public let name: String
    /// `NAME:LINE` (parse) or `NAME:LINE:COL` (exec); empty when no node is known.
    public let location: String
    /// The node printed back to source (exec only).
    public let context: String
    /// The message after the location prefix.
    public let message: String
    /// The error that caused this one, when a function call failed (Go's `%w`).
    public let underlying: Error?

    public init(kind: Kind, name: String, location: String, context: String, message: String, underlying: Error? = nil) {
        self.kind = kind
        self.name = name
        self.location = location
        self.context = context
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        switch kind {
        case .parse:
            return "template: \(location): \(message)"
        case .exec:
            if location.isEmpty { return "template: \(name): \(message)" }
            return "template: \(location): executing \"\(name)\" at <\(context)>: \(message)"
        }
    }
}

/// An error that ends a render as it is: the template calls it passes through do not wrap
/// it in their own context. Used for nesting limits, where Go's chain of wrapped frames
/// would repeat one line for every level.
public struct UnwrappedTemplateError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
