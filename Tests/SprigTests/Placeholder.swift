import Testing

@Test func placeholderSprig() { #expect(Bool(true)) }
