/// An RSA private key (PKCS#1 fields) with key generation and PKCS#1 v1.5 SHA-256 signing.
struct RSAPrivateKey {
    let n: BigUInt
    let e: BigUInt
    let d: BigUInt
    let p: BigUInt
    let q: BigUInt

    /// Generates a key whose modulus has exactly `bits` bits, with e = 65537.
    static func generate(bits: Int) -> RSAPrivateKey {
        let e = BigUInt(65537)
        while true {
            let p = Primes.random(bits: bits - bits / 2)
            let q = Primes.random(bits: bits / 2)
            guard p != q else { continue }
            let one = BigUInt(1)
            let phi = (p - one) * (q - one)
            guard let d = e.inverse(modulo: phi) else { continue }
            let n = p * q
            guard n.bitWidth == bits else { continue }
            return RSAPrivateKey(n: n, e: e, d: d, p: p, q: q)
        }
    }

    /// `RSAPublicKey ::= SEQUENCE { modulus, publicExponent }`.
    var publicKeyDER: [UInt8] { DER.sequence([DER.integer(n), DER.integer(e)]) }

    /// `SubjectPublicKeyInfo` with the rsaEncryption algorithm.
    var subjectPublicKeyInfo: [UInt8] {
        DER.sequence([DER.sequence([DER.oid("1.2.840.113549.1.1.1"), DER.null]), DER.bitString(publicKeyDER)])
    }

    /// PKCS#1 `RSAPrivateKey` DER, as `x509.MarshalPKCS1PrivateKey` writes it.
    var pkcs1DER: [UInt8] {
        let one = BigUInt(1)
        let dp = d % (p - one)
        let dq = d % (q - one)
        let qInv = q.inverse(modulo: p) ?? BigUInt()
        return DER.sequence([DER.integer(0), DER.integer(n), DER.integer(e), DER.integer(d), DER.integer(p),
                             DER.integer(q), DER.integer(dp), DER.integer(dq), DER.integer(qInv)])
    }

    /// PKCS#1 v1.5 signature of a SHA-256 digest.
    func signSHA256(_ message: [UInt8]) -> [UInt8] {
        let digestInfo: [UInt8] = [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                                   0x01, 0x05, 0x00, 0x04, 0x20] + SHA256.hash(message)
        let k = (n.bitWidth + 7) / 8
        let em: [UInt8] = [0x00, 0x01] + [UInt8](repeating: 0xFF, count: k - digestInfo.count - 3) + [0x00] + digestInfo
        return BigUInt(bytes: em).power(d, modulus: n).bytes(length: k)
    }

    /// Parses PKCS#1 `RSAPrivateKey` DER.
    init?(pkcs1 der: [UInt8]) {
        guard let seq = DERReader.element(der, at: 0), seq.tag == 0x30 else { return nil }
        let items = DERReader.children(der, of: seq)
        guard items.count >= 6, items.allSatisfy({ $0.tag == 0x02 }) else { return nil }
        func int(_ i: Int) -> BigUInt { BigUInt(bytes: Array(der[items[i].content])) }
        let (n, p, q) = (int(1), int(4), int(5))
        // The checks Go's key validation makes that our arithmetic relies on.
        guard n.isOdd, n.bitWidth >= 512, p > BigUInt(1), q > BigUInt(1), p * q == n else { return nil }
        self.init(n: n, e: int(2), d: int(3), p: p, q: q)
    }

    init(n: BigUInt, e: BigUInt, d: BigUInt, p: BigUInt, q: BigUInt) {
        self.n = n
        self.e = e
        self.d = d
        self.p = p
        self.q = q
    }
}

/// Probable-prime generation: sieving or trial division by small primes, then Miller–Rabin.
enum Primes {
    static let small: [UInt64] = {
        var sieve = [Bool](repeating: true, count: 4000)
        var out: [UInt64] = []
        for i in 2..<sieve.count where sieve[i] {
            out.append(UInt64(i))
            var j = i * i
            while j < sieve.count {
                sieve[j] = false
                j += i
            }
        }
        return out
    }()

    /// The odd primes below 2^16, which rule out candidates before Miller–Rabin.
    static let sievingPrimes: [UInt64] = {
        var composite = [Bool](repeating: false, count: 1 << 16)
        var out: [UInt64] = []
        for i in 3..<composite.count where i % 2 == 1 && !composite[i] {
            out.append(UInt64(i))
            var j = i * i
            while j < composite.count {
                composite[j] = true
                j += 2 * i
            }
        }
        return out
    }()

    /// A random probable prime with exactly `bits` bits and its top two bits set.
    ///
    /// As in Go's `crypto/rand.Prime`: from a random odd start, candidates step by 2, and the
    /// start's remainders by the odd primes below 2^16, computed once, rule out most of them
    /// without touching the big number. The rest go to Miller–Rabin with as many rounds as
    /// Go's `crypto/rsa` key generation uses (`millerRabinRounds`).
    static func random(bits: Int) -> BigUInt {
        while bits < 32 {
            let candidate = BigUInt.random(bits: bits, topBits: 2, odd: true)
            if isProbablePrime(candidate) { return candidate }
        }
        let rounds = millerRabinRounds(bits: bits)
        while true {
            let start = BigUInt.random(bits: bits, topBits: 2, odd: true)
            let remainders = sievingPrimes.map { remainder(start, $0) }
            var delta: UInt64 = 0
            search: while delta < 1 << 20 {
                defer { delta += 2 }
                for (k, p) in sievingPrimes.enumerated() where (remainders[k] + delta) % p == 0 {
                    continue search
                }
                let candidate = start + BigUInt(delta)
                guard candidate.bitWidth == bits, candidate.bit(bits - 2) else { break }
                if millerRabin(candidate, rounds: rounds) { return candidate }
            }
        }
    }

    /// Miller–Rabin rounds for a prime factor of an RSA key: FIPS 186-5 Table B.1 (a random
    /// candidate passes as prime with probability below 2^-100), the bounds Go's FIPS 140 RSA
    /// key generation uses; 20 below 476 bits.
    static func millerRabinRounds(bits: Int) -> Int {
        if bits >= 3747 { return 3 }
        if bits >= 1345 { return 4 }
        if bits >= 476 { return 5 }
        return 20
    }

    static func remainder(_ n: BigUInt, _ d: UInt64) -> UInt64 {
        var r: UInt64 = 0
        for limb in n.limbs.reversed() { r = d.dividingFullWidth((r, limb)).remainder }
        return r
    }

    static func isProbablePrime(_ n: BigUInt, rounds: Int = 20) -> Bool {
        if n < BigUInt(2) { return false }
        for p in small {
            if n == BigUInt(p) { return true }
            if remainder(n, p) == 0 { return false }
        }
        return millerRabin(n, rounds: rounds)
    }

    /// Miller–Rabin with `rounds` random bases, for an odd `n` with no small factor.
    static func millerRabin(_ n: BigUInt, rounds: Int) -> Bool {
        let one = BigUInt(1)
        let nMinus1 = n - one
        var s = 0
        while !nMinus1.bit(s) { s += 1 }
        let d = nMinus1 >> s
        let mont = Montgomery(modulus: n)
        for _ in 0..<rounds {
            var a = BigUInt.random(bits: n.bitWidth - 1)
            if a < BigUInt(2) { a = BigUInt(2) }
            var x = mont.power(a, d)
            if x == one || x == nMinus1 { continue }
            var witness = true
            for _ in 1..<max(s, 1) {
                x = mont.power(x, BigUInt(2))
                if x == nMinus1 {
                    witness = false
                    break
                }
                if x == one { return false }
            }
            if witness { return false }
        }
        return true
    }
}
