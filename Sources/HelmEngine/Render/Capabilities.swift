import GoRuntime

/// `.Capabilities` (helm's `*common.Capabilities`): Kubernetes and Helm versions and the
/// API versions the chart may test with `.Capabilities.APIVersions.Has`.
public final class Capabilities: GoObject {
    public var kubeVersion: KubeVersion
    public var apiVersions: APIVersions

    public init(kubeVersion: String = "v1.37.0", apiVersions: [String] = DefaultAPIVersions.list) {
        self.kubeVersion = KubeVersion(kubeVersion)
        self.apiVersions = APIVersions(apiVersions)
    }

    public var goTypeName: String { "*common.Capabilities" }
    public func field(_ name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .object(apiVersions)
        case "HelmVersion": return .object(HelmVersion())
        default: return nil
        }
    }
    public var formatted: String {
        "&{\(kubeVersion.formattedStruct) \(apiVersions.formatted) \(HelmVersion().formatted)}"
    }
}

/// `.Capabilities.KubeVersion`: prints as its version string.
public final class KubeVersion: GoObject {
    public let version: String
    public init(_ version: String) {
        self.version = version.hasPrefix("v") ? version : "v" + version
    }
    var parts: [String] {
        let trimmed = version.dropFirst()
        return trimmed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
    public var major: String { parts.first ?? "" }
    public var minor: String { parts.count > 1 ? parts[1] : "" }
    public var goTypeName: String { "common.KubeVersion" }
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
    public init(_ versions: [String]) { self.versions = versions }
    public var goTypeName: String { "common.VersionSet" }
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

/// `.Capabilities.HelmVersion` of helm v4.3.1, whose output Rudder reproduces.
public final class HelmVersion: GoObject {
    public var goTypeName: String { "common.BuildInfo" }
    static let version = "v4.3.1"
    static let gitCommit = "c0d08d0d6d9424d4a14febb5e8a3e51b0dd00dff"
    static let goVersion = "go1.27.2"
    public func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string(HelmVersion.version)
        case "GitCommit": return .string(HelmVersion.gitCommit)
        case "GitTreeState": return .string("clean")
        case "GoVersion": return .string(HelmVersion.goVersion)
        case "KubeClientVersion": return .string("v1.37")
        default: return nil
        }
    }
    public var formatted: String {
        "{\(HelmVersion.version) \(HelmVersion.gitCommit) clean \(HelmVersion.goVersion) v1.37}"
    }
}
