import Foundation
import Testing
@testable import HelmEngine

/// The engine's function map must hold every name of helm v4.3.1's template function map
/// (fixtures/helm-function-names.txt, extracted from real helm), and nothing helm removed.
/// Names not yet implemented are listed in fixtures/helm-functions-missing.txt, which can
/// only shrink.
@Suite struct HelmFunctionNamesTests {
    static func names(in file: String) throws -> [String] {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")
        let text = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func everyHelmFunctionIsDefined() throws {
        let helmNames = try Self.names(in: "helm-function-names.txt")
        let defined = HelmFunctions.make(context: RenderContext())
        let missing = helmNames.filter { defined[$0] == nil }
        let allowed = try Self.names(in: "helm-functions-missing.txt")
        #expect(missing == allowed, "functions missing from the engine: \(missing)")
        let builtins: Set<String> = ["and", "or", "not", "len", "index", "slice", "print", "printf", "println",
                                     "html", "js", "urlquery", "call", "eq", "ne", "lt", "le", "gt", "ge"]
        let extra = defined.keys.filter { !helmNames.contains($0) && !builtins.contains($0) }.sorted()
        #expect(extra.isEmpty, "functions helm does not have: \(extra)")
        #expect(defined["env"] == nil && defined["expandenv"] == nil)
    }
}
