import Testing

@Test func placeholderGoYAMLTests() { #expect(Bool(true)) }
