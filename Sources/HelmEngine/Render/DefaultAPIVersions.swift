/// The API versions helm v4.3.1 reports by default (`common.DefaultVersionSet`), used when
/// no `--api-versions` are given. TODO(issue 4): extract the full list from helm.
public enum DefaultAPIVersions {
    public static let list: [String] = ["v1"]
}
