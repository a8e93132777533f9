import Testing

@Test func placeholderModelOps() { #expect(Bool(true)) }
