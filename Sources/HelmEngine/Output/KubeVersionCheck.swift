import GoRuntime
import Sprig

/// helm's `chartutil.IsCompatibleRange` check of `Chart.yaml`'s `kubeVersion` against the
/// Kubernetes version of the capabilities (`renderResources`): a constraint or version that
/// does not parse makes the chart incompatible. The check uses what `String()` gives (helm
/// v4's normalized version); the message names `.Version`.
enum KubeVersionCheck {
    static func check(chart: Chart, kubeVersion: KubeVersion, semver: SemverRelease = .v3_5) throws {
        guard case .string(let constraint)? = chart.metadata.raw.entries["kubeVersion"], !constraint.isEmpty else { return }
        if !SemverCheck.isCompatibleRange(constraint, kubeVersion.text, release: semver) {
            throw ChartError("chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(kubeVersion.version)")
        }
    }
}
