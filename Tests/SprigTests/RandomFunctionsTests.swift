import GoRuntime
@testable import Sprig
import Testing

/// Random functions, checked by property (length, alphabet, range, format); see
/// docs/nondeterministic-functions.md.
@Suite struct RandomFunctionsTests {
    static func all(_ s: String, in set: String) -> Bool { s.unicodeScalars.allSatisfy { set.unicodeScalars.contains($0) } }

    static let lower = "abcdefghijklmnopqrstuvwxyz"
    static let letters = lower + lower.uppercased()
    static let digits = "0123456789"

    @Test func stringsHaveLengthAndAlphabet() throws {
        for n in [1, 5, 64] {
            let alnum = try Extra.show("randAlphaNum", xi(Int64(n)))
            #expect(alnum.count == n && Self.all(alnum, in: Self.letters + Self.digits))
            let alpha = try Extra.show("randAlpha", xi(Int64(n)))
            #expect(alpha.count == n && Self.all(alpha, in: Self.letters))
            let numeric = try Extra.show("randNumeric", xi(Int64(n)))
            #expect(numeric.count == n && Self.all(numeric, in: Self.digits))
            let ascii = try Extra.show("randAscii", xi(Int64(n)))
            #expect(ascii.count == n && ascii.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value <= 126 })
        }
        #expect(try Extra.show("randAlphaNum", xi(0)) == "")
        #expect(try Extra.show("randAlpha", xi(-3)) == "")
    }

    @Test func stringsDiffer() throws {
        let samples = try (0..<20).map { _ in try Extra.show("randAlphaNum", xi(16)) }
        #expect(Set(samples).count == samples.count)
    }

    @Test func randIntStaysInRange() throws {
        var seen = Set<String>()
        for _ in 0..<200 {
            let v = try #require(Int(try Extra.show("randInt", xi(-2), xi(3))))
            #expect((-2..<3).contains(v))
            seen.insert(String(v))
        }
        #expect(seen.count == 5)
        #expect(try Extra.error("randInt", xi(5), xi(5)) == "invalid argument to Intn")
    }

    @Test func randBytesAndUUID() throws {
        let b = try Extra.show("randBytes", xi(12))
        #expect(b.count == 16)
        #expect(try Extra.show("randBytes", xi(0)) == "")
        #expect(try Extra.error("randBytes", xi(-1)) == "runtime error: makeslice: len out of range")
        let uuid = try Extra.show("uuidv4")
        #expect(try Regexp.compile("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$").matches(uuid))
        #expect(uuid != (try Extra.show("uuidv4")))
    }
}
