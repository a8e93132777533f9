import GoRuntime
@testable import Sprig
import Testing

/// Key and certificate generation. Output is random, so these are property tests: keys are
/// consistent, certificates parse and their signatures verify with the issuer's key. (helm
/// itself accepted our certificates and keys through buildCustomCert and genSignedCert while
/// this was written; fixtures/cases/sprig-extra/cert_* cover the deterministic parts.)
@Suite struct CryptoCertificateTests {
    static let fixedKey = """
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAwvoFHypOeWO/NOHU2j3lnl8LUL8huyerJSh09EAeJ6m0noy9
bsh2MADXYCVAs2NcZJ/OGFDLd3YeMcnfq00Fhdzu1nnZxjUvIB8HwRSvTZS/yaZJ
SFE+NWNqRlyCDS767D++sFlg+Nx5SDcW9E01efspr/iGLvpUSXX8MJWlnMNafHKn
JdDJcdlybq+essQmLU4Lw98lTa9hgYT9wixk6g+xm1j5GRNMzEfDWeIOtgmUalYS
9H3a6bb81hU5XrkkyODol2e/p7tToKf8vxCrpXT2+IrD8or7BysA4AqnlrwDwQbR
zxVBVeBKjo77Y5vVUE2WaTyF4BAnhWv8DyFzAwIDAQABAoIBABveLtI5XUsLaekY
ktr4uDOj2RMFppVrV5Jxjw8u2kCICJQVgKlEx2PCvbCf0njGww4c1eZy0d91cgkN
a3CUCy3gGgEXcdGF3iz5/RqTUXUbcDLVwilZzLRGd9+uWZD3KI/mPTlTz8DyM6GR
7NrRQvX4OLP5Unsvdib5JqkZEo6ZEHZcp//yQMvQD5ugZCxMzJYPkuQnwF3jgWuC
Iln977ya5oi0yNo3jCMOsSAEL9RsMFXvPMIoEgBze6V5PwpMEcrk/guAS9lDepea
J1l1NLg1S96HV0WGq1PZHY5sm8TXgfc18v/dCZkFID7wGSA0L4mS3UGEVzpX7X1G
yf2QLkkCgYEA/MIFO5/94Ixl9W6Y/sm4xZZJMVIvHBwAfG4nqLurZIqpLBF1qduM
2SRZ5FYO++2HNC4IrdDkONAD018uZFpZ6u3KHHsId5geauV1VtLpX4JxujY+SlAH
cCVUxLhau5x/GSabOJu5991MA+sf8rDabCgzJhm0bUnWNn3+vfIZ0AsCgYEAxXpD
fJZUGnTgLgyldEAy8JtHKkNDu6k3gIQwOoaoYa7J9yBQgMG9LIqvzjAc0ATSB6FD
vhOjy6LW9yuVosHGreuvFor7zA5pHCdvJdp3GpO6am+YCsfoIfth5C9RFUhoDDG9
1Ouyl5dAHdfDzvAvCCu7TzMdi5fryvZpO0eb6+kCgYBYfhFY88Xt9RnJWQRlx/hR
7TEI/I4T2FXvOp3V/IagN8/M5vv8ESr55zk1sU+jsmCwyyEswcL1hRahzWQvrFZo
4wHtAMJRJMgZguaXFFayorfwiwc5+1TvVZKdITJbFwqEoriblCIC/s6bXJmd3X9L
eLOXtk4uKTi/cVNb60RQSwKBgAVVWgFBZiAYy/0yZj2PhlCtQOzJSEkHNvKHn23V
OTL6L4Y3HzV7Bgrv6/ObpQuRNcLy/gtiKGhVi4y9ZpswtJb56I6pTkeilAAoqH3T
OqhDGSPKw8Z2w7Q3P9uT05LJk9XQehoIC5jAgwDLVQR/xCVqWPK4pLGidsHSieEJ
/BIRAoGBAIG5flSvxwQrymPBJUZjybk1oVi3dC6FyMNYEGkcU0gJVlOk7iPjdkvj
YfmyIgXmL0vfNsGKvKjyXtS4wcgV8TJfO4LDFTAvdX5twyCQVaZWtcfwUkpYw/8M
05iv2kjpnD8zjEZwvJUn5tA2ZVN/Ym3MfRalA9mOiWpvjoktRI7C
-----END RSA PRIVATE KEY-----
"""

    /// Verifies the PKCS#1 v1.5 SHA-256 signature of a DER certificate with `issuer`'s public key.
    static func signatureVerifies(_ der: [UInt8], issuer: RSAPrivateKey) -> Bool {
        guard let cert = DERReader.element(der, at: 0) else { return false }
        let parts = DERReader.children(der, of: cert)
        guard parts.count == 3 else { return false }
        let tbs = Array(der[parts[0].start..<parts[0].end])
        let signature = Array(der[parts[2].content].dropFirst())
        let em = BigUInt(bytes: signature).power(issuer.e, modulus: issuer.n).bytes(length: signature.count)
        return Array(em.suffix(32)) == SHA256.hash(tbs) && em.starts(with: [0x00, 0x01, 0xFF])
    }

    @Test func rsaKeyGeneration() throws {
        let key = RSAPrivateKey.generate(bits: 1024)
        #expect(key.n.bitWidth == 1024)
        #expect(key.p * key.q == key.n)
        let one = BigUInt(1)
        #expect((key.e * key.d) % ((key.p - one) * (key.q - one)) == one)
        let pem = PEM.encode(type: "RSA PRIVATE KEY", key.pkcs1DER)
        let parsed = try PrivateKeyPEM.parse(pem)
        #expect(parsed.n == key.n && parsed.d == key.d)
    }

    @Test func primality() {
        #expect(Primes.isProbablePrime(BigUInt(65537)))
        #expect(!Primes.isProbablePrime(BigUInt(65537 * 65539)))
        // 2^127 - 1 is prime, 2^128 + 1 is not.
        #expect(Primes.isProbablePrime((BigUInt(1) << 127) - BigUInt(1)))
        #expect(!Primes.isProbablePrime((BigUInt(1) << 128) + BigUInt(1)))
    }

    @Test func sievedPrimes() {
        for bits in [16, 40, 512] {
            let p = Primes.random(bits: bits)
            #expect(p.bitWidth == bits && p.bit(bits - 2))
            // Checked again with trial division and 20 independent Miller–Rabin rounds.
            #expect(Primes.isProbablePrime(p, rounds: 20))
        }
        #expect(Primes.sievingPrimes.count == 6541 && Primes.sievingPrimes.last == 65521)
        #expect([512, 1024, 1536, 2048, 4096].map { Primes.millerRabinRounds(bits: $0) } == [5, 5, 4, 4, 3])
    }

    @Test func certificatesChainWithFixedKey() throws {
        let key = try PrivateKeyPEM.parse(Self.fixedKey)
        let rendered = try Extra.render("""
            {{- $ca := genCAWithKey "my-ca" 365 .key }}{{ $ca.Cert }}{{ $ca.Key }}
            {{- $c := genSignedCertWithKey "svc" (list "10.0.0.1" "::1") (list "svc") 30 $ca .key }}{{ $c.Cert }}
            """, data: .map(["key": .string(Self.fixedKey)]))
        let blocks = rendered.split(separator: "-----BEGIN ").compactMap { PEM.decode("-----BEGIN " + $0) }
        #expect(blocks.map(\.type) == ["CERTIFICATE", "RSA PRIVATE KEY", "CERTIFICATE"])
        let caDER = blocks[0].der, certDER = blocks[2].der
        #expect(Self.signatureVerifies(caDER, issuer: key))
        #expect(Self.signatureVerifies(certDER, issuer: key))
        let ca = try #require(X509Builder.subjectOf(caDER))
        #expect(ca.keyId?.count == 20)
        let cert = try #require(X509Builder.subjectOf(certDER))
        #expect(cert.name == X509Builder.name("svc"))
        #expect(cert.keyId == nil)
        #expect(rendered.contains(Self.fixedKey))
    }

    @Test func ipAddresses() {
        #expect(IPAddress.parse("10.0.0.1") == [10, 0, 0, 1])
        #expect(IPAddress.parse("::1") == [UInt8](repeating: 0, count: 15) + [1])
        #expect(IPAddress.parse("2001:db8::ff00:42:8329")?.count == 16)
        #expect(IPAddress.parse("::ffff:1.2.3.4")?.suffix(4) == [1, 2, 3, 4])
        for bad in ["1.2.3", "01.2.3.4", "256.1.1.1", "1::2::3", "x", ""] { #expect(IPAddress.parse(bad) == nil, "\(bad)") }
    }

    @Test func deterministicErrors() throws {
        #expect(try Extra.show("genPrivateKey", xs("foo")) == "Unknown type foo")
        #expect(try Extra.error("buildCustomCert", xs("!!"), xs("eA==")) == "unable to decode base64 certificate")
        #expect(try Extra.error("genCAWithKey", xs("x"), xi(1), xs("junk")) == "parsing private key: no PEM data in input")
        let list: Value = .list([xi(5)])
        #expect(try Extra.error("genSelfSignedCertWithKey", xs("x"), list, .nil, xi(1), xs(Self.fixedKey))
                == "error parsing ip: 5 is not a string")
    }
}
