/// An error made by github.com/pkg/errors in helm v3, as `%+v` prints it: the wrapped
/// cause (for `errors.Wrap`), the message, then the Go stack where it was made.
///
/// The stacks are fixed text in a given helm binary; only the error paths the differential
/// cases reach are known (`Site`). Other errors print their message alone, which is right
/// for `fmt.Errorf` and template errors and leaves out the stack of the remaining pkg/errors
/// ones (other chart loading errors, `--set` and values files, dependencies).
public struct PkgErrorsTrace: Sendable {
    /// Where helm v3.17.3 makes the error.
    public enum Site: Sendable {
        /// `releaseutil.(*manifestFile).sort`: `errors.Wrapf(err, "YAML parse error on %s", path)`.
        case manifestYAML
        /// `action.(*ChartPathOptions).LocateChart`: `errors.Errorf("path %q not found", name)`.
        case locateChart
        /// `loader.LoadFiles` at `load.go:LINE` (a missing or unreadable `Chart.yaml`,
        /// `values.yaml` or `requirements.yaml`), for a chart folder or a chart archive.
        case loadFiles(line: Int, archive: Bool)
        /// `main.checkIfInstallable`: `errors.Errorf("%s charts are not installable", ...)`.
        case checkIfInstallable
        /// `action.CheckDependencies`: `errors.Errorf("found in Chart.yaml, but missing ...")`.
        case checkDependencies
        /// `main.runInstall`'s `errors.Wrap` of `CheckDependencies`' error.
        case runInstallDependencies
        /// `action.(*Install).availableName`: `errors.Wrapf(err, "release name %q", name)`.
        case availableName
        /// An error value made when `chartutil` was initialised (`errors.New` in a package
        /// variable, e.g. "no name provided"): its stack is the Go runtime's start-up.
        case chartutilInit
    }

    /// The cause of an `errors.Wrap`, printed before the message; nil for `errors.Errorf`.
    public var cause: String?
    /// The message `errors.Wrap` or `errors.Errorf` was given.
    public var message: String
    public var site: Site
    /// The pkg/errors error that `errors.Wrap` wrapped (printed with its own stack first);
    /// empty, or one trace.
    public var wrapped: [PkgErrorsTrace] = []

    public init(cause: String? = nil, message: String, site: Site) {
        self.cause = cause
        self.message = message
        self.site = site
    }

    /// `fmt.Sprintf("%+v", err)` of helm v3's error.
    static func verbose(_ error: any Error) -> String {
        var error = error
        if let failure = error as? ReleaseFailure { error = failure.underlying }
        let trace = (error as? ManifestError)?.trace ?? (error as? ChartError)?.trace
        guard let trace else { return "\(error)" }
        return trace.verbose
    }

    /// `%+v` of this error: what it wraps, its message, its stack.
    var verbose: String {
        var text = wrapped.first.map { $0.verbose + "\n" } ?? cause.map { $0 + "\n" } ?? ""
        text += message
        for (function, file) in frames { text += "\n" + function + "\n\t" + file }
        return text
    }

    /// The stack's frames (function, `file:line`), innermost first.
    var frames: [(String, String)] {
        let v3 = "helm.sh/helm/v3/"
        let top: [(String, String)]
        switch site {
        case .manifestYAML:
            top = [
                (v3 + "pkg/releaseutil.(*manifestFile).sort", v3 + "pkg/releaseutil/manifest_sorter.go:144"),
                (v3 + "pkg/releaseutil.SortManifests", v3 + "pkg/releaseutil/manifest_sorter.go:104"),
                (v3 + "pkg/action.(*Configuration).renderResources", v3 + "pkg/action/action.go:168"),
                (v3 + "pkg/action.(*Install).RunWithContext", v3 + "pkg/action/install.go:316"),
                ("main.runInstall", v3 + "cmd/helm/install.go:317"),
            ]
        case .locateChart:
            top = [
                (v3 + "pkg/action.(*ChartPathOptions).LocateChart", v3 + "pkg/action/install.go:761"),
                ("main.runInstall", v3 + "cmd/helm/install.go:237"),
            ]
        case .loadFiles(let line, let archive):
            let loader = v3 + "pkg/chart/loader"
            let load: [(String, String)] = archive ? [
                (loader + ".LoadArchive", loader + "/archive.go:234"),
                (loader + ".LoadFile", loader + "/archive.go:74"),
                (loader + ".FileLoader.Load", loader + "/archive.go:52"),
            ] : [
                (loader + ".LoadDir", loader + "/directory.go:122"),
                (loader + ".DirLoader.Load", loader + "/directory.go:40"),
            ]
            top = [(loader + ".LoadFiles", loader + "/load.go:\(line)")] + load + [
                (loader + ".Load", loader + "/load.go:62"),
                ("main.runInstall", v3 + "cmd/helm/install.go:251"),
            ]
        case .checkDependencies:
            top = [
                (v3 + "pkg/action.CheckDependencies", v3 + "pkg/action/install.go:725"),
                ("main.runInstall", v3 + "cmd/helm/install.go:268"),
            ]
        case .runInstallDependencies:
            top = [("main.runInstall", v3 + "cmd/helm/install.go:269")]
        case .chartutilInit:
            // Made at package init: the stack is the runtime's start-up, not a command's.
            return [
                (v3 + "pkg/chartutil.init", "<autogenerated>:1"),
                ("runtime.doInit1", "runtime/proc.go:7291"),
                ("runtime.doInit", "runtime/proc.go:7258"),
                ("runtime.main", "runtime/proc.go:254"),
                ("runtime.goexit", "runtime/asm_amd64.s:1700"),
            ]
        case .availableName:
            top = [
                (v3 + "pkg/action.(*Install).availableName", v3 + "pkg/action/install.go:530"),
                (v3 + "pkg/action.(*Install).RunWithContext", v3 + "pkg/action/install.go:245"),
                ("main.runInstall", v3 + "cmd/helm/install.go:317"),
            ]
        case .checkIfInstallable:
            top = [
                ("main.checkIfInstallable", v3 + "cmd/helm/install.go:328"),
                ("main.runInstall", v3 + "cmd/helm/install.go:256"),
            ]
        }
        let cobra = "github.com/spf13/cobra"
        return top + [
            ("main.newTemplateCmd.func2", v3 + "cmd/helm/template.go:95"),
            (cobra + ".(*Command).execute", cobra + "@v1.8.1/command.go:985"),
            (cobra + ".(*Command).ExecuteC", cobra + "@v1.8.1/command.go:1117"),
            (cobra + ".(*Command).Execute", cobra + "@v1.8.1/command.go:1041"),
            ("main.main", v3 + "cmd/helm/helm.go:85"),
            ("runtime.main", "runtime/proc.go:272"),
            ("runtime.goexit", "runtime/asm_amd64.s:1700"),
        ]
    }
}
