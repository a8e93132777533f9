import Glibc
import GoRuntime
@testable import Sprig
import Testing

/// Dates and durations (Go `time` semantics). Expectations from helm v4.3.1 run with Local =
/// UTC (fixtures/cases/sprig-extra/date_*, dur_*); zone tests use the system zoneinfo.
@Suite struct DateFunctionsTests {
    @Test func parseAndPrint() throws {
        #expect(try Extra.render(#"{{ toDate "2006-01-02" "2020-05-06" }}"#) == "2020-05-06 00:00:00 +0000 UTC")
        #expect(try Extra.render(#"{{ toDate "2006-01-02T15:04:05Z07:00" "2020-05-06T13:14:15+02:00" }}"#)
                == "2020-05-06 13:14:15 +0200 +0200")
        #expect(try Extra.render(#"{{ toDate "2006-01-02T15:04:05.999999999Z07:00" "2020-05-06T13:14:15.123456789-07:30" }}"#)
                == "2020-05-06 13:14:15.123456789 -0730 -0730")
        #expect(try Extra.render(#"{{ toDate "2006-01-02" "2020-02-30" }}"#) == "0001-01-01 00:00:00 +0000 UTC")
    }

    @Test func zones() throws {
        let summer = #"{{ dateInZone "2006-01-02 15:04:05 MST -0700" (toDate "2006-01-02 15:04" "2020-07-06 13:14") "America/New_York" }}"#
        #expect(try Extra.render(summer) == "2020-07-06 09:14:00 EDT -0400")
        let rule = #"{{ dateInZone "2006-01-02 15:04:05 MST -07:00:00" (toDate "2006-01-02 15:04" "2040-07-06 13:14") "Europe/Paris" }}"#
        #expect(try Extra.render(rule) == "2040-07-06 15:14:00 CEST +02:00:00")
        #expect(try Extra.render(#"{{ dateInZone "2006-01-02 15:04:05 MST" 1600000000 "Australia/Sydney" }}"#)
                == "2020-09-13 22:26:40 AEST")
        #expect(try Extra.render(#"{{ dateInZone "2006-01-02 15:04:05 MST" 1600000000 "Nowhere/Land" }}"#)
                == "2020-09-13 12:26:40 UTC")
    }

    @Test func layouts() throws {
        #expect(try Extra.render(#"{{ date "Jan 2, 2006 at 3:04pm (MST)" 1234567890 }}"#) == "Feb 13, 2009 at 11:31pm (UTC)")
        let many = #"{{ date "Monday, 02-Jan-06 15:04:05.000 PM -07 Z07 Z0700 __2 002 .999 ,000" 1234567890 }}"#
        #expect(try Extra.render(many) == "Friday, 13-Feb-09 23:31:30.000 PM +00 Z Z  44 044  ,000")
        let methods = #"{{ $t := toDate "2006-01-02 15:04:05" "2020-05-06 07:08:09" }}{{ $t.Year }} {{ $t.Month }} {{ $t.Day }} {{ $t.Weekday }} {{ $t.YearDay }} {{ $t.Unix }}"#
        #expect(try Extra.render(methods) == "2020 May 6 Wednesday 127 1588748889")
    }

    @Test func parseErrors() throws {
        #expect(try Extra.error("mustToDate", xs("2006-01-02"), xs("2020-13-01")) == #"parsing time "2020-13-01": month out of range"#)
        #expect(try Extra.error("mustToDate", xs("2006-01-02"), xs("20-01-01"))
                == #"parsing time "20-01-01" as "2006-01-02": cannot parse "20-01-01" as "2006""#)
        #expect(try Extra.error("mustToDate", xs("2006-01-02"), xs("2020-01-01x")) == #"parsing time "2020-01-01x": extra text: "x""#)
    }

    @Test func durations() throws {
        let cases = ["1h30m": "1h30m0s", "1.5h": "1h30m0s", "-1µs": "-1µs", "1.000001ms": "1.000001ms",
                     "2562047h47m16.854775807s": "2562047h47m16.854775807s", "0": "0s", "90": "1m30s"]
        for (input, output) in cases { #expect(try Extra.show("mustToDuration", xs(input)) == output, "\(input)") }
        #expect(try Extra.error("mustToDuration", xs("abc")) == #"could not parse duration "abc""#)
        #expect(try Extra.error("mustToDuration", .nil) == "invalid duration")
        #expect(try Extra.show("durationSeconds", xs("1m30s")) == "90")
        #expect(try Extra.show("durationWeeks", xs("84h")) == "0.5")
        #expect(try Extra.show("duration", xs("3661")) == "1h1m1s")
        #expect(try Extra.show("duration", xi(95)) == "0s")
        #expect(try Extra.show("durationRound", xs("721h")) == "1mo")
        #expect(try Extra.show("durationRound", xi64(3_600_000_000_000)) == "60m")
        #expect(throws: GoDuration.ParseError.self) { try GoDuration.parse("1x") }
    }

    /// Property: `now` is the current wall-clock time in Local, with a monotonic reading.
    @Test func nowIsCurrentTime() throws {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let rendered = try Extra.render("{{ (now).Unix }}")
        let seconds = try #require(Int64(rendered))
        #expect(abs(seconds - Int64(ts.tv_sec)) <= 2)
        #expect(try Extra.render("{{ now }}").contains(" m=+"))
        #expect(try Extra.render("{{ ago now }}") == "0s")
        let hour = try Extra.render(#"{{ ago (dateModify "-1h" now) }}"#)
        #expect(hour == "1h0m0s")
    }
}
