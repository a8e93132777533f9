import Testing

@Test func placeholderGoRuntimeTests() { #expect(Bool(true)) }
