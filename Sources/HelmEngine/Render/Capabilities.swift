import GoRuntime

/// `.Capabilities` (helm's `*common.Capabilities`): Kubernetes and Helm versions and the
/// API versions the chart may test with `.Capabilities.APIVersions.Has`.
public final class Capabilities: GoObject {
    public var kubeVersion: KubeVersion
    public var apiVersions: APIVersions
    /// The helm release whose defaults and type names these are.
    public let profile: HelmProfile

    /// The profile's defaults, or the given Kubernetes version and API versions.
    public init(kubeVersion: String? = nil, apiVersions: [String]? = nil, profile: HelmProfile = .v4) {
        self.profile = profile
        self.kubeVersion = KubeVersion(kubeVersion ?? profile.defaultKubeVersion, package: profile.valuesPackage)
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

/// `.Capabilities.KubeVersion`: prints as its version string.
public final class KubeVersion: GoObject {
    public let version: String
    let package: String
    public init(_ version: String, package: String = "common") {
        self.version = version.hasPrefix("v") ? version : "v" + version
        self.package = package
    }
    var parts: [String] {
        let trimmed = version.dropFirst()
        return trimmed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
    public var major: String { parts.first ?? "" }
    public var minor: String { parts.count > 1 ? parts[1] : "" }
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
        case "String": return GoMethod(arity: 0) { [version] _ in .string(version) }
        case "GitVersion": return GoMethod(arity: 0) { [version] _ in .string(version) }
        default: return nil
        }
    }
    public var formatted: String { version }
    var formattedStruct: String { "{\(version) \(major) \(minor)}" }
}

/// `.Capabilities.APIVersions`, with `Has`.
public final class APIVersions: GoObject {
    public let versions: [String]
    let package: String
    public init(_ versions: [String], package: String = "common") {
        self.versions = versions
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
