import GoRuntime
import Sprig

/// helm's `Metadata.Validate` (run by the loader): required fields, the version's syntax,
/// the chart type, maintainers and dependency entries. Errors read `validation: ...`.
enum ChartValidation {
    static func validate(_ md: ChartMetadata, dependencies: [Value]?, semver: SemverRelease = .v3_5) throws {
        func fail(_ message: String) -> ChartError { ChartError("validation: " + message) }
        if md.apiVersion.isEmpty { throw fail("chart.metadata.apiVersion is required") }
        let name = ChartMetadata.sanitize(md.name)
        if name.isEmpty { throw fail("chart.metadata.name is required") }
        if name != HelmIgnore.baseName(name) { throw fail("chart.metadata.name \(Strconv.quote(name)) is invalid") }
        if md.version.isEmpty { throw fail("chart.metadata.version is required") }
        if !SemverCheck.isValid(md.version, release: semver) { throw fail("chart.metadata.version \(Strconv.quote(md.version)) is invalid") }
        if !["", "application", "library"].contains(md.type) { throw fail("chart.metadata.type must be application or library") }
        if case .list(let maintainers)? = md.raw.entries["maintainers"] {
            for m in maintainers.elements where m.isNil {
                throw fail("maintainers must not contain empty or null nodes")
            }
        }
        var seen = Set<String>()
        for entry in dependencies ?? [] {
            guard let dep = ChartDependency.decode(entry) else {
                throw fail("dependencies must not contain empty or null nodes")
            }
            if !dep.aliasIsValid { throw fail("dependency \(Strconv.quote(dep.name)) has disallowed characters in the alias") }
            let key = dep.alias.isEmpty ? dep.name : dep.alias
            if seen.contains(key) { throw fail("more than one dependency with name or alias \(Strconv.quote(key))") }
            seen.insert(key)
        }
    }
}
