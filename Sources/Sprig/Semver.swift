/// A semantic version as Masterminds/semver v3 (v3.5) parses it with `NewVersion`: a leading
/// `v`, one to three numeric segments (leading zeros allowed), optional prerelease and metadata.
struct SemverVersion: Equatable {
    var major: UInt64 = 0
    var minor: UInt64 = 0
    var patch: UInt64 = 0
    var pre = ""
    var metadata = ""
    var original = ""

    /// What is wrong with a version text; `SemverRelease.message` words it.
    enum Problem: Equatable {
        case invalid, tooLong, segmentStartsZero, invalidPrerelease, invalidMetadata
        case segment(String)
    }

    /// Semver's errors, with the wording of its release.
    struct ParseError: Error, CustomStringConvertible {
        let problem: Problem
        let release: SemverRelease

        var description: String { release.message(problem) }
    }

    /// `semver.NewVersion` with `CoerceNewVersion` (the default). v3.3's regular expression
    /// (`^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-ids)?(\+ids)?$`) accepts the same texts; only the
    /// length limit and the wording differ.
    init(parsing v: String, release: SemverRelease = .v3_5) throws {
        func fail(_ problem: Problem) -> ParseError { ParseError(problem: problem, release: release) }
        if let limit = release.versionLengthLimit, v.utf8.count > limit { throw fail(.tooLong) }
        var s = Substring(v)
        if s.first == "v" { s = s.dropFirst() }
        if let plus = s.firstIndex(of: "+") {
            metadata = String(s[s.index(after: plus)...])
            s = s[..<plus]
            guard SemverVersion.validIdentifiers(metadata) else { throw fail(.invalid) }
        }
        if let dash = s.firstIndex(of: "-") {
            pre = String(s[s.index(after: dash)...])
            s = s[..<dash]
            guard SemverVersion.validIdentifiers(pre) else { throw fail(.invalid) }
        }
        let segments = s.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count <= 3,
              segments.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(SemverVersion.isDigit) })
        else { throw fail(.invalid) }
        var values: [UInt64] = []
        for segment in segments {
            guard let value = UInt64(segment) else { throw fail(.segment(String(segment))) }
            values.append(value)
        }
        major = values[0]
        if values.count > 1 { minor = values[1] }
        if values.count > 2 { patch = values[2] }
        if !pre.isEmpty { try SemverVersion.validatePrerelease(pre, release: release) }
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

    /// `validatePrerelease`: numeric identifiers without leading zeros, others of
    /// `[0-9A-Za-z-]`. v3.5 checks the characters of the whole text first; v3.3 checks one
    /// identifier after the other and lets one be empty (`containsOnly("")` is true).
    static func validatePrerelease(_ p: String, release: SemverRelease) throws {
        func fail(_ problem: Problem) -> ParseError { ParseError(problem: problem, release: release) }
        let parts = p.split(separator: ".", omittingEmptySubsequences: false)
        if release.rejectsEmptyIdentifiers {
            guard validIdentifiers(p) else { throw fail(.invalidPrerelease) }
        }
        for part in parts {
            if part.utf8.allSatisfy(isDigit) {
                if part.count > 1 && part.first == "0" { throw fail(.segmentStartsZero) }
            } else if !part.utf8.allSatisfy(isIdentifierByte) {
                throw fail(.invalidPrerelease)
            }
        }
    }

    /// `validateMetadata`: identifiers of `[0-9A-Za-z-]` (v3.3 lets one be empty).
    static func validateMetadata(_ m: String, release: SemverRelease) throws {
        let valid = release.rejectsEmptyIdentifiers
            ? validIdentifiers(m) : m.utf8.allSatisfy { isIdentifierByte($0) || $0 == UInt8(ascii: ".") }
        guard valid else { throw ParseError(problem: .invalidMetadata, release: release) }
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
