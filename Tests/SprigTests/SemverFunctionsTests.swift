import GoRuntime
import Testing

/// Semantic versions (Masterminds/semver v3.5 as helm v4.3.1 links it). The comparison table is
/// helm's output for fixtures/cases/sprig-extra/semver_compare_* (1 = true).
@Suite struct SemverFunctionsTests {
    static let versions = ["1.2.3", "1.2.4", "1.3.0", "2.0.0", "0.2.4", "0.3.0", "0.0.3", "0.0.4", "1.2.3-beta", "1.2.4-alpha", "0.9.0", "1.0.0", "v1.2.3", "1.2", "1", "1.5.0-rc.1", "2.0.0-0", "1.4.5", "1.4.6", "0.4.0"]

    static let table: [(String, String)] = [
        ("1.2.3", "10000000000010000000"),
        ("=1.2.3", "10000000000010000000"),
        ("!=1.2.3", "01111111001101100111"),
        (">1.2.3", "01110000000000000110"),
        ("<1.2.3", "00001111001101100001"),
        (">=1.2.3", "11110000000010000110"),
        ("<=1.2.3", "10001111001111100001"),
        ("=>1.2", "11110000000011000110"),
        ("=<1.4", "11101111001111100111"),
        ("v1.2.3", "10000000000010000000"),
        ("^1.2.3", "11100000000010000110"),
        ("^1.2", "11100000000011000110"),
        ("^1", "11100000000111100110"),
        ("^0.2.3", "00001000000000000000"),
        ("^0.2", "00001000000000000000"),
        ("^0.0.3", "00000010000000000000"),
        ("^0.0", "00000011000000000000"),
        ("^0", "00001111001000000001"),
        ("^0.0.x", "00000011000000000000"),
        ("^0.x", "00001111001000000001"),
        ("^x", "00000000000000000000"),
        ("^1.2.3-alpha", "11100000110010010110"),
        ("~1.2.3", "11000000000010000000"),
        ("~1.2", "11000000000011000000"),
        ("~1", "11100000000111100110"),
        ("~>1.2.3", "11000000000010000000"),
        ("~0.0.0", "11111111001111100111"),
        ("~0", "00001111001000000001"),
        ("~1.2.3-beta", "11000000110010000000"),
        ("1.2.x", "11000000000011000000"),
        ("1.x", "11100000000111100110"),
        ("*", "11111111001111100111"),
        ("x", "11111111001111100111"),
        ("2.x.x", "00010000000000000000"),
        (">1.x", "00010000000000000000"),
        (">1.2.x", "00110000000000000110"),
        ("<1.x", "00001111001000000001"),
        ("!=1.2.x", "00111111001100100111"),
        ("!=1.x", "00011111001000000001"),
        ("!=*", "11111111001111100111"),
        (">1.2", "00110000000000000110"),
        (">1", "00010000000000000000"),
        ("<=1.2", "11001111001111100001"),
        ("<=1", "11101111001111100111"),
        ("1.2 - 1.4.5", "11100000000011000100"),
        ("1.2.3 - 2", "11110000000010000110"),
        (">= 1.2, < 2", "11100000000011000110"),
        ("> 1.2 < 2", "00100000000000000110"),
        (">=1.0 || <0.5", "11111111000111100111"),
        (">=1.2.3-0 <2.0.0", "11100000110010011110"),
        ("< 2.0.0-0", "11101111111111110111"),
        (">=1.2.3-0", "11110000110010011110"),
        ("1.2.3-rc.1", "00000000000000000000"),
        ("!=1.2.3-beta", "11111111011111111111"),
        (">=1.2.3-alpha, <1.2.3", "00000000100000000000"),
        ("1.2.3+build", "10000000000010000000"),
        (">=1.2.3+x", "11110000000010000110"),
        (">=01.2.3", "11110000000010000110"),
    ]

    @Test func compareTable() throws {
        for (constraint, expected) in Self.table {
            let got = try Self.versions.map { try Extra.show("semverCompare", xs(constraint), xs($0)) == "true" ? "1" : "0" }
            #expect(got.joined() == expected, "\(constraint)")
        }
    }

    @Test func errors() throws {
        let cases: [(String, String, String)] = [
            ("1.0.0", "foo", "invalid semantic version"), ("foo", "1.0.0", "improper constraint: \"foo\""),
            ("", "1.0.0", "improper constraint: \"\""), (">= 1.x.x ||", "1.0.0", "improper constraint: \"\""),
            ("1.0.0", "1.0.0-01", "version segment starts with 0"), ("1", "1.0.0+a..b", "invalid semantic version"),
            ("1", "99999999999999999999.0.0",
             "error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range"),
            ("1|2", "1.0.0", "constraint parser error"), ("1.0,,2.0", "1.0.0", "improper constraint: \"1.0,,2.0\""),
            ((1...33).map(String.init).joined(separator: " || "), "1.0.0", "too many constraint groups (max 32)"),
        ]
        for (constraint, version, message) in cases {
            #expect(try Extra.error("semverCompare", xs(constraint), xs(version)) == message, "\(constraint) \(version)")
        }
        #expect(try Extra.error("semver", xs("1.2.3.4")) == "invalid semantic version")
    }

    @Test func versionObject() throws {
        #expect(try Extra.render(#"{{ semver "1.2.3" }} {{ semver "v1.2" }} {{ semver "01.002.0003" }} {{ semver "1.2.3-beta.1+build.5" }}"#)
                == "1.2.3 1.2.0 1.2.3 1.2.3-beta.1+build.5")
        let fields = #"{{ $v := semver "v1.2.3-rc.1+b7" }}{{ $v.Major }} {{ $v.Minor }} {{ $v.Patch }} {{ $v.Prerelease }} {{ $v.Metadata }} {{ $v.Original }} {{ $v.String }}"#
        #expect(try Extra.render(fields) == "1 2 3 rc.1 b7 v1.2.3-rc.1+b7 1.2.3-rc.1+b7")
        let compare = #"{{ $v := semver "1.2.3" }}{{ $v.Compare (semver "1.2.4") }} {{ $v.Compare (semver "1.2.3+x") }} {{ $v.Compare (semver "1.2.3-x") }} {{ $v.LessThan (semver "2") }} {{ $v.GreaterThan (semver "1.2.3-alpha") }} {{ $v.Equal (semver "v1.2.3") }}"#
        #expect(try Extra.render(compare) == "-1 0 1 true true true")
        let inc = #"{{ $v := semver "v1.2.3-rc.1+b7" }}{{ $v.IncPatch }} {{ $v.IncMinor }} {{ $v.IncMajor }} {{ (semver "1.2.3").IncPatch }} {{ ((semver "1.2.3").SetPrerelease "alpha.1") }}"#
        #expect(try Extra.render(inc) == "1.2.3 1.3.0 2.0.0 1.2.4 1.2.3-alpha.1")
    }
}
