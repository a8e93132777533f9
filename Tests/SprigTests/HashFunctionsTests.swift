import GoRuntime
import Testing

/// Checksums; expectations from helm v4.3.1 (fixtures/cases/sprig-extra/hash_*).
@Suite struct HashFunctionsTests {
    static let long = "héllo wörld 0123456789012345678901234567890123456789012345678901234567890123456789"

    @Test func sha1() throws {
        #expect(try Extra.show("sha1sum", xs("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(try Extra.show("sha1sum", xs("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(try Extra.show("sha1sum", xs("The quick brown fox jumps over the lazy dog, again and again and again and again"))
                == "36d69c4fdfd62e5cd71d5409bc8b512da86f221f")
    }

    @Test func sha256() throws {
        #expect(try Extra.show("sha256sum", xs("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try Extra.show("sha256sum", xs("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try Extra.show("sha256sum", xs(Self.long)) == "1848ff2cbceab27ecb759ec0bc5bb050eacb7f2d2755b9dcfd35eff13fc260df")
    }

    @Test func sha512() throws {
        #expect(try Extra.show("sha512sum", xs(""))
                == "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
        #expect(try Extra.show("sha512sum", xs("abc"))
                == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    }

    @Test func adler32() throws {
        let cases = ["": "1", "abc": "38600999", "Wikipedia": "300286872", Self.long: "4211545321"]
        for (input, output) in cases { #expect(try Extra.show("adler32sum", xs(input)) == output, "\(input)") }
    }
}
