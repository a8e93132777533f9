import HelmEngine
import Testing
@testable import ModelOps

/// Every valid fixture IR: `rudder preprocess` output equals the values golden, and
/// `rudder pipeline` output equals the manifests golden that real helm v4.3.1 rendered.
@Suite struct PipelineGoldenTests {
    @Test func fixturesExist() {
        #expect(Fixtures.validPipelines.count >= 4)
        #expect(Fixtures.invalidPipelines.count >= 10)
    }

    @Test(arguments: Fixtures.validPipelines)
    func preprocessMatchesGolden(_ pipeline: Fixtures.Pipeline) throws {
        let golden = try #require(Fixtures.read(Fixtures.valid + "/" + pipeline.name + ".values.yaml"))
        let yaml = try ModelOps.preprocessToYAML(files: pipeline.files, options: .init(chartPath: Fixtures.chart))
        #expect(yaml == golden)
    }

    @Test(arguments: Fixtures.validPipelines)
    func pipelineMatchesHelm(_ pipeline: Fixtures.Pipeline) throws {
        let golden = try #require(Fixtures.read(Fixtures.valid + "/" + pipeline.name + ".manifests.yaml"))
        let manifests = try PipelineRenderer.render(files: pipeline.files, options: .init(chartPath: Fixtures.chart))
        #expect(manifests == golden)
    }

    /// `rudder pipeline --compat v3` against the manifests helm v3.17.3 rendered.
    @Test(arguments: Fixtures.validPipelines)
    func pipelineMatchesHelmV3(_ pipeline: Fixtures.Pipeline) throws {
        let golden = try #require(Fixtures.read(Fixtures.valid + "/" + pipeline.name + ".manifests.v3.yaml"))
        let options = ModelOps.Options(chartPath: Fixtures.chart, profile: .v3)
        let manifests = try PipelineRenderer.render(files: pipeline.files, options: options)
        #expect(manifests == golden)
    }

    @Test(arguments: Fixtures.validPipelines)
    func preprocessIsDeterministic(_ pipeline: Fixtures.Pipeline) throws {
        let options = ModelOps.Options(chartPath: Fixtures.chart)
        let first = try ModelOps.preprocessToYAML(files: pipeline.files, options: options)
        let second = try ModelOps.preprocessToYAML(files: pipeline.files, options: options)
        #expect(first == second)
    }
}
