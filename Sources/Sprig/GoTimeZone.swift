import Glibc
import Synchronization

/// A Go `*time.Location`: zones and transitions read from a TZif file (with its POSIX TZ
/// footer for times after the last transition), UTC, Local, or a fixed offset.
final class GoLocation: @unchecked Sendable {
    struct Zone: Equatable {
        let name: String
        let offset: Int
        let isDST: Bool
    }

    struct Transition {
        let when: Int64
        let index: Int
    }

    let name: String
    let zones: [Zone]
    let transitions: [Transition]
    let extend: String

    init(name: String, zones: [Zone], transitions: [Transition], extend: String = "") {
        self.name = name
        self.zones = zones
        self.transitions = transitions
        self.extend = extend
    }

    static let alpha = Int64.min
    static let omega = Int64.max

    /// `time.UTC`.
    static let utc = GoLocation(name: "UTC", zones: [], transitions: [])

    /// `time.FixedZone`.
    static func fixed(_ name: String, _ offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)],
                   transitions: [Transition(when: alpha, index: 0)])
    }

    /// `time.Local`, initialised as Go does from `$TZ` or `/etc/localtime`.
    static let local: GoLocation = {
        guard let tzPointer = getenv("TZ") else {
            if let data = readFile("/etc/localtime"), let z = try? parseTZif(name: "Local", data) { return z }
            return GoLocation(name: "UTC", zones: [], transitions: [])
        }
        var tz = String(cString: tzPointer)
        if tz.hasPrefix(":") { tz.removeFirst() }
        if tz.hasPrefix("/") {
            if let data = readFile(tz), let z = try? parseTZif(name: tz == "/etc/localtime" ? "Local" : tz, data) {
                return z
            }
        } else if !tz.isEmpty && tz != "UTC" {
            if let z = try? loadFromSystem(tz) { return z }
        }
        return GoLocation(name: "UTC", zones: [], transitions: [])
    }()

    private static let cache = Mutex<[String: GoLocation]>([:])

    /// Go's errors for `LoadLocation`.
    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    /// `time.LoadLocation`.
    static func load(_ name: String) throws -> GoLocation {
        if name.isEmpty || name == "UTC" { return utc }
        if name == "Local" { return local }
        if name.contains("..") || name.hasPrefix("/") || name.hasPrefix("\\") {
            throw LoadError(description: "time: invalid location name")
        }
        if let hit = cache.withLock({ $0[name] }) { return hit }
        let location = try loadFromSystem(name)
        cache.withLock { $0[name] = location }
        return location
    }

    static func loadFromSystem(_ name: String) throws -> GoLocation {
        var dirs: [String] = []
        if let env = getenv("ZONEINFO"), env.pointee != 0 { dirs.append(String(cString: env)) }
        dirs += ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"]
        for dir in dirs {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if let data = readFile(path) { return try parseTZif(name: name, data) }
        }
        throw LoadError(description: "unknown time zone " + name)
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        if ferror(file) != 0 { return nil }
        return data
    }

    /// Go's `LoadLocationFromTZData`.
    static func parseTZif(name: String, _ data: [UInt8]) throws -> GoLocation {
        let bad = LoadError(description: "unknown time zone " + name)
        var reader = ByteReader(data: data)
        guard reader.read(4).map(Array.init) == Array("TZif".utf8), let header = reader.read(16).map(Array.init) else { throw bad }
        let version: Int
        switch header[0] {
        case 0: version = 1
        case UInt8(ascii: "2"): version = 2
        case UInt8(ascii: "3"), UInt8(ascii: "4"): version = 3
        default: throw bad
        }
        func counts() throws -> [Int] {
            try (0..<6).map { _ in
                guard let n = reader.big4() else { throw bad }
                return Int(n)
            }
        }
        // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
        var n = try counts()
        var size = 4
        if version > 1 {
            let skip = n[3] * 4 + n[3] + n[4] * 6 + n[5] + n[2] * 8 + n[1] + n[0] + 4 + 16
            guard reader.read(skip) != nil else { throw bad }
            n = try counts()
            size = 8
        }
        guard let times = reader.read(n[3] * size).map(Array.init), let indices = reader.read(n[3]).map(Array.init),
              let zoneData = reader.read(n[4] * 6).map(Array.init), let abbrev = reader.read(n[5]).map(Array.init),
              reader.read(n[2] * (size + 4)) != nil, reader.read(n[1]) != nil, reader.read(n[0]) != nil
        else { throw bad }
        let rest = Array(reader.rest)
        var extend = ""
        if rest.count > 2 && rest.first == 0x0A && rest.last == 0x0A {
            extend = String(decoding: rest[1..<(rest.count - 1)], as: UTF8.self)
        }
        guard n[4] > 0 else { throw bad }
        var zones: [Zone] = []
        for i in 0..<n[4] {
            let b = zoneData[(i * 6)..<(i * 6 + 6)].map { $0 }
            let offset = Int(Int32(bitPattern: UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])))
            let nameIndex = Int(b[5])
            guard nameIndex < abbrev.count else { throw bad }
            let end = abbrev[nameIndex...].firstIndex(of: 0) ?? abbrev.count
            zones.append(Zone(name: String(decoding: abbrev[nameIndex..<end], as: UTF8.self), offset: offset, isDST: b[4] != 0))
        }
        var transitions: [Transition] = []
        for i in 0..<n[3] {
            var when: Int64 = 0
            if size == 4 {
                var v: UInt32 = 0
                for k in 0..<4 { v = v << 8 | UInt32(times[i * 4 + k]) }
                when = Int64(Int32(bitPattern: v))
            } else {
                var v: UInt64 = 0
                for k in 0..<8 { v = v << 8 | UInt64(times[i * 8 + k]) }
                when = Int64(bitPattern: v)
            }
            let index = Int(indices[i])
            guard index < zones.count else { throw bad }
            transitions.append(Transition(when: when, index: index))
        }
        if transitions.isEmpty { transitions.append(Transition(when: alpha, index: 0)) }
        return GoLocation(name: name, zones: zones, transitions: transitions, extend: extend)
    }

    /// Go's `Location.lookup`: the zone in effect at `sec` and the interval it covers.
    func lookup(_ sec: Int64) -> (name: String, offset: Int, start: Int64, end: Int64, isDST: Bool) {
        if zones.isEmpty { return ("UTC", 0, GoLocation.alpha, GoLocation.omega, false) }
        if transitions.isEmpty || sec < transitions[0].when {
            let zone = zones[lookupFirstZone()]
            return (zone.name, zone.offset, GoLocation.alpha,
                    transitions.first?.when ?? GoLocation.omega, zone.isDST)
        }
        var end = GoLocation.omega
        var lo = 0
        var hi = transitions.count
        while hi - lo > 1 {
            let m = lo + (hi - lo) / 2
            let lim = transitions[m].when
            if sec < lim {
                end = lim
                hi = m
            } else {
                lo = m
            }
        }
        let zone = zones[transitions[lo].index]
        let start = transitions[lo].when
        if lo == transitions.count - 1 && !extend.isEmpty,
           let rule = GoTZRule.evaluate(extend, lastTransition: start, sec: sec) {
            return rule
        }
        return (zone.name, zone.offset, start, end, zone.isDST)
    }

    private func lookupFirstZone() -> Int {
        if !transitions.contains(where: { $0.index == 0 }) { return 0 }
        if let first = transitions.first, zones[first.index].isDST {
            var zi = first.index - 1
            while zi >= 0 {
                if !zones[zi].isDST { return zi }
                zi -= 1
            }
        }
        return zones.firstIndex(where: { !$0.isDST }) ?? 0
    }

    /// Go's `Location.lookupName`: the offset of a zone abbreviation around `unix`.
    func lookupName(_ name: String, unix: Int64) -> Int? {
        for zone in zones where zone.name == name {
            let found = lookup(unix - Int64(zone.offset))
            if found.name == zone.name { return found.offset }
        }
        return zones.first(where: { $0.name == name })?.offset
    }
}

/// A cursor over TZif bytes.
struct ByteReader {
    let data: [UInt8]
    var position = 0

    mutating func read(_ n: Int) -> ArraySlice<UInt8>? {
        guard n >= 0, position + n <= data.count else { return nil }
        defer { position += n }
        return data[position..<(position + n)]
    }

    mutating func big4() -> UInt32? {
        guard let b = read(4) else { return nil }
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    var rest: ArraySlice<UInt8> { data[position...] }
}
