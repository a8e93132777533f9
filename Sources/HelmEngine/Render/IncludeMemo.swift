import GoRuntime
import GoTemplate

/// `include` outputs remembered per render: a template called again with equal data prints
/// what it printed before, so the second call returns the first output without running.
///
/// Equal data: the same values, where a small map made for the call (a `dict`) is compared by
/// its entries, and every other map (and object) counts as equal only to itself. A remembered output is used
/// only while `MapChangeLog` says no map the first run could read has changed, and only when
/// that run saw no random number, clock reading or log line, changed no map that existed
/// before it, and used no template of a `tpl` text's own; a run that read `.Template` is
/// replayed only within the template that ran it. The nesting limits of `include`
/// and `tpl` are kept: a call whose first run nested deeper than the current call may runs.
final class IncludeMemo {
    /// The template run and its data, with the hash worked out once.
    struct Key: Hashable {
        let tree: ObjectIdentifier
        let atoms: [MemoAtom]
        let hash: Int

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.tree == b.tree && a.atoms == b.atoms }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    struct Entry {
        let output: String
        let start: MapChangeLog.RunStart
        /// How many `include`/`tpl` levels the first run went below its own.
        let depth: Int
        /// The `MapChangeLog.templateEpoch` of the first run, when it read a `Template`
        /// entry: the output is then valid only until the next template's entries are written.
        let templateEpoch: Int?
        /// The tree, kept alive so that no other tree takes its address while the entry exists
        /// (the key's atoms keep the objects they name; maps are named by serial).
        let tree: Tree
    }

    private var entries: [Key: Entry] = [:]
    private var bytes = 0
    /// Current nesting of `include` and `tpl` calls, and the deepest level since the
    /// innermost run being remembered started.
    private var nesting = 0
    private var peak = 0

    static let byteLimit = 1 << 20
    static let entryLimit = 1 << 11
    /// Outputs longer than this are not kept: they are rarely printed twice.
    static let outputLimit = 64 << 10
    /// The deepest nesting a replayed call may reach: below both helm's `include` limit
    /// (`recursionMaxNums`) and Rudder's `tpl` limit.
    static let nestingLimit = min(HelmFunctions.recursionMaxNums, HelmFunctions.tplMaxDepth) - 1

    /// Counts one more level of `include` or `tpl`.
    func enter() {
        nesting += 1
        if nesting > peak { peak = nesting }
    }

    func leave() { nesting -= 1 }

    /// The key of running `tree` on `data`, or nil when the data is too large to compare.
    func key(_ tree: Tree, _ data: Value) -> Key? {
        var builder = MemoKeyBuilder()
        guard builder.add(data, shallow: true) else { return nil }
        builder.hasher.combine(ObjectIdentifier(tree))
        return Key(tree: ObjectIdentifier(tree), atoms: builder.atoms, hash: builder.hasher.finalize())
    }

    /// The remembered output for `key`, or `run`'s output (remembered when it may be).
    func output(for key: Key, tree: Tree, run: () throws -> String) throws -> String {
        if let entry = entries[key] {
            if MapChangeLog.isUnchanged(since: entry.start),
               entry.templateEpoch.map({ $0 == MapChangeLog.templateEpoch }) ?? true {
                if nesting + entry.depth <= IncludeMemo.nestingLimit {
                    if nesting + entry.depth > peak { peak = nesting + entry.depth }
                    // A run that includes this one read what it read.
                    if entry.templateEpoch != nil { MapChangeLog.noteTemplateRead() }
                    return entry.output
                }
            } else {
                bytes -= entry.output.utf8.count
                entries[key] = nil
            }
        }
        let start = MapChangeLog.beginRun()
        let outerPeak = peak
        peak = nesting
        defer { peak = max(outerPeak, peak) }
        let output = try run()
        let size = output.utf8.count
        guard MapChangeLog.isPure(since: start), size <= IncludeMemo.outputLimit else { return output }
        if entries.count >= IncludeMemo.entryLimit || bytes + size > IncludeMemo.byteLimit {
            entries.removeAll()
            bytes = 0
        }
        let epoch = MapChangeLog.readTemplate(since: start) ? MapChangeLog.templateEpoch : nil
        entries[key] = Entry(output: output, start: start, depth: peak - nesting, templateEpoch: epoch, tree: tree)
        bytes += size
        return output
    }
}

/// One piece of a memo key: a value, or the shape of a map or list whose contents follow.
enum MemoAtom: Equatable {
    case nilValue
    case bool(Bool)
    case int(Int64, IntKind)
    case float(UInt64)
    case string(String)
    /// A map compared by identity: its serial, which no other map of the process has, so the
    /// key need not keep the map alive (a key naming a freed map just never matches again).
    case map(serial: Int)
    /// An object compared by identity (and kept alive by the key).
    case reference(AnyObject)
    case mapEntries(count: Int, valueType: ElementType, namedType: String?, isNil: Bool)
    case key(String)
    case list(count: Int, elementType: ElementType, isNil: Bool)

    static func == (a: MemoAtom, b: MemoAtom) -> Bool {
        switch (a, b) {
        case (.nilValue, .nilValue): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x, let k), .int(let y, let l)): return x == y && k == l
        case (.float(let x), .float(let y)): return x == y
        // Go compares strings by bytes; Swift's == counts canonically equivalent ones equal.
        case (.string(let x), .string(let y)), (.key(let x), .key(let y)): return goStringEqual(x, y)
        case (.map(let x), .map(let y)): return x == y
        case (.reference(let x), .reference(let y)): return x === y
        case (.mapEntries(let c, let v, let n, let z), .mapEntries(let d, let w, let o, let y)):
            return c == d && v == w && z == y && n.map { name in o.map { goStringEqual(name, $0) } ?? false } ?? (o == nil)
        case (.list(let c, let t, let z), .list(let d, let u, let y)): return c == d && t == u && z == y
        default: return false
        }
    }
}

/// Flattens data into `MemoAtom`s and their hash: the top map by content when small, inner
/// maps and all objects by identity, lists by content; gives up past a budget of atoms.
struct MemoKeyBuilder {
    var atoms: [MemoAtom] = []
    var hasher = Hasher()
    private var budget = 64

    init() { atoms.reserveCapacity(8) }

    mutating func add(_ value: Value, shallow: Bool) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch value {
        case .nil:
            atoms.append(.nilValue)
            hasher.combine(0)
        case .bool(let b):
            atoms.append(.bool(b))
            hasher.combine(b)
        case .int(let i, let kind):
            atoms.append(.int(i, kind))
            hasher.combine(i)
        case .float(let d):
            atoms.append(.float(d.bitPattern))
            hasher.combine(d.bitPattern)
        case .string(let s):
            atoms.append(.string(s))
            combine(s)
        case .map(let m):
            // Only a map made for this call is compared by content: an older one (`$`, say)
            // is the same map each time it is passed, and cheaper to compare by identity.
            guard shallow, m.isFresh, m.count <= GoEntries.smallLimit else {
                atoms.append(.map(serial: m.serial))
                hasher.combine(m.serial)
                return true
            }
            atoms.append(.mapEntries(count: m.count, valueType: m.valueType, namedType: m.namedType, isNil: m.isNilMap))
            hasher.combine(m.count)
            for (key, inner) in m.entries {
                atoms.append(.key(key))
                combine(key)
                if !add(inner, shallow: false) { return false }
            }
        case .list(let l):
            if l.count > budget { return false }
            atoms.append(.list(count: l.count, elementType: l.elementType, isNil: l.isNilSlice))
            hasher.combine(l.count)
            for element in l.elements where !add(element, shallow: false) { return false }
        case .object(let o):
            atoms.append(.reference(o))
            hasher.combine(ObjectIdentifier(o))
        }
        return true
    }

    /// Long texts (a `tpl` value) cost no more to hash than short ones.
    private mutating func combine(_ s: String) { hasher.combineSampled(s, sample: 16) }
}
