import GoTemplate
import GoYAML
import Sprig

/// The helm release whose `helm template` output a render reproduces: every default,
/// ordering and text in which helm v3.17.3 and v4.3.1 differ, kept in this one place
/// (`rudder template --compat v3`; the default is v4).
public struct HelmProfile: Sendable, Equatable {
    /// How rendered files are cut into documents.
    public enum DocumentSplit: Sendable {
        /// v4: a line starting with `---` ends a document; documents keep their trailing
        /// newlines, so blank lines at the end of a template stay before the next `---`.
        case lineSeparators
        /// v3: the regular expression `(?:^|\s*\n)---\s*` on the trimmed file, each
        /// document trimmed of surrounding whitespace.
        case trimmedRegex
    }

    /// How a values file with several `---` documents is read.
    public enum ValuesDocuments: Sendable {
        /// v4's `loader.LoadValues`: every document, deep-merged in order.
        case mergeAll
        /// v3's `chartutil.ReadValues` (`yaml.Unmarshal`): the first document only.
        case firstOnly
    }

    /// The library that checks values against `values.schema.json`: its drafts, keyword
    /// meanings and every message differ.
    public enum SchemaDialect: Sendable {
        /// v4: santhosh-tekuri/jsonschema v6 (drafts 4 to 2020-12, meta-schema checked).
        case jsonschemaV6
        /// v3: xeipuuv/gojsonschema 1.2.0 (drafts 4, 6 and 7; no meta-schema check).
        case gojsonschema
    }

    /// `v4` or `v3`, as `--compat` names it.
    public let name: String
    /// `.Capabilities.KubeVersion` without `--kube-version`.
    public let defaultKubeVersion: String
    /// `.Capabilities.APIVersions` before `--api-versions` adds to it.
    public let defaultAPIVersions: [String]
    /// `.Capabilities.HelmVersion`.
    public let helmVersion: String
    public let helmGitCommit: String
    public let helmGoVersion: String
    /// v4's `KubeClientVersion` field; nil in v3, whose `BuildInfo` has none.
    public let kubeClientVersion: String?
    /// The Go package of `Values`, `Capabilities`, `KubeVersion` and `VersionSet`, as
    /// `typeOf` and `%T` print them (`common` in v4, `chartutil` in v3).
    public let valuesPackage: String
    /// Kinds in install order (helm's `InstallOrder`); other kinds follow, by name.
    public let installOrder: [String]
    public let documentSplit: DocumentSplit
    /// How `--kube-version` is read (`KubeVersionFlag`): as a semantic version shown canonical
    /// (`1.20` as `v1.20.0`, v3), or as Kubernetes' generic version shown as given with a
    /// normalized form for `String()` and range checks (v4).
    public let canonicalKubeVersion: Bool
    public let valuesDocuments: ValuesDocuments
    /// How chart default `null`s are coalesced.
    public let coalesceNulls: Coalesce.Nulls
    /// Whether execution errors are rewritten into v4's multi-line trace (v3 prints Go's text).
    public let tracesExecErrors: Bool
    /// How `toToml` prints floats (Go's `strconv` verb of its BurntSushi/toml release).
    public let tomlFloatFormat: Character
    /// The BurntSushi/toml release behind `fromToml`.
    public let tomlRelease: TOMLRelease
    /// The Masterminds/semver release behind `semverCompare`.
    public let semverRelease: SemverRelease
    /// The Go release this helm was built with (its `text/template`).
    public let goRelease: GoRelease
    /// Template functions this helm does not have.
    public let missingFunctions: Set<String>
    public let schemaDialect: SchemaDialect
    /// The Go package of `SimpleHead` in manifest errors (`util` in v4, `releaseutil` in v3).
    public let releaseUtilPackage: String
    public let strvalsRelease: StrVals.Release
    /// `helm template`'s words when a declared dependency is not in `charts/`.
    public let missingDependenciesMessage: String
    /// Whether a failure processing dependencies is logged and prefixed
    /// (`chart dependencies processing failed: ...`, v4) or printed as is (v3).
    public let wrapsDependencyErrors: Bool
    /// Whether the loader first reads `Chart.yaml` to pick a loader by its `apiVersion`, which
    /// must be v1 or v2 (v4: a missing file is `unable to detect chart ...`); v3 loads any
    /// value, and a chart without `Chart.yaml` is `Chart.yaml file is missing`.
    public let checksChartAPIVersion: Bool
    /// The Go `encoding/json` behind `fromJson`, values and schema files.
    public let jsonRelease: GoJSON.Release
    /// Whether `.Chart` is helm v3's `struct { chart.Metadata; IsRoot bool }` (v4: a map).
    public let chartIsStruct: Bool
    /// Whether an aliased dependency's copy gets copies of its sub-charts (v4) or shares them (v3).
    public let aliasCopiesSubcharts: Bool
    /// Whether `--post-renderer` names an executable (v3) rather than a plugin (v4).
    public let postRendererIsExecutable: Bool
    /// Whether a bare `--dry-run` or `--dry-run=true` logs a deprecation warning (v4); v3
    /// takes both silently.
    public let warnsBooleanDryRun: Bool
    /// The Go package of `Metadata`, `Maintainer` and `Dependency` in type names of
    /// `Chart.yaml` decoding errors (`v2.Dependency` in v4, `chart.Dependency` in v3).
    public let chartPackage: String
    /// Whether an invalid release name is logged and wrapped (`release name check failed: ...`,
    /// v4) or printed as is (v3).
    public let wrapsReleaseNameErrors: Bool
    /// Whether `.Files.Lines` of an empty file panics (v3 indexes its last byte).
    public let filesLinesPanicsOnEmptyFile: Bool
    /// How diagnostic lines on standard error are worded (slog in v4, Go's `log` in v3).
    public var logStyle: HelmLogStyle = .slog

    public static let v4 = HelmProfile(
        name: "v4", defaultKubeVersion: "v1.37.0", defaultAPIVersions: DefaultAPIVersions.list,
        helmVersion: "v4.3.1", helmGitCommit: "c0d08d0d6d9424d4a14febb5e8a3e51b0dd00dff", helmGoVersion: "go1.27.2",
        kubeClientVersion: "v1.37", valuesPackage: "common",
        installOrder: baseInstallOrder + ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
        documentSplit: .lineSeparators, canonicalKubeVersion: false, valuesDocuments: .mergeAll,
        coalesceNulls: .dropDefaults, tracesExecErrors: true, tomlFloatFormat: "g", tomlRelease: .v1_6, semverRelease: .v3_5,
        goRelease: .go127,
        missingFunctions: [], schemaDialect: .jsonschemaV6, releaseUtilPackage: "util",
        strvalsRelease: .v4,
        missingDependenciesMessage: "an error occurred while checking for chart dependencies. You may need to run "
            + "'helm dependency build' to fetch missing dependencies",
        wrapsDependencyErrors: true, checksChartAPIVersion: true, jsonRelease: .go127, chartIsStruct: false, aliasCopiesSubcharts: true,
        postRendererIsExecutable: false, warnsBooleanDryRun: true, chartPackage: "v2", wrapsReleaseNameErrors: true,
        filesLinesPanicsOnEmptyFile: false)

    public static let v3 = HelmProfile(
        name: "v3", defaultKubeVersion: "v1.32.0", defaultAPIVersions: DefaultAPIVersions.v3List,
        helmVersion: "v3.17.3", helmGitCommit: "e4da49785aa6e6ee2b86efd5dd9e43400318262b", helmGoVersion: "go1.23.7",
        kubeClientVersion: nil, valuesPackage: "chartutil",
        installOrder: baseInstallOrder,
        documentSplit: .trimmedRegex, canonicalKubeVersion: true, valuesDocuments: .firstOnly,
        coalesceNulls: .keepDefaults, tracesExecErrors: false, tomlFloatFormat: "f", tomlRelease: .v1_4, semverRelease: .v3_3,
        goRelease: .go123,
        // Found by rendering each name of fixtures/helm-function-names.txt with helm v3.17.3.
        missingFunctions: ["durationDays", "durationHours", "durationMicroseconds", "durationMilliseconds",
                           "durationMinutes", "durationNanoseconds", "durationRoundTo", "durationSeconds",
                           "durationTruncateTo", "durationWeeks", "mustToDuration", "mustToToml", "mustToYaml"],
        schemaDialect: .gojsonschema, releaseUtilPackage: "releaseutil",
        strvalsRelease: .v3,
        missingDependenciesMessage: "An error occurred while checking for chart dependencies. You may need to run "
            + "`helm dependency build` to fetch missing dependencies",
        wrapsDependencyErrors: false, checksChartAPIVersion: false, jsonRelease: .go123, chartIsStruct: true, aliasCopiesSubcharts: false,
        postRendererIsExecutable: true, warnsBooleanDryRun: false, chartPackage: "chart", wrapsReleaseNameErrors: false,
        filesLinesPanicsOnEmptyFile: true, logStyle: .goLog)

    /// The profile `--compat NAME` selects.
    public static func named(_ name: String) -> HelmProfile? {
        switch name {
        case "v4", "4": return .v4
        case "v3", "3": return .v3
        default: return nil
        }
    }

    /// Kinds both releases order; v4 adds the webhook configurations at the end.
    static let baseInstallOrder: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
    ]
}
