import GoRuntime

/// encoding/json's cycle detection (encode.go `startDetectingCyclesAfter`): maps and slices
/// count nesting levels, and beyond 1000 levels a map met again on the current path fails with
/// `json: unsupported value: encountered a cycle via map[string]interface {}`.
///
/// Go also remembers slices by their backing array; Swift lists are values without an
/// identity, so only maps are remembered (a cycle always runs through a map here, and the
/// message names the map's type).
struct GoJSONCycleGuard {
    static let startDetectingAfter = 1000
    private var level = 0
    private var seen: Set<ObjectIdentifier> = []

    /// Enters a list (`nil`) or a map; throws when the map is already on the path.
    mutating func enter(_ map: GoMap?) throws -> ObjectIdentifier? {
        defer { level += 1 }
        guard level > Self.startDetectingAfter, let map else { return nil }
        let id = ObjectIdentifier(map)
        if !seen.insert(id).inserted {
            throw GoJSONError("json: unsupported value: encountered a cycle via " + Value.map(map).goTypeName)
        }
        return id
    }

    /// Leaves the list or map entered last.
    mutating func leave(_ id: ObjectIdentifier?) {
        level -= 1
        if let id { seen.remove(id) }
    }
}
