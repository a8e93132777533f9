import Foundation
import Sprig
import Testing

/// Checks `Sprig.functions()` against the function names helm v4.3.1 defines
/// (fixtures/helm-function-names.txt, extracted with real helm).
///
/// Names helm implements itself are skipped. The names still missing must all be listed in
/// fixtures/sprig-missing.txt, so that list can only shrink: delete names from it as they land.
@Suite struct FunctionNamesTests {
    /// Functions helm provides itself: pkg/engine/funcs.go `funcMap` extras and the ones
    /// engine.go `initFunMap` binds (include, tpl, required, fail, lookup). toJson, fromJson,
    /// mustToJson and fail also exist in Sprig, but helm's versions replace them.
    static let helmOwn: Set<String> = [
        "toToml", "mustToToml", "fromToml", "toYaml", "mustToYaml", "toYamlPretty", "fromYaml", "fromYamlArray",
        "toJson", "mustToJson", "fromJson", "fromJsonArray", "include", "tpl", "required", "fail", "lookup",
        "mustToDuration", "durationSeconds", "durationMilliseconds", "durationMicroseconds", "durationNanoseconds",
        "durationMinutes", "durationHours", "durationDays", "durationWeeks", "durationRoundTo", "durationTruncateTo",
        // Sprig's JSON encoders and helm's offline getHostByName live in HelmEngine, which has
        // the JSON encoder (GoYAML); HelmEngineTests checks the engine's complete map.
        "toPrettyJson", "toRawJson", "mustToPrettyJson", "mustToRawJson", "mustFromJson", "getHostByName",
    ]

    static func names(in file: String) throws -> [String] {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")
        let text = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func everyHelmFunctionNameIsInSprigOrKnownMissing() throws {
        let helmNames = try Self.names(in: "helm-function-names.txt")
        #expect(helmNames.count == 233)
        let defined = Set(Sprig.functions().keys)
        let missing = helmNames.filter { !Self.helmOwn.contains($0) && !defined.contains($0) }
        let allowed = Set(try Self.names(in: "sprig-missing.txt"))
        let unexpected = missing.filter { !allowed.contains($0) }
        #expect(unexpected.isEmpty, "missing and not listed in fixtures/sprig-missing.txt: \(unexpected)")
        #expect(missing.count <= allowed.count, "still missing: \(missing)")
        let done = allowed.subtracting(missing).sorted()
        if !done.isEmpty { print("now implemented, remove from fixtures/sprig-missing.txt: \(done)") }
        if !missing.isEmpty { print("Sprig functions still missing (\(missing.count)): \(missing)") }
    }

    @Test func sprigDefinesNoEnvFunctions() {
        let defined = Sprig.functions()
        #expect(defined["env"] == nil)
        #expect(defined["expandenv"] == nil)
    }
}
