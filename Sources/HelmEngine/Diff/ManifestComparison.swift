/// Two renders of a chart compared resource by resource: documents are matched by
/// apiVersion, kind, namespace and name (documents without one by their `# Source:` path),
/// never by position, so a change of order alone is no change. Blank lines at the end of a
/// document are not compared.
public struct ManifestComparison {
    /// A difference between the expected and the actual output.
    public enum Change {
        case changed(expected: OutputDocument, actual: OutputDocument)
        case added(OutputDocument)
        case removed(OutputDocument)
    }

    /// Changed and added documents in the actual output's order, then removed ones in the
    /// expected output's order.
    public private(set) var changes: [Change] = []
    /// Documents found the same on both sides.
    public private(set) var unchanged = 0

    public var isSame: Bool { changes.isEmpty }

    public init(expected: [OutputDocument], actual: [OutputDocument]) {
        var remaining: [String: [OutputDocument]] = [:]
        var expectedOrder: [String] = []
        for (key, doc) in Self.keyed(expected) {
            remaining[key, default: []].append(doc)
            expectedOrder.append(key)
        }
        for (key, doc) in Self.keyed(actual) {
            guard var candidates = remaining[key], !candidates.isEmpty else {
                changes.append(.added(doc))
                continue
            }
            let match = candidates.removeFirst()
            remaining[key] = candidates
            if match.comparedText == doc.comparedText { unchanged += 1 } else { changes.append(.changed(expected: match, actual: doc)) }
        }
        for key in expectedOrder {
            guard var left = remaining[key], !left.isEmpty else { continue }
            changes.append(.removed(left.removeFirst()))
            remaining[key] = left
        }
    }

    /// Each document with the key it is matched by; repeats of one key are told apart by
    /// their order.
    static func keyed(_ docs: [OutputDocument]) -> [(String, OutputDocument)] {
        var seen: [String: Int] = [:]
        return docs.map { doc in
            var key: String
            if let id = doc.identity {
                key = "resource\u{0}\(id.apiVersion)\u{0}\(id.kind)\u{0}\(id.namespace)\u{0}\(id.name)"
            } else {
                key = "source\u{0}\(doc.source)"
            }
            let n = seen[key, default: 0]
            seen[key] = n + 1
            if n > 0 { key += "\u{0}\(n)" }
            return (key, doc)
        }
    }
}

/// `rudder diff`'s report: a unified diff per changed resource, added and removed
/// resources in full, and a one-line summary.
public struct ManifestDiffReport {
    /// ANSI colours for a terminal, or none.
    public var color = false
    /// How the two sides are named in `---`/`+++` lines.
    public var expectedLabel = "expected"
    public var actualLabel = "rendered"

    public init() {}

    public func render(_ comparison: ManifestComparison) -> String {
        var out = ""
        var changed = 0, added = 0, removed = 0
        for change in comparison.changes {
            switch change {
            case .changed(let expected, let actual):
                changed += 1
                out += paint(bold, "~ " + title(actual) + " changed") + "\n"
                out += paint(bold, "--- " + expectedLabel + sourceSuffix(expected)) + "\n"
                out += paint(bold, "+++ " + actualLabel + sourceSuffix(actual)) + "\n"
                let hunks = UnifiedDiff.hunks(expected.comparedText, actual.comparedText, paint: paintLine)
                out += hunks
            case .added(let doc):
                added += 1
                out += paint(green, "+ " + title(doc) + " added (only in \(actualLabel))") + "\n"
                out += UnifiedDiff.hunks("", doc.comparedText, paint: paintLine)
            case .removed(let doc):
                removed += 1
                out += paint(red, "- " + title(doc) + " removed (only in \(expectedLabel))") + "\n"
                out += UnifiedDiff.hunks(doc.comparedText, "", paint: paintLine)
            }
        }
        if comparison.isSame {
            out += "no change: \(count(comparison.unchanged)) the same\n"
        } else {
            out += "\(changed) changed, \(added) added, \(removed) removed, \(comparison.unchanged) unchanged\n"
        }
        return out
    }

    private func count(_ n: Int) -> String { n == 1 ? "1 resource" : "\(n) resources" }

    private func title(_ doc: OutputDocument) -> String {
        if let id = doc.identity { return id.description }
        return doc.source.isEmpty ? "document" : "document from \(doc.source)"
    }

    private func sourceSuffix(_ doc: OutputDocument) -> String {
        doc.source.isEmpty ? "" : " (" + doc.source + ")"
    }

    private let red = "31", green = "32", cyan = "36", bold = "1"

    private func paint(_ code: String, _ text: String) -> String {
        color ? "\u{1B}[" + code + "m" + text + "\u{1B}[0m" : text
    }

    private func paintLine(_ line: String) -> String {
        guard color, let first = line.first else { return line }
        switch first {
        case "+": return paint(green, line)
        case "-": return paint(red, line)
        case "@": return paint(cyan, line)
        default: return line
        }
    }
}
