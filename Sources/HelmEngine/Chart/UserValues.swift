import GoRuntime

/// The values a user supplies on the command line: `-f` files merged in order, then the
/// `--set` family applied in helm's fixed flag order (`--set-json`, `--set`, `--set-string`,
/// `--set-file`, `--set-literal`), each in command-line order.
public enum UserValues {
    public static func load(files: [String], sets: [StrVals.Flag: [String]], profile: HelmProfile = .v4) throws -> GoMap {
        var user = GoMap()
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try readValuesFile(file)
            } catch let error as ChartError {
                throw error
            } catch {
                throw ChartError("\(error)")
            }
            let map: GoMap
            do {
                map = try YAMLBridge.loadValues(bytes, profile: profile)
            } catch {
                throw ChartError("failed to parse \(file): \(error)")
            }
            user = Coalesce.mergeMaps(user, map)
        }
        for flag in [StrVals.Flag.setJSON, .set, .setString, .setFile, .setLiteral] {
            for argument in sets[flag] ?? [] {
                do {
                    try StrVals.parse(flag, argument, into: user, release: profile.strvalsRelease) { path in
                        String(decoding: try readValuesFile(path), as: UTF8.self)
                    }
                } catch {
                    throw ChartError(StrVals.failureMessage(flag: flag, argument: argument, error: error,
                                                            release: profile.strvalsRelease))
                }
            }
        }
        return user
    }

    /// helm's `readFile`: `-` is standard input; a URL whose scheme has a getter (http,
    /// https, oci) would be downloaded, which Rudder does not do; anything else is a path.
    static func readValuesFile(_ file: String) throws -> [UInt8] {
        if HelmIgnore.trimSpace(file) == "-" { return try FileSystem.readStandardInput() }
        let lower = file.lowercased()
        for scheme in ["http://", "https://", "oci://"] where lower.hasPrefix(scheme) {
            throw ChartError("\(file): rudder reads local values files only, it does not download them")
        }
        return try FileSystem.readFile(file)
    }
}
