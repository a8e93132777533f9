import Testing
@testable import ModelOps

/// Every invalid fixture IR fails with the error its `# expect:` line names (file and path).
@Suite struct InvalidIRTests {
    @Test(arguments: Fixtures.invalidPipelines)
    func rejected(_ pipeline: Fixtures.Pipeline) throws {
        let expected = try #require(Fixtures.expectedError(pipeline))
        do {
            _ = try ModelOps.preprocess(files: pipeline.files, options: .init(chartPath: Fixtures.chart))
            Issue.record("\(pipeline.name) was accepted")
        } catch let error as IRErrors {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func missingFileIsNamed() throws {
        #expect(throws: IRErrors.self) {
            try ModelOps.preprocess(files: ["/nonexistent/ir.yaml"], options: .init(chartPath: Fixtures.chart))
        }
    }

    @Test func jobOverrideSatisfiesMissingJob() throws {
        let file = Fixtures.invalid + "/missing-job.yaml"
        let values = try ModelOps.preprocess(files: [file], options: .init(chartPath: Fixtures.chart, job: "run-9"))
        let modelops = values["global"]?.mapValue?["modelops"]?.mapValue
        #expect(modelops?["job"]?.stringValue == "run-9")
    }
}
