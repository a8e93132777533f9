/// Which existing Go maps have changed, so that a remembered template result (HelmEngine's
/// `IncludeMemo`) is reused only while every map it could have read is unchanged.
///
/// Each map gets a serial number when it is made. A run that starts when the next serial is
/// `W` can read only maps with serials below `W`: the maps it makes itself are unreachable
/// once it returns its string, unless it stores them in an older map, and that is a change
/// of the older map. So a change to the map with serial `s` spoils every run started after
/// that map was made (`W > s`), and nothing older. Randomness, the clock and log lines are
/// "impure events": a run that sees one is not remembered.
///
/// Off unless a one-shot program turns it on at start-up (every serial is then 0 and nothing
/// is recorded); when on, one render at a time.
public enum MapChangeLog {
    nonisolated(unsafe) public private(set) static var isEnabled = false
    nonisolated(unsafe) private static var nextSerial = 1
    /// Changes to maps with serials at or above this are not recorded: no run can read them.
    nonisolated(unsafe) private static var watermark = 0
    /// Counts recorded changes: the times in `lowest`.
    nonisolated(unsafe) private static var clock = 0
    /// Recorded changes as (time, serial), both strictly increasing: each serial is the
    /// lowest one changed after the previous entry's time.
    nonisolated(unsafe) private static var lowest: [(time: Int, serial: Int)] = []
    /// Runs started before this time are spoiled (`lowest` was cleared to bound its size).
    nonisolated(unsafe) private static var spoiledBefore = 0
    nonisolated(unsafe) public private(set) static var impureEvents = 0
    private static let lowestLimit = 4096

    /// Turns tracking on; call before any map is made.
    public static func enable() { isEnabled = true }

    /// Where a run starts: maps made before it may be read by it.
    public struct RunStart {
        public let serial: Int
        public let time: Int
        public let impureEvents: Int
        public let templateReads: Int
    }

    /// Starts a run: changes to every map made so far are recorded from now on.
    public static func beginRun() -> RunStart {
        watermark = nextSerial
        return RunStart(serial: nextSerial, time: clock, impureEvents: impureEvents, templateReads: templateReads)
    }

    /// How many times a template's top-level object was read as a whole, or for its
    /// `Template` entry (see `GoMap.holdsTemplate`).
    nonisolated(unsafe) public private(set) static var templateReads = 0
    /// Counts the `Template` entries written so far: a run that read one may be replayed only
    /// while this is what it was when the run started.
    nonisolated(unsafe) public private(set) static var templateEpoch = 0
    nonisolated(unsafe) private static var isRecording = true

    /// A read of a top-level object's `Template` entry (or of all its entries).
    public static func noteTemplateRead() {
        if isEnabled { templateReads &+= 1 }
    }

    /// Whether the run read a `Template` entry (itself or through a replayed output).
    public static func readTemplate(since start: RunStart) -> Bool {
        templateReads != start.templateReads
    }

    /// Runs `body`, which writes the `Template` entries of top-level objects for the next
    /// template, without recording those writes as changes: runs that read a `Template`
    /// entry are told apart by `templateEpoch` instead, so every other run stays valid.
    public static func writingTemplateEntries(_ body: () -> Void) {
        templateEpoch &+= 1
        isRecording = false
        body()
        isRecording = true
    }

    /// Whether no map the run could read has changed since it started.
    public static func isUnchanged(since start: RunStart) -> Bool {
        start.time >= spoiledBefore && lowestChanged(after: start.time) >= start.serial
    }

    /// Whether the run also saw no impure event (it can be replayed from its output alone).
    public static func isPure(since start: RunStart) -> Bool {
        impureEvents == start.impureEvents && isUnchanged(since: start)
    }

    /// Something a remembered output cannot replay: a random number, the time, a log line.
    public static func noteImpure() {
        if isEnabled { impureEvents &+= 1 }
    }

    @inline(__always)
    static func serialForNewMap() -> Int {
        guard isEnabled else { return 0 }
        let serial = nextSerial
        nextSerial &+= 1
        return serial
    }

    /// Whether a map with this serial was made after the last run started.
    @inline(__always)
    static func isNewer(_ serial: Int) -> Bool { serial >= watermark }

    @inline(__always)
    static func noteChange(_ serial: Int) {
        if serial < watermark && isRecording { record(serial) }
    }

    private static func record(_ serial: Int) {
        clock &+= 1
        while let last = lowest.last, last.serial >= serial { lowest.removeLast() }
        if lowest.count >= lowestLimit {
            lowest.removeAll(keepingCapacity: true)
            spoiledBefore = clock
        }
        lowest.append((clock, serial))
    }

    /// The lowest serial changed after `time`, or `Int.max`.
    private static func lowestChanged(after time: Int) -> Int {
        var lo = 0, hi = lowest.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lowest[mid].time > time { hi = mid } else { lo = mid + 1 }
        }
        return lo < lowest.count ? lowest[lo].serial : Int.max
    }
}
