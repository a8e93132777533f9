import Testing

@Test func placeholderGoTemplateTests() { #expect(Bool(true)) }
