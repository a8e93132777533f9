/// A semantic version as Masterminds/semver v3 (v3.5) parses it with `NewVersion`: a leading
/// `v`, one to three numeric segments (leading zeros allowed), optional prerelease and metadata.
struct SemverVersion: Equatable {
    var major: UInt64 = 0
    var minor: UInt64 = 0
    var patch: UInt64 = 0
    var pre = ""
    var metadata = ""
    var original = ""

    /// Semver's errors, with its wording.
    enum ParseError: Error, CustomStringConvertible {
        case invalid, tooLong, segmentStartsZero, invalidPrerelease, invalidMetadata
        case segment(String)

        var description: String {
            switch self {
            case .invalid: return "invalid semantic version"
            case .tooLong: return "version string is too long (max 256 bytes)"
            case .segmentStartsZero: return "version segment starts with 0"
            case .invalidPrerelease: return "invalid prerelease string"
            case .invalidMetadata: return "invalid metadata string"
            case .segment(let digits):
                return "error parsing version segment: strconv.ParseUint: parsing \"\(digits)\": value out of range"
            }
        }
    }

    /// `semver.NewVersion` with `CoerceNewVersion` (the default).
    init(parsing v: String) throws {
        if v.utf8.count > 256 { throw ParseError.tooLong }
        var s = Substring(v)
        if s.first == "v" { s = s.dropFirst() }
        if let plus = s.firstIndex(of: "+") {
            metadata = String(s[s.index(after: plus)...])
            s = s[..<plus]
            guard SemverVersion.validIdentifiers(metadata) else { throw ParseError.invalid }
        }
        if let dash = s.firstIndex(of: "-") {
            pre = String(s[s.index(after: dash)...])
            s = s[..<dash]
            guard SemverVersion.validIdentifiers(pre) else { throw ParseError.invalid }
        }
        let segments = s.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count <= 3,
              segments.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(SemverVersion.isDigit) })
        else { throw ParseError.invalid }
        var values: [UInt64] = []
        for segment in segments {
            guard let value = UInt64(segment) else { throw ParseError.segment(String(segment)) }
            values.append(value)
        }
        major = values[0]
        if values.count > 1 { minor = values[1] }
        if values.count > 2 { patch = values[2] }
        if !pre.isEmpty { try SemverVersion.validatePrerelease(pre) }
        original = v
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, pre: String = "", metadata: String = "", original: String = "") {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.pre = pre
        self.metadata = metadata
        self.original = original
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isIdentifierByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-")
    }

    /// Dot-separated, non-empty identifiers of `[0-9A-Za-z-]`.
    static func validIdentifiers(_ s: String) -> Bool {
        s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy(isIdentifierByte)
        }
    }

    static func validatePrerelease(_ p: String) throws {
        guard validIdentifiers(p) else { throw ParseError.invalidPrerelease }
        for part in p.split(separator: ".") where part.count > 1 && part.first == "0" && part.utf8.allSatisfy(isDigit) {
            throw ParseError.segmentStartsZero
        }
    }

    static func validateMetadata(_ m: String) throws {
        guard validIdentifiers(m) else { throw ParseError.invalidMetadata }
    }

    /// `Version.String()`: canonical form without the `v`.
    var string: String {
        var out = "\(major).\(minor).\(patch)"
        if !pre.isEmpty { out += "-" + pre }
        if !metadata.isEmpty { out += "+" + metadata }
        return out
    }

    /// `Version.Compare`: -1, 0 or 1; metadata is ignored.
    func compare(_ o: SemverVersion) -> Int {
        if major != o.major { return major < o.major ? -1 : 1 }
        if minor != o.minor { return minor < o.minor ? -1 : 1 }
        if patch != o.patch { return patch < o.patch ? -1 : 1 }
        if pre.isEmpty && o.pre.isEmpty { return 0 }
        if pre.isEmpty { return 1 }
        if o.pre.isEmpty { return -1 }
        return SemverVersion.comparePrerelease(pre, o.pre)
    }

    static func comparePrerelease(_ v: String, _ o: String) -> Int {
        var a = Substring(v)
        var b = Substring(o)
        while !a.isEmpty || !b.isEmpty {
            let (sp, restA) = nextPart(a)
            let (op, restB) = nextPart(b)
            a = restA
            b = restB
            let d = comparePrePart(sp, op)
            if d != 0 { return d }
        }
        return 0
    }

    static func nextPart(_ s: Substring) -> (Substring, Substring) {
        guard let dot = s.firstIndex(of: ".") else { return (s, "") }
        return (s[..<dot], s[s.index(after: dot)...])
    }

    static func comparePrePart(_ s: Substring, _ o: Substring) -> Int {
        if s == o { return 0 }
        if s.isEmpty { return -1 }
        if o.isEmpty { return 1 }
        let oi = identifierNumber(o)
        let si = identifierNumber(s)
        switch (si, oi) {
        case (nil, nil): return goStringLess(String(o), String(s)) ? 1 : -1
        case (_, nil): return -1
        case (nil, _): return 1
        case let (x?, y?): return x > y ? 1 : -1
        }
    }

    static func identifierNumber(_ s: Substring) -> UInt64? {
        guard !s.isEmpty, s.utf8.allSatisfy(isDigit) else { return nil }
        return UInt64(s)
    }

    /// The `v` the original text started with, kept by the increment methods.
    var originalVPrefix: String { original.hasPrefix("v") ? "v" : "" }
}

/// Byte-wise string order, as Go compares strings.
private func goStringLess(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
