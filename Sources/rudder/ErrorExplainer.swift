import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// `--explain` (or a terminal on standard error): after helm's own error lines, the template
/// snippet and the origins of the values it uses. Scripted runs print exactly helm's text.
enum ErrorExplainer {
    /// Whether explanations are printed: `--explain`, or standard error is a terminal
    /// (`RUDDER_EXPLAIN=0` turns that off).
    static func wanted(_ invocation: TemplateInvocation) -> Bool {
        if invocation.explain { return true }
        if let setting = getenv("RUDDER_EXPLAIN") { return String(cString: setting) != "0" }
        return isatty(2) != 0
    }

    /// The explanation for `error`, when wanted and found.
    static func explanation(_ error: Error, invocation: TemplateInvocation, action: TemplateAction) -> String? {
        guard wanted(invocation) else { return nil }
        return ErrorExplanation.text(for: "\(error)", chartPath: action.chartPath, valueFiles: action.valueFiles,
                                     sets: action.setValues, profile: action.profile)
    }
}
