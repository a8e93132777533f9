import GoRuntime

/// `--kube-version` as `helm template` reads it before anything else:
/// - helm v4: `common.ParseKubeVersion`, k8s.io/apimachinery's `version.ParseGeneric`. The
///   text is kept (with a `v` in front) as `.Version`; the numeric components alone are the
///   normalized version that `String()` prints and chart `kubeVersion` ranges are checked with.
/// - helm v3: `chartutil.ParseKubeVersion`, Masterminds/semver's `NewVersion`: the canonical
///   semantic version, with a `v`.
/// An empty text is no flag at all.
enum KubeVersionFlag {
    static func parse(_ text: String, profile: HelmProfile) throws -> KubeVersion {
        if profile.canonicalKubeVersion {
            switch SemverCheck.parse(text, release: profile.semverRelease) {
            case .success(let canonical):
                return KubeVersion("v" + canonical, package: profile.valuesPackage)
            case .failure(let problem):
                throw ChartError("invalid kube version '\(text)': \(problem.description)")
            }
        }
        let components: [UInt64]
        do {
            components = try parseGeneric(text)
        } catch let problem as ChartError {
            throw ChartError("invalid kube version '\(text)': \(problem.description)")
        }
        return KubeVersion(text.hasPrefix("v") ? text : "v" + text,
                           major: String(components[0]), minor: String(components[1]),
                           normalized: "v" + components.map(String.init).joined(separator: "."),
                           package: profile.valuesPackage)
    }

    /// `version.ParseGeneric`: `^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)*$` with at least two numeric
    /// components, the first without a leading zero; what follows them is ignored.
    static func parseGeneric(_ text: String) throws -> [UInt64] {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[i]) { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "v") { i += 1 }
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        var parts: [String] = []
        var start = i
        guard isDigit(i) else { throw ChartError("could not parse \(Strconv.quote(text)) as version") }
        while true {
            while isDigit(i) { i += 1 }
            parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
            // A dot continues the numbers only when a digit follows it.
            guard i < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(i + 1) else { break }
            i += 1
            start = i
        }
        // The rest is `(.*)*$`: anything but a line feed (`.` does not match `\n`).
        if bytes[i...].contains(0x0A) { throw ChartError("could not parse \(Strconv.quote(text)) as version") }
        if parts.count < 2 { throw ChartError("illegal version string \(Strconv.quote(text))") }
        var numbers: [UInt64] = []
        for (k, part) in parts.enumerated() {
            if k == 0 && part.hasPrefix("0") && part != "0" {
                throw ChartError("illegal zero-prefixed version component \(Strconv.quote(part)) in \(Strconv.quote(text))")
            }
            guard let n = UInt64(part) else {
                throw ChartError("illegal non-numeric version component \(Strconv.quote(part)) in \(Strconv.quote(text)): "
                                 + "strconv.ParseUint: parsing \(Strconv.quote(part)): value out of range")
            }
            numbers.append(n)
        }
        return numbers
    }
}
