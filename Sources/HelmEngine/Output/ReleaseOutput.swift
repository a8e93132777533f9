/// `helm template`'s output assembly: rendered files split into documents, ordered by kind,
/// each printed under a `# Source:` header; hooks after the manifests.
public enum ReleaseOutput {
    /// Output switches of `helm template`.
    public struct Options {
        public var skipTests = false
        public init() {}
    }

    public static func assemble(rendered: [String: String], chart: Chart, options: Options) throws -> String {
        var rendered = rendered
        for key in Array(rendered.keys) where key.hasSuffix("NOTES.txt") { rendered[key] = nil }
        let (manifests, hooks) = try ManifestSorter.sort(rendered)
        var body = ""
        for m in manifests { body += "---\n# Source: \(m.name)\n\(m.content)\n" }
        var out = body.trimmingWhitespace() + "\n"
        for h in hooks {
            out += "---\n# Source: \(h.name)\n\(h.content)\n"
        }
        return out
    }
}
