import Testing
@testable import GoYAML

/// go-yaml v2 resolve.go: the tag an untagged plain scalar gets.
@Suite struct YAMLResolverTests {
    @Test(arguments: [
        ("yes", YAMLTag.bool), ("Off", YAMLTag.bool), ("yEs", YAMLTag.str), ("~", YAMLTag.null), ("", YAMLTag.null),
        ("0755", YAMLTag.int), ("0o17", YAMLTag.int), ("0b101", YAMLTag.int), ("-0b101", YAMLTag.int), ("0b-1", YAMLTag.int),
        ("1_000", YAMLTag.int), ("+1", YAMLTag.int), ("18446744073709551615", YAMLTag.int),
        ("08", YAMLTag.float), ("1.", YAMLTag.float), (".5", YAMLTag.float), ("1e3", YAMLTag.float), (".inf", YAMLTag.float),
        ("1e400", YAMLTag.str), ("._5", YAMLTag.str), ("0x", YAMLTag.str), ("-inf", YAMLTag.str),
        ("2001-01-01", YAMLTag.timestamp), ("2001-02-30", YAMLTag.str), ("2001-12-14 21:59:43.10", YAMLTag.timestamp),
        ("2001-12-14t21:59:43.10-05:00", YAMLTag.timestamp), ("2001-12-14 21:59:43.10 -5", YAMLTag.str),
        ("<<", YAMLTag.str),  // no hint for "<": resolve.go never reaches its "<<" entry
    ])
    func implicitTags(_ text: String, _ tag: String) {
        #expect(YAMLResolver.implicitTag(text) == tag)
    }

    @Test func explicitTagMismatch() {
        #expect(throws: YAMLResolver.Mismatch.self) { try YAMLResolver.resolve(tag: YAMLTag.int, "abc") }
        #expect((try? YAMLResolver.resolve(tag: YAMLTag.float, "1"))?.tag == YAMLTag.float)
    }

    @Test(arguments: [("1:20", true), ("190:20:30.15", true), ("1:60", false), ("1:2:3a", false), ("a:1", false)])
    func base60(_ text: String, _ expected: Bool) {
        #expect(YAMLResolver.isBase60Float(text) == expected)
    }
}
