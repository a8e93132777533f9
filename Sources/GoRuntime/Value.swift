import Glibc

/// A Go value as a template sees it: the dynamic content of an `interface{}`.
///
/// Numbers keep their Go origin: YAML/JSON decoding yields `.float` (float64),
/// `--set` and Sprig math yield `.int(_, .int64)`, `len` yields `.int(_, .int)`.
public enum Value {
    /// Untyped nil, or an invalid reflect.Value (a missing key). Prints `<no value>` in templates.
    case `nil`
    case bool(Bool)
    case int(Int64, IntKind)
    case float(Double)
    case string(String)
    case list(GoList)
    case map(GoMap)
    /// A typed Go object with fields and methods (Capabilities, Files, semver, time, ...).
    case object(any GoObject)
}

/// The Go integer type an integer value carries; only `%T`, `typeOf` and conversions see it.
public enum IntKind: UInt8, Sendable {
    case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64

    /// Go's name for the type, as `%T` prints it.
    public var goName: String {
        switch self {
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        }
    }

    /// Whether the Go type is unsigned.
    public var isUnsigned: Bool { rawValue >= IntKind.uint.rawValue }
}

/// A Go slice. Value semantics (copy-on-write) are fine: Sprig list functions copy.
public struct GoList {
    private var storage: Storage
    /// The Go element type (`interface{}` for `[]interface{}`, `string` for `[]string`).
    public var elementType: ElementType
    /// A nil Go slice: it reads as empty, and `toJson`/`toYaml` write `null` for it while it
    /// has no elements (helm v3's `.Chart.Keywords` of a chart without keywords).
    public var isNilSlice = false

    public init(_ elements: [Value], elementType: ElementType = .interface) {
        self.storage = .values(elements)
        self.elementType = elementType
    }

    /// A `[]byte` (`uint8` elements) whose element values are made only when first read:
    /// `range $path, $_ := .Files.Glob "*"` binds every file's bytes and mostly never reads them.
    public init(bytes: [UInt8]) {
        self.storage = .bytes(LazyByteValues(bytes))
        self.elementType = .uint8
    }

    /// The elements, as Go values.
    public var elements: [Value] {
        get {
            switch storage {
            case .values(let values): return values
            case .bytes(let lazy): return lazy.values
            }
        }
        _modify {
            var values: [Value]
            switch storage {
            case .values(let v): values = v
            case .bytes(let lazy): values = lazy.values
            }
            storage = .values([])  // keeps `values` uniquely referenced while it is modified
            defer { storage = .values(values) }
            yield &values
        }
        set { storage = .values(newValue) }
    }

    /// The number of elements, without making byte values.
    public var count: Int {
        switch storage {
        case .values(let values): return values.count
        case .bytes(let lazy): return lazy.bytes.count
        }
    }

    private enum Storage {
        case values([Value])
        case bytes(LazyByteValues)
    }
}

/// The bytes of a `[]byte` and, once asked for, their values (`uint8` integers).
private final class LazyByteValues {
    let bytes: [UInt8]
    lazy var values: [Value] = bytes.map { .int(Int64($0), .uint8) }

    init(_ bytes: [UInt8]) { self.bytes = bytes }
}

/// Element type of a Go slice or map value, for `%T`/`typeOf` and typed conversions.
public enum ElementType: UInt8, Sendable {
    case interface, string, int, int64, float64, bool, uint8
    /// `[]interface{}` elements (a slice of slices, e.g. Sprig's `chunk`).
    case interfaceList
    /// `map[string]interface{}` elements (e.g. a TOML array of tables).
    case stringInterfaceMap

    /// Go's name for the type.
    public var goName: String {
        switch self {
        case .interface: return "interface {}"
        case .string: return "string"
        case .int: return "int"
        case .int64: return "int64"
        case .float64: return "float64"
        case .bool: return "bool"
        case .uint8: return "uint8"
        case .interfaceList: return "[]interface {}"
        case .stringInterfaceMap: return "map[string]interface {}"
        }
    }
}

/// A Go map with string keys. A class, because Go maps are references: `set` on
/// `.Values` is visible to every template and sub-chart that holds the same map.
public final class GoMap {
    /// The entries. Reading them from a map that `holdsTemplate` counts as reading its
    /// `Template` entry (`MapChangeLog.noteTemplateRead`); the subscript reads one entry.
    public var entries: GoEntries {
        get {
            if holdsTemplate { MapChangeLog.noteTemplateRead() }
            return storedEntries
        }
        _modify { yield &storedEntries }
        set { storedEntries = newValue }
    }
    private var storedEntries: GoEntries { didSet { MapChangeLog.noteChange(changeSerial) } }
    /// The Go value type (`interface{}` for `map[string]interface{}`).
    public var valueType: ElementType { didSet { MapChangeLog.noteChange(changeSerial) } }
    /// A named Go map type (e.g. `common.Values`), printed by `%T`/`typeOf` instead of the
    /// structural name; nil for plain `map[string]T`.
    public var namedType: String? { didSet { MapChangeLog.noteChange(changeSerial) } }
    /// A nil Go map: it reads as empty, and `toJson`/`toYaml` write `null` for it while it has
    /// no entries (`.Chart.Annotations` of a chart without annotations).
    public var isNilMap = false { didSet { MapChangeLog.noteChange(changeSerial) } }
    /// When the map was made, for `MapChangeLog`: no two maps of a process share one (all are
    /// 0 when it is off), so it names the map even after the map is gone.
    public let serial = MapChangeLog.serialForNewMap()
    private var isLongLived = false
    /// Whether this is a template's top-level object (`.`, `$`), whose `Template` entry helm
    /// rewrites before each template it renders.
    public private(set) var holdsTemplate = false

    public func markHoldsTemplate() { holdsTemplate = true }

    /// Counts the map as older than every run: for a map made on first use and then kept by a
    /// long-lived object, which runs started before it was made can still reach.
    public func markLongLived() { isLongLived = true }

    private var changeSerial: Int { isLongLived ? 0 : serial }

    /// Whether the map was made after the last `MapChangeLog` run started (a `dict` built for
    /// one call, say), so no remembered run can have seen it.
    public var isFresh: Bool { !isLongLived && MapChangeLog.isNewer(serial) }

    public init(_ entries: GoEntries = GoEntries(), valueType: ElementType = .interface, namedType: String? = nil) {
        self.storedEntries = entries
        self.valueType = valueType
        self.namedType = namedType
    }

    public convenience init(_ entries: [String: Value], valueType: ElementType = .interface, namedType: String? = nil) {
        self.init(GoEntries(entries), valueType: valueType, namedType: namedType)
    }

    /// Keys in Go's sorted order (byte-wise, as fmtsort and `range` use).
    public var sortedKeys: [String] {
        entries.keys.sorted(by: goStringLess)
    }

    /// One entry (a field access `.Name`, `index`, `get`, `hasKey`): only `Template` of a
    /// top-level object counts as a read of its `Template` entry.
    public subscript(key: String) -> Value? {
        get {
            if holdsTemplate, key == "Template" { MapChangeLog.noteTemplateRead() }
            return storedEntries[key]
        }
        set { storedEntries[key] = newValue }
    }

    /// How many entries there are (not a read of `Template`: every top-level object has one).
    public var count: Int { storedEntries.count }

    /// A deep copy, as `copystructure.Copy` makes: nested maps are copied too.
    public func deepCopy() -> GoMap {
        // mapValues keeps the layout: no key is compared or hashed again.
        GoMap(entries.mapValues { $0.deepCopy() }, valueType: valueType, namedType: namedType)
    }
}

/// Go compares strings byte-wise (UTF-8); Swift's `<` on String is by unicode scalars,
/// which agrees for valid UTF-8 but we make it explicit and fast.
@inline(__always)
public func goStringLess(_ a: String, _ b: String) -> Bool {
    // Native strings lend their bytes without a copy of the string (`withUTF8` needs one).
    let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { ab in
        b.utf8.withContiguousStorageIfAvailable { bb in
            let n = min(ab.count, bb.count)
            if n > 0, let pa = ab.baseAddress, let pb = bb.baseAddress {
                let order = memcmp(pa, pb, n)
                if order != 0 { return order < 0 }
            }
            return ab.count < bb.count
        }
    }
    if let fast, let less = fast { return less }
    var a = a, b = b
    return a.withUTF8 { ab in
        b.withUTF8 { bb in
            let n = min(ab.count, bb.count)
            for i in 0..<n where ab[i] != bb[i] { return ab[i] < bb[i] }
            return ab.count < bb.count
        }
    }
}

/// A typed Go object: a struct or pointer whose fields and methods templates can reach.
public protocol GoObject: AnyObject {
    /// The Go type name as `%T` and `typeOf` print it, e.g. `*chartutil.Capabilities`.
    var goTypeName: String { get }
    /// The field value, or nil when the type has no such field.
    func field(_ name: String) -> Value?
    /// The method, or nil when the type has no such method.
    func method(_ name: String) -> GoMethod?
    /// How `fmt`'s `%v` prints the object (Go prints structs as `{a b}` or via `String()`).
    var formatted: String { get }
    /// How `fmt` prints the copy a function argument holds, where that differs: a struct
    /// whose `String()` has a pointer receiver prints through it only when addressable
    /// (a template printing a field), and as a struct when copied.
    var formattedCopy: String { get }
    /// Whether the object counts as true in `if` (non-nil pointers and structs are true).
    var truth: Bool { get }
    /// For Go map types with methods (helm's `engine.files`): the entries `range`, `len` and
    /// `index` see. Nil for structs.
    var mapView: GoMap? { get }
    /// For Go slice types with methods (helm's `VersionSet`): the elements `range`, `len`
    /// and `index` see. Nil for everything else.
    var listView: GoList? { get }
}

extension GoObject {
    public var formattedCopy: String { formatted }
    public func method(_ name: String) -> GoMethod? { nil }
    public var truth: Bool { true }
    public var mapView: GoMap? { nil }
    public var listView: GoList? { nil }
}

/// A method or function value callable from a template.
public struct GoMethod {
    /// Number of fixed parameters.
    public let arity: Int
    public let variadic: Bool
    public let body: ([Value]) throws -> Value

    public init(arity: Int, variadic: Bool = false, body: @escaping ([Value]) throws -> Value) {
        self.arity = arity
        self.variadic = variadic
        self.body = body
    }
}

extension Value {
    /// A Go map or slice type with methods (helm's `files`, `VersionSet`) as the map or slice
    /// `range`, `len` and `index` see; any other value as it is.
    public var collectionView: Value {
        if case .object(let o) = self {
            if let view = o.mapView { return .map(view) }
            if let view = o.listView { return .list(view) }
        }
        return self
    }

    /// A copy in which nested maps are copied too (lists copy on write already).
    public func deepCopy() -> Value {
        switch self {
        case .map(let m): return .map(m.deepCopy())
        case .list(let l):
            // Lists are values; only maps inside them need copying.
            guard l.elements.contains(where: { $0.holdsReference }) else { return self }
            return .list(GoList(l.elements.map { $0.deepCopy() }, elementType: l.elementType))
        default: return self
        }
    }

    /// Convenience constructors.
    public static func int(_ v: Int) -> Value { .int(Int64(v), .int) }
    public static func int64(_ v: Int64) -> Value { .int(v, .int64) }
    public static func list(_ elements: [Value]) -> Value { .list(GoList(elements)) }
    public static func stringList(_ elements: [String]) -> Value {
        .list(GoList(elements.map { .string($0) }, elementType: .string))
    }
    public static func map(_ entries: [String: Value]) -> Value { .map(GoMap(entries)) }

    public var isNil: Bool { if case .nil = self { return true } else { return false } }

    /// Whether a deep copy must copy something: a map, or a list that may hold one.
    var holdsReference: Bool {
        switch self {
        case .map, .list: return true
        default: return false
        }
    }

    /// The string payload, if this is a string.
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var mapValue: GoMap? { if case .map(let m) = self { return m } else { return nil } }
    public var listValue: GoList? { if case .list(let l) = self { return l } else { return nil } }
}
