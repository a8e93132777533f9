import GoRuntime

/// helm's `(*Install).availableName` for `helm template`: the release name must be a DNS
/// subdomain-like name of at most 53 bytes (`chartutil.ValidateReleaseName`). It runs after
/// the dependency check and before dependencies are processed.
enum ReleaseNameCheck {
    static let invalidName = "invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?"
        + "(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"

    static func check(_ name: String, profile: HelmProfile) throws {
        guard let problem = problem(name) else { return }
        let message = "release name \(Strconv.quote(name))"
        let text = message + ": " + problem
        guard !profile.wrapsReleaseNameErrors else {
            HelmLog.log(.releaseNameCheckFailed(error: text))
            throw ChartError("release name check failed: " + text)
        }
        var error = ChartError(text)
        // `errInvalidName` has no stack of its own; v3's "no name provided" is a pkg/errors
        // value made at package init, printed with that stack first.
        var trace = PkgErrorsTrace(cause: problem, message: message, site: .availableName)
        if name.isEmpty { trace.wrapped = [PkgErrorsTrace(message: problem, site: .chartutilInit)] }
        error.trace = trace
        throw error
    }

    /// `ValidateReleaseName`'s complaint about `name`, or nil when it is valid.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "no name provided" }
        if name.utf8.count > 53 { return invalidName }
        for label in name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, isAlphanumeric(first), isAlphanumeric(last),
                  label.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else { return invalidName }
        }
        return nil
    }

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }
}
