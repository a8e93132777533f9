import GoTemplate

/// Sprig's template function library (Masterminds/sprig v3, as helm v4 uses it), one file per
/// domain. `env` and `expandenv` are deliberately absent: helm removes them.
public enum Sprig {
    /// Every Sprig function by name.
    public static func functions() -> FunctionMap { all }

    /// The merged map, built once per process (callers get a copy-on-write copy).
    private static let all: FunctionMap = {
        var all = FunctionMap()
        for domain in [
            stringFunctions, listFunctions, dictFunctions, defaultFunctions, mathFunctions,
            conversionFunctions, reflectionFunctions, pathFunctions, urlFunctions,
            regexFunctions, hashFunctions, cryptoFunctions, encodingFunctions,
            semverFunctions, dateFunctions, randomFunctions,
        ] {
            all.merge(domain) { first, _ in first }
        }
        return all
    }()
}
