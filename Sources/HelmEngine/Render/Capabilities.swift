import GoRuntime

/// `.Capabilities` (helm's `*common.Capabilities`): Kubernetes and Helm versions and the
/// API versions the chart may test with `.Capabilities.APIVersions.Has`.
public final class Capabilities: GoObject {
    public var kubeVersion: KubeVersion
    public var apiVersions: APIVersions
    /// The helm release whose defaults and type names these are.
    public let profile: HelmProfile

    /// The profile's defaults, or the given Kubernetes version (`--kube-version`'s text) and
    /// API versions.
    /// - Throws: `ChartError` with helm's `invalid kube version` message.
    public init(kubeVersion: String? = nil, apiVersions: [String]? = nil, profile: HelmProfile = .v4) throws {
        self.profile = profile
        if let kubeVersion, !kubeVersion.isEmpty {
            self.kubeVersion = try KubeVersionFlag.parse(kubeVersion, profile: profile)
        } else {
            // helm v4's defaults are already normalized.
            let version = profile.defaultKubeVersion
            self.kubeVersion = KubeVersion(version, normalized: profile.canonicalKubeVersion ? nil : version,
                                           package: profile.valuesPackage)
        }
        self.apiVersions = APIVersions(apiVersions ?? profile.defaultAPIVersions, package: profile.valuesPackage)
    }

    public var goTypeName: String { "*\(profile.valuesPackage).Capabilities" }
    public func field(_ name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .object(apiVersions)
        case "HelmVersion": return .object(HelmVersion(profile))
        default: return nil
        }
    }
    public var formatted: String {
        "&{\(kubeVersion.formattedStruct) \(apiVersions.formatted) \(HelmVersion(profile).formatted)}"
    }
}

/// `.Capabilities.KubeVersion` (a `KubeVersion` struct whose `String()` has a pointer
/// receiver): a template prints it through `String()`, `printf`/`print` of the copy a
/// function gets print the struct, `toJson` writes `Version`, `Major` and `Minor`.
public final class KubeVersion: GoObject, GoJSONMarshaler {
    public let version: String
    /// helm v4's `normalizedVersion` (the numeric components), which `String()` prints and
    /// version ranges are checked against; nil in helm v3, which has no such field.
    public let normalized: String?
    public let major: String
    public let minor: String
    let package: String

    /// A version as given (`major` and `minor` read from its first two dot-separated parts).
    public init(_ version: String, normalized: String? = nil, package: String = "common") {
        let version = version.hasPrefix("v") ? version : "v" + version
        let parts = version.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.version = version
        self.normalized = normalized
        self.major = parts.first ?? ""
        self.minor = parts.count > 1 ? parts[1] : ""
        self.package = package
    }

    init(_ version: String, major: String, minor: String, normalized: String?, package: String) {
        self.version = version
        self.major = major
        self.minor = minor
        self.normalized = normalized
        self.package = package
    }

    /// `String()`: the normalized version where there is one.
    public var text: String { normalized ?? version }
    public var goTypeName: String { "\(package).KubeVersion" }
    public func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        case "GitVersion": return .string(version)
        default: return nil
        }
    }
    public func method(_ name: String) -> GoMethod? {
        switch name {
        case "String": return GoMethod(arity: 0) { [text] _ in .string(text) }
        case "GitVersion": return GoMethod(arity: 0) { [version] _ in .string(version) }
        default: return nil
        }
    }
    public var formatted: String { text }
    public var formattedCopy: String { formattedStruct }
    var formattedStruct: String { "{" + ([version] + (normalized.map { [$0] } ?? []) + [major, minor]).joined(separator: " ") + "}" }

    private var fields: [(String, Value)] { [("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))] }
    public func jsonValue() throws -> Value { .map(GoMap(Dictionary(uniqueKeysWithValues: fields))) }
    public func jsonFields() throws -> [(String, Value)]? { fields }
}

/// `.Capabilities.APIVersions` (a `[]string` type with `Has`): `range`, `len`, `index`
/// and `toJson` see its strings.
public final class APIVersions: GoObject, GoJSONMarshaler {
    public let versions: [String]
    /// The strings as a Go `[]string`, made once.
    public let listView: GoList?
    let package: String
    public init(_ versions: [String], package: String = "common") {
        self.versions = versions
        self.listView = GoList(versions.map { .string($0) }, elementType: .string)
        self.package = package
    }
    public var goTypeName: String { "\(package).VersionSet" }
    public func field(_ name: String) -> Value? { nil }
    public func method(_ name: String) -> GoMethod? {
        guard name == "Has" else { return nil }
        return GoMethod(arity: 1) { [versions] args in
            guard case .string(let s) = args[0] else { return .bool(false) }
            return .bool(versions.contains(s))
        }
    }
    public var formatted: String { "[" + versions.joined(separator: " ") + "]" }
    public func jsonValue() throws -> Value { .list(listView ?? GoList([])) }
}

/// `.Capabilities.HelmVersion`: the build info of the helm release being reproduced.
public final class HelmVersion: GoObject {
    let profile: HelmProfile
    init(_ profile: HelmProfile) { self.profile = profile }
    public var goTypeName: String { "version.BuildInfo" }
    public func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string(profile.helmVersion)
        case "GitCommit": return .string(profile.helmGitCommit)
        case "GitTreeState": return .string("clean")
        case "GoVersion": return .string(profile.helmGoVersion)
        case "KubeClientVersion": return profile.kubeClientVersion.map { .string($0) }
        default: return nil
        }
    }
    public var formatted: String {
        "{\(profile.helmVersion) \(profile.helmGitCommit) clean \(profile.helmGoVersion)"
            + (profile.kubeClientVersion.map { " " + $0 } ?? "") + "}"
    }
}
