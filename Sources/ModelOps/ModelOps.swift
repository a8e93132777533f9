import GoRuntime
import GoYAML
import HelmEngine

/// The ModelOps scoring pipeline: IR files pre-processed into values for the modelops chart.
///
/// `preprocess` loads and merges the IR files, resolves each flow's models, sources and sinks,
/// substitutes pipeline parameters, checks flow parameters against the chart's declared ones,
/// and returns the chart values (see `docs/ir.md`).
public enum ModelOps {
    /// Options of a pre-processing run.
    public struct Options {
        /// The modelops chart folder: its sub-charts declare model formats and flow parameters.
        public var chartPath: String
        /// Overrides the IR's `metadata.job` (the scheduling server passes the job id).
        public var job: String?
        /// The helm whose schema validation the pre-processed values must pass.
        public var profile: HelmProfile

        public init(chartPath: String, job: String? = nil, profile: HelmProfile = .v4) {
            self.chartPath = chartPath
            self.job = job
            self.profile = profile
        }
    }

    /// Pre-processes IR files (YAML or JSON) into the values of the modelops chart.
    /// Throws `IRErrors` listing every problem, each naming its file and path.
    public static func preprocess(files: [String], options: Options) throws -> GoMap {
        let catalog = try ChartCatalog.load(chartPath: options.chartPath)
        var documents: [IRDocument] = []
        var errors = IRErrors()
        for file in files {
            do {
                documents.append(try IRDocument.load(path: file))
            } catch let error as IRError {
                errors.append(error)
            }
        }
        try errors.throwIfAny()
        let ir = IRReader.read(documents, errors: &errors)
        try errors.throwIfAny()
        let values = ValuesBuilder.build(ir, catalog: catalog, job: options.job, errors: &errors)
        try errors.throwIfAny()
        try SchemaCheck.validate(values, chart: catalog.chart, file: files.first ?? "", profile: options.profile)
        return values
    }

    /// `preprocess`, then the values as YAML text (deterministic: keys sorted, lists in IR order).
    public static func preprocessToYAML(files: [String], options: Options) throws -> String {
        try YAMLEncoder.encode(.map(preprocess(files: files, options: options)))
    }
}
