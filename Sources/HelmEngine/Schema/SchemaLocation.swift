/// Where in the values a check is: a chain of instance tokens back to the root. A child
/// shares its parent's chain, so descending costs one small node instead of a copy of the
/// whole path; the tokens are only read when a failure is printed.
final class SchemaLocation {
    static let root = SchemaLocation(parent: nil, token: "")

    private let parent: SchemaLocation?
    private let token: String

    private init(parent: SchemaLocation?, token: String) {
        self.parent = parent
        self.token = token
    }

    func child(_ token: String) -> SchemaLocation {
        SchemaLocation(parent: self, token: token)
    }

    /// The tokens from the root down to here.
    var tokens: [String] {
        var out: [String] = []
        var node: SchemaLocation? = self
        while let current = node, let parent = current.parent {
            out.append(current.token)
            node = parent
        }
        return out.reversed()
    }
}
