/// bcrypt password hashing as `golang.org/x/crypto/bcrypt.GenerateFromPassword` produces it
/// (`$2a$COST$` + 22-character salt + 31-character hash), over an EksBlowfish key schedule.
enum Bcrypt {
    static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let magic = Array("OrpheanBeholderScryDoubt".utf8)

    struct PasswordTooLong: Error, CustomStringConvertible {
        var description: String { "bcrypt: password length exceeds 72 bytes" }
    }

    /// Hashes `password` with a random 16-byte salt.
    static func hash(_ password: [UInt8], cost: Int = 10) throws -> String {
        if password.count > 72 { throw PasswordTooLong() }
        return hash(password, cost: cost, salt: SecureRandom.bytes(16))
    }

    /// The hash for a given raw salt (deterministic; used by tests).
    static func hash(_ password: [UInt8], cost: Int, salt: [UInt8]) -> String {
        let encodedSalt = encode(salt)
        let key = password + [0]
        let cipher = Blowfish(key: key, salt: salt)
        let rounds = 1 << cost
        for _ in 0..<rounds {
            cipher.expand(key)
            cipher.expand(salt)
        }
        var data = magic
        for i in stride(from: 0, to: 24, by: 8) {
            var l = word(data, i), r = word(data, i + 4)
            for _ in 0..<64 { (l, r) = cipher.encrypt(l, r) }
            put(&data, i, l)
            put(&data, i + 4, r)
        }
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$" + costText + "$" + String(decoding: encodedSalt, as: UTF8.self)
            + String(decoding: encode(Array(data[0..<23])), as: UTF8.self)
    }

    static func word(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    static func put(_ b: inout [UInt8], _ i: Int, _ w: UInt32) {
        b[i] = UInt8(w >> 24)
        b[i + 1] = UInt8(truncatingIfNeeded: w >> 16)
        b[i + 2] = UInt8(truncatingIfNeeded: w >> 8)
        b[i + 3] = UInt8(truncatingIfNeeded: w)
    }

    /// Base64 with bcrypt's alphabet and no padding.
    static func encode(_ src: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < src.count {
            let remain = src.count - i
            let v = UInt32(src[i]) << 16 | (remain > 1 ? UInt32(src[i + 1]) << 8 : 0) | (remain > 2 ? UInt32(src[i + 2]) : 0)
            out.append(alphabet[Int(v >> 18 & 0x3F)])
            out.append(alphabet[Int(v >> 12 & 0x3F)])
            if remain > 1 { out.append(alphabet[Int(v >> 6 & 0x3F)]) }
            if remain > 2 { out.append(alphabet[Int(v & 0x3F)]) }
            i += 3
        }
        return out
    }
}

/// The Blowfish cipher state with bcrypt's salted key expansion (`x/crypto/blowfish`).
final class Blowfish {
    private var p: [UInt32]
    private var s: [UInt32]

    /// `NewSaltedCipher`: the pi tables, then `expandKeyWithSalt`.
    init(key: [UInt8], salt: [UInt8]) {
        p = BlowfishTables.p
        s = BlowfishTables.s0 + BlowfishTables.s1 + BlowfishTables.s2 + BlowfishTables.s3
        var j = 0
        for i in 0..<18 { p[i] ^= Blowfish.nextWord(key, &j) }
        j = 0
        var l: UInt32 = 0, r: UInt32 = 0
        for i in stride(from: 0, to: 18, by: 2) {
            l ^= Blowfish.nextWord(salt, &j)
            r ^= Blowfish.nextWord(salt, &j)
            (l, r) = encrypt(l, r)
            p[i] = l
            p[i + 1] = r
        }
        for i in stride(from: 0, to: 1024, by: 2) {
            l ^= Blowfish.nextWord(salt, &j)
            r ^= Blowfish.nextWord(salt, &j)
            (l, r) = encrypt(l, r)
            s[i] = l
            s[i + 1] = r
        }
    }

    static func nextWord(_ b: [UInt8], _ pos: inout Int) -> UInt32 {
        var w: UInt32 = 0
        for _ in 0..<4 {
            w = w << 8 | UInt32(b[pos])
            pos += 1
            if pos >= b.count { pos = 0 }
        }
        return w
    }

    /// `ExpandKey`: the unsalted key schedule step repeated `2^cost` times.
    func expand(_ key: [UInt8]) {
        var j = 0
        for i in 0..<18 { p[i] ^= Blowfish.nextWord(key, &j) }
        var l: UInt32 = 0, r: UInt32 = 0
        for i in stride(from: 0, to: 18, by: 2) {
            (l, r) = encrypt(l, r)
            p[i] = l
            p[i + 1] = r
        }
        for i in stride(from: 0, to: 1024, by: 2) {
            (l, r) = encrypt(l, r)
            s[i] = l
            s[i + 1] = r
        }
    }

    /// One 64-bit block through the 16 Feistel rounds.
    func encrypt(_ l: UInt32, _ r: UInt32) -> (UInt32, UInt32) {
        s.withUnsafeBufferPointer { s in
            p.withUnsafeBufferPointer { p in
                @inline(__always)
                func f(_ x: UInt32) -> UInt32 {
                    ((s[Int(x >> 24)] &+ s[256 + Int(x >> 16 & 0xFF)]) ^ s[512 + Int(x >> 8 & 0xFF)]) &+ s[768 + Int(x & 0xFF)]
                }
                var xl = l ^ p[0]
                var xr = r
                var i = 1
                while i < 17 {
                    xr ^= f(xl) ^ p[i]
                    xl ^= f(xr) ^ p[i + 1]
                    i += 2
                }
                xr ^= p[17]
                return (xr, xl)
            }
        }
    }
}
