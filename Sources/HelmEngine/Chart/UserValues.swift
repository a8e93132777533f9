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
                bytes = try FileSystem.readFile(file)
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
                        try FileSystem.readText(path)
                    }
                } catch {
                    throw ChartError(StrVals.failureMessage(flag: flag, argument: argument, error: error,
                                                            release: profile.strvalsRelease))
                }
            }
        }
        return user
    }
}
