/// One problem in an IR file: the file, the path inside it (`flows[1].sink`) and what is wrong.
public struct IRError: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    public let path: String
    public let message: String

    public init(file: String, path: String, _ message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `FILE: PATH: MESSAGE`, or `FILE: MESSAGE` for a problem with the whole file.
    public var description: String {
        path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
}

/// Every problem found in a set of IR files, in file order.
public struct IRErrors: Error, CustomStringConvertible, Sendable {
    public private(set) var errors: [IRError] = []

    public init() {}

    mutating func append(_ error: IRError) { errors.append(error) }

    mutating func add(_ file: String, _ path: String, _ message: String) {
        errors.append(IRError(file: file, path: path, message))
    }

    func throwIfAny() throws {
        if !errors.isEmpty { throw self }
    }

    /// One problem per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
