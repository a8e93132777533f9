import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// Small file checks for the command's flag validation.
enum FileSystemCheck {
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func isReadable(_ path: String) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        fclose(f)
        return true
    }
}

/// helm's checks of flags that need a cluster, a repository or a plugin, done before
/// rendering; none needs the network.
enum TemplatePreflight {
    /// helm v4 takes a post-renderer *plugin name*; the harness has no plugins installed.
    static func postRendererError(_ name: String) -> String {
        "invalid argument \"\(name)\" for \"--post-renderer\" flag: plugin: {Name:\(name) Type:postrenderer/v1} not found"
    }

    static func check(caFile: String?, dryRun: String?, validate: Bool, profile: HelmProfile = .v4) -> String? {
        if let caFile, !caFile.isEmpty, !FileSystemCheck.isReadable(caFile) {
            return "missing registry client: can't create TLS config for client: can't read CA file: \"\(caFile)\": open \(caFile): \(String(cString: strerror(errno)).lowercased())"
        }
        if profile == .v3, let dryRun, dryRun != "server" {
            // helm v3.17 accepts `none` and `false` (no dry run: still only a render here).
            guard ["client", "unset", "true", "false", "none"].contains(dryRun) else {
                return "Invalid dry-run flag. Flag must one of the following: false, true, none, client, server"
            }
            return validate ? validateMessage : nil
        }
        switch dryRun {
        case nil, "client", "unset", "true": break
        case "server":
            return "--dry-run=server needs a Kubernetes cluster: rudder renders client-side only"
        case "none", "false":
            return "invalid dry-run value (\"\(dryRun ?? "")\"). Must be \"server\" or \"client\""
        default:
            return "invalid dry-run value (\"\(dryRun ?? "")\"). Must be \"none\", \"server\", or \"client\""
        }
        if validate { return validateMessage }
        return nil
    }

    static let validateMessage = "--validate needs a Kubernetes cluster (it means --dry-run=server): rudder renders client-side only"

    static func dryRunWarning(_ dryRun: String?, profile: HelmProfile) -> String? {
        guard profile.warnsBooleanDryRun else { return nil }
        switch dryRun {
        case "unset": return "level=WARN msg=\"--dry-run is deprecated and should be replaced with '--dry-run=client'\""
        case "true": return "level=WARN msg=\"boolean '--dry-run=true' flag is deprecated and must be replaced with '--dry-run=client'\""
        default: return nil
        }
    }
}
