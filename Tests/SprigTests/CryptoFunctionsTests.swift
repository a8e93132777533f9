import GoRuntime
@testable import Sprig
import Testing

/// AES, bcrypt and derivePassword. Ciphertexts and hashes below were produced by helm v4.3.1.
@Suite struct CryptoFunctionsTests {
    @Test func decryptsHelmCiphertext() throws {
        #expect(try Extra.show("decryptAES", xs("secretkey"), xs("BMWgA195HGU9NcNxOhKAWUiBZC6Cr0CaT4x53ArSVM0=")) == "hello world")
    }

    /// Property: encryption is random (fresh IV) and decryption inverts it, for any key length.
    @Test func aesRoundTrip() throws {
        for key in ["", "k", "exactly-thirty-two-bytes-long!!!", "a-very-long-password-longer-than-32-bytes!"] {
            for text in ["x", "0123456789abcdef", "round trip ✓ with a longer text spanning blocks"] {
                let a = try Extra.show("encryptAES", xs(key), xs(text))
                let b = try Extra.show("encryptAES", xs(key), xs(text))
                #expect(a != b)
                #expect(try Extra.show("decryptAES", xs(key), xs(a)) == text)
            }
        }
        #expect(try Extra.show("encryptAES", xs("k"), xs("")) == "")
    }

    /// FIPS-197 appendix C.3 (AES-256) known answer.
    @Test func aesKnownAnswer() {
        let key = (0..<32).map { UInt8($0) }
        let plain: [UInt8] = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]
        let cipher = AES(key: key).encryptBlock(plain)
        #expect(HashPadding.hex(cipher) == "8ea2b7ca516745bfeafc49904b496089")
        #expect(AES(key: key).decryptBlock(cipher) == plain)
    }

    @Test func decryptErrors() throws {
        #expect(try Extra.error("decryptAES", xs("k"), xs("!!")) == "illegal base64 data at input byte 0")
        #expect(try Extra.error("decryptAES", xs("k"), xs("YWJj")) == "runtime error: slice bounds out of range [:16] with capacity 3")
        #expect(try Extra.error("decryptAES", xs("k"), xs("MDEyMzQ1Njc4OWFiY2RlZg==")) == "runtime error: index out of range [-1]")
        #expect(try Extra.error("decryptAES", xs("k"), xs("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZQ=="))
                == "crypto/cipher: input not full blocks")
    }

    /// helm printed `user:$2a$10$.k2m0wxwoXSyUJbSp4qpY.jF.t0e1PGW5aHrYSwO9IQjuhnGwe0qO` for
    /// `htpasswd "user" "pass"`: with the same salt our bcrypt must give the same hash.
    @Test func bcryptMatchesHelmForSameSalt() throws {
        let helm = "$2a$10$.k2m0wxwoXSyUJbSp4qpY.jF.t0e1PGW5aHrYSwO9IQjuhnGwe0qO"
        let encodedSalt = Array(helm.utf8)[7..<29]
        var bits: UInt32 = 0, count = 0
        var salt: [UInt8] = []
        for c in encodedSalt {
            let index = try #require(Bcrypt.alphabet.firstIndex(of: c))
            bits = bits << 6 | UInt32(index)
            count += 6
            if count >= 8 {
                count -= 8
                salt.append(UInt8(truncatingIfNeeded: bits >> UInt32(count)))
            }
        }
        #expect(salt.count == 16)
        #expect(Bcrypt.hash(Array("pass".utf8), cost: 10, salt: salt) == helm)
    }

    @Test func htpasswdShapeAndErrors() throws {
        let line = try Extra.show("htpasswd", xs("user"), xs("pass"))
        #expect(line.hasPrefix("user:$2a$10$") && line.count == 65)
        #expect(try Extra.show("htpasswd", xs("us:er"), xs("pass")) == "invalid username: us:er")
        #expect(try Extra.show("htpasswd", xs("u"), xs(String(repeating: "a", count: 73)))
                == "u:failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes")
    }

    @Test func derivePassword() throws {
        #expect(try Extra.show("derivePassword", xi(1), xs("long"), xs("password"), xs("user"), xs("example.com")) == "ZedaFaxcZaso9*")
        #expect(try Extra.show("derivePassword", xi(3), xs("foo"), xs("a"), xs("b"), xs("c")) == "cannot find password template foo")
    }

    @Test func dsaAndEcdsaKeysAreReportedAsUnsupported() throws {
        #expect(try Extra.error("genPrivateKey", xs("dsa"))?.contains("not supported") == true)
        #expect(try Extra.error("genPrivateKey", xs("ecdsa"))?.contains("not supported") == true)
    }
}
