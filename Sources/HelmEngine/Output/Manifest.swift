#if canImport(Glibc)
import Glibc
#endif
import GoRuntime

/// One YAML document of a rendered template, with the head fields helm sorts by.
public struct Manifest {
    /// Template path with the chart name (`case/templates/x.yaml`).
    public let name: String
    /// The document, without the `# Source:` line helm prints before it.
    public let content: String
    public let kind: String
    public let isHook: Bool
    /// apiVersion, kind, namespace and name, for documents of `render(chart:values:options:)`
    /// that have them.
    public internal(set) var identity: ResourceIdentity? = nil

    /// The document as `helm template` prints it (without the `---` line).
    public var text: String { "# Source: \(name)\n\(content)" }
}

/// A hook document (helm's `release.Hook`): a manifest whose `helm.sh/hook` annotation
/// names only known events.
public struct Hook {
    public let path: String
    public let manifest: String
    public let kind: String
    public let events: [String]

    /// Whether one of the events is `test` (helm's `isTestHook`).
    public var isTest: Bool { events.contains("test") }

    /// helm's `events` table (`manifest_sorter.go`); `test-success` is Helm 2's name for `test`.
    static let knownEvents: [String: String] = [
        "pre-install": "pre-install", "post-install": "post-install",
        "pre-delete": "pre-delete", "post-delete": "post-delete",
        "pre-upgrade": "pre-upgrade", "post-upgrade": "post-upgrade",
        "pre-rollback": "pre-rollback", "post-rollback": "post-rollback",
        "test": "test", "test-success": "test",
    ]
}

/// helm's `releaseutil.SortManifests` for `helm template`: splits each rendered file into
/// documents, decodes each document's head, separates hooks from plain manifests and
/// orders both by kind (`InstallOrder`, stable; hook weights play no part in the output).
public enum ManifestSorter {
    /// What sorting produced: hooks and manifests in output order, and log lines
    /// (`skipping unknown hooks`) helm prints on standard error.
    public struct Sorted {
        public var hooks: [Hook] = []
        public var manifests: [Manifest] = []
        public var log: [String] = []
    }

    /// A document that failed to decode, with the hooks sorted before it (helm returns them
    /// with the error, and `helm template --debug` prints them).
    public struct Failure: Error, CustomStringConvertible {
        public let error: ManifestError
        public let hooks: [Hook]
        public let log: [String]
        public var description: String { error.description }
    }

    public static func sort(_ files: [String: String], profile: HelmProfile = .v4) throws -> Sorted {
        var result = Sorted()
        var generic: [Manifest] = []
        var hooks: [Hook] = []
        for path in files.keys.sorted(by: goStringLess) {
            let content = files[path] ?? ""
            if Engine.isPartial(path) { continue }
            if isBlank(content) { continue }
            for doc in split(content, profile.documentSplit) {
                let head: ManifestHead
                do {
                    head = try ManifestHead.decode(doc, path: path, profile: profile)
                } catch let error as ManifestError {
                    throw Failure(error: error, hooks: hooks, log: result.log)
                }
                guard let hookTypes = head.annotations["helm.sh/hook"] else {
                    generic.append(Manifest(name: path, content: doc, kind: head.kind, isHook: false))
                    continue
                }
                var events: [String] = []
                var unknown = false
                for part in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
                    let type = String(part).trimmingWhitespace().lowercased()
                    guard let event = Hook.knownEvents[type] else { unknown = true; break }
                    events.append(event)
                }
                if unknown {
                    if let line = profile.logStyle.line(.unknownHooks(hookTypes: hookTypes)) {
                        result.log.append(line)
                    }
                    continue
                }
                hooks.append(Hook(path: path, manifest: doc, kind: head.kind, events: events))
            }
        }
        let order = profile.installOrder == installOrder ? orderIndex : index(profile.installOrder)
        result.manifests = stableSortByKind(generic, order: order, kind: \.kind)
        result.hooks = stableSortByKind(hooks, order: order, kind: \.kind)
        return result
    }

    /// helm v4's `InstallOrder`.
    static let installOrder = HelmProfile.v4.installOrder
    static let orderIndex = index(installOrder)

    static func index(_ order: [String]) -> [String: Int] {
        var m: [String: Int] = [:]
        for (i, k) in order.enumerated() { m[k] = i }
        return m
    }

    /// helm's `lessByKind` under `sort.SliceStable`: known kinds in install order, unknown kinds
    /// after them sorted by name; equal keys keep their order.
    static func stableSortByKind<T>(_ items: [T], order orderIndex: [String: Int] = orderIndex, kind: (T) -> String) -> [T] {
        // Each item's kind and rank are found once, not in every comparison.
        let keyed = items.enumerated().map { item in
            let k = kind(item.element)
            return (offset: item.offset, kind: k, rank: orderIndex[k], element: item.element)
        }
        return keyed.sorted { a, b in
            switch (a.rank, b.rank) {
            case (nil, nil):
                if a.kind != b.kind { return goStringLess(a.kind, b.kind) }
                return a.offset < b.offset
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x != y { return x < y }
                return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Whether the text is empty after `trimmingWhitespace` (checked without copying it).
    static func isBlank(_ text: String) -> Bool {
        let empty: Bool? = text.utf8.withContiguousStorageIfAvailable { GoSpace.trimmed($0).isEmpty }
        return empty ?? GoSpace.trimmed(Array(text.utf8)).isEmpty
    }

    /// The documents of a rendered file, split as the profile's helm splits them.
    static func split(_ text: String, _ mode: HelmProfile.DocumentSplit) -> [String] {
        switch mode {
        case .lineSeparators: return splitManifests(text)
        case .trimmedRegex: return splitManifestsV3(text)
        }
    }

    /// helm v3's `SplitManifests`: `(?:^|\s*\n)---\s*` (Go's `\s`: space, `\t`, `\n`, `\f`,
    /// `\r`) splits the trimmed text; empty pieces are dropped, the others trimmed.
    static func splitManifestsV3(_ text: String) -> [String] {
        let b = Array(text.trimmingWhitespace().utf8)
        let n = b.count
        func isRegexSpace(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 || x == 0x0A || x == 0x0C || x == 0x0D }
        func dashesAt(_ i: Int) -> Bool { i + 3 <= n && b[i] == 0x2D && b[i + 1] == 0x2D && b[i + 2] == 0x2D }
        var docs: [String] = []
        func emit(_ start: Int, _ end: Int) {
            let piece = String(decoding: b[start..<end], as: UTF8.self)
            if !piece.isEmpty { docs.append(piece.trimmingWhitespace()) }
        }
        var start = 0
        var i = 0
        // A separator is `---` at the very start, or a run of spaces ending in a newline
        // followed by `---`; the spaces after `---` belong to it.
        while i < n {
            var dashes: Int? = nil
            var matchStart = i
            if i == 0 && dashesAt(0) {
                dashes = 0
            } else if isRegexSpace(b[i]) {
                var j = i
                while j < n && isRegexSpace(b[j]) { j += 1 }
                if b[j - 1] == 0x0A && dashesAt(j) { dashes = j; matchStart = i } else { i = j; continue }
            }
            guard let d = dashes else { i += 1; continue }
            var end = d + 3
            while end < n && isRegexSpace(b[end]) { end += 1 }
            if end != 0 { emit(start, matchStart) }
            start = end
            i = end
        }
        emit(start, n)
        return docs
    }

    /// The index after the next line feed from `start` (`memchr`), or past the end.
    private static func nextLine(_ b: [UInt8], from start: Int) -> Int {
        b.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                  let found = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count + 1 }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
    }

    /// helm v4's document split: a line starting with `---` ends a document; the
    /// separator swallows the whitespace after it. Documents keep their trailing newlines,
    /// lose their leading whitespace, and whitespace-only documents are dropped.
    static func splitManifests(_ text: String) -> [String] {
        let b = Array(text.utf8)
        let n = b.count
        func isSpace(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 || x == 0x0A || x == 0x0D || x == 0x0B || x == 0x0C }
        func separatorAt(_ i: Int) -> Bool {
            (i == 0 || b[i - 1] == 0x0A) && i + 3 <= n && b[i] == 0x2D && b[i + 1] == 0x2D && b[i + 2] == 0x2D
        }
        var docs: [String] = []
        var start = 0
        func emit(_ end: Int) {
            // strings.TrimLeftFunc(d, unicode.IsSpace)
            var s = start
            while s < end {
                let k = GoSpace.length(startingAt: s, in: b)
                if k == 0 || s + k > end { break }
                s += k
            }
            if s < end { docs.append(String(decoding: b[s..<end], as: UTF8.self)) }
        }
        var i = 0
        while i < n {
            if separatorAt(i) {
                emit(i)
                var j = i + 3
                while j < n && isSpace(b[j]) { j += 1 }
                start = j
                i = j
                continue
            }
            // Jump to the next line start.
            i = nextLine(b, from: i)
        }
        emit(n)
        return docs
    }
}

/// A rendered document that is not a valid Kubernetes object head.
public struct ManifestError: Error, CustomStringConvertible {
    public let description: String
    /// How helm v3 prints it with `--debug` when it is a github.com/pkg/errors error.
    var trace: PkgErrorsTrace? = nil
    init(_ description: String) { self.description = description }

    /// `errors.Wrapf(cause, "YAML parse error on %s", path)` of helm's manifest sorter.
    static func yamlParse(path: String, cause: String) -> ManifestError {
        let message = "YAML parse error on \(path)"
        var error = ManifestError(message + ": " + cause)
        error.trace = PkgErrorsTrace(cause: cause, message: message, site: .manifestYAML)
        return error
    }
}
