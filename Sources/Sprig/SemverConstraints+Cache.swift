import Synchronization

extension SemverConstraints {
    /// Constraint texts already parsed, by release: charts compare the same few constraints
    /// (`>=1.19-0`, `<1.25-0`) against the cluster version in many templates, and parsing
    /// runs several regular expressions. Failed parses are not kept (they throw anew).
    private static let parsedV3_5 = ParsedTable()
    private static let parsedV3_3 = ParsedTable()
    /// Most texts kept per release; the table starts over when it is full.
    static let cachedLimit = 512

    /// `init(parsing:release:)`, remembered per text.
    static func parsed(_ text: String, release: SemverRelease) throws -> SemverConstraints {
        let table = release == .v3_5 ? parsedV3_5 : parsedV3_3
        if let hit = table.withLock({ $0[text] }) { return hit }
        let constraints = try SemverConstraints(parsing: text, release: release)
        table.withLock { cache in
            if cache.count >= cachedLimit { cache.removeAll() }
            cache[text] = constraints
        }
        return constraints
    }
}

/// A lock-protected table of parsed constraints (a class, so a release's table can be
/// picked into a variable).
private final class ParsedTable: Sendable {
    private let table = Mutex<[String: SemverConstraints]>([:])

    func withLock<R: Sendable>(_ body: (inout [String: SemverConstraints]) -> R) -> R {
        table.withLock { body(&$0) }
    }
}
