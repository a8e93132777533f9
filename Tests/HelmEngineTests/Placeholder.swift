import Testing

@Test func placeholderHelmEngineTests() { #expect(Bool(true)) }
