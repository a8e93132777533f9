import Testing
@testable import HelmEngine

/// helm's diagnostic lines in both releases' wording, and helm v3's `--debug` timestamp in
/// the form `scripts/lib/casekit.py` scrubs to `$TIME`.
@Suite struct HelmLogStyleTests {
    @Test func slogAndGoLogWordTheSameEvent() {
        let event = HelmLogEvent.conditionNotBool(path: "sub.enabled", chart: "sub")
        #expect(HelmLogStyle.slog.line(event) == "level=WARN msg=\"returned non-bool value\" path=sub.enabled chart=sub")
        #expect(HelmLogStyle.goLog.line(event)
            == "dependencies.go:63: Warning: Condition path 'sub.enabled' for chart sub returned non-bool value")
    }

    @Test func v3IsSilentWhereV4Logs() {
        #expect(HelmLogStyle.goLog.line(.debugDependencies(chart: "case", count: 0)) == nil)
        #expect(HelmLogStyle.goLog.line(.dependencyProcessingFailed(error: "x")) == nil)
    }

    /// `\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC m=\+[0-9.]+` (casekit's `_GO_LOG_TIME`).
    @Test func goTimestampHasGoShape() {
        let text = GoLogTime.now()
        let parts = text.split(separator: " ")
        #expect(parts.count == 5)
        #expect(parts[0].count == 10 && parts[2] == "+0000" && parts[3] == "UTC")
        #expect(parts[4].hasPrefix("m=+") && parts[4].contains("."))
    }

    @Test func pkgErrorsWrapPrintsCauseMessageAndStack() {
        let error = ManifestError.yamlParse(path: "case/templates/a.yaml", cause: "yaml: line 1: bad")
        let text = PkgErrorsTrace.verbose(error)
        #expect(text.hasPrefix("yaml: line 1: bad\nYAML parse error on case/templates/a.yaml\n"
            + "helm.sh/helm/v3/pkg/releaseutil.(*manifestFile).sort\n"))
        #expect(text.hasSuffix("runtime.goexit\n\truntime/asm_amd64.s:1700"))
    }
}
