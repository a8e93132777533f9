/// scrypt (RFC 7914) over PBKDF2-HMAC-SHA256, as `golang.org/x/crypto/scrypt.Key`; used by
/// `derivePassword`.
enum Scrypt {
    /// PBKDF2-HMAC-SHA256 (RFC 8018).
    static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        var out: [UInt8] = []
        var block: UInt32 = 1
        while out.count < keyLength {
            var u = SHA256.hmac(key: password, message: salt + HashPadding.bigEndian(block))
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    u = SHA256.hmac(key: password, message: u)
                    for i in 0..<t.count { t[i] ^= u[i] }
                }
            }
            out += t
            block += 1
        }
        return Array(out.prefix(keyLength))
    }

    static func key(password: [UInt8], salt: [UInt8], n: Int, r: Int, p: Int, keyLength: Int) -> [UInt8] {
        var b = pbkdf2(password: password, salt: salt, iterations: 1, keyLength: p * 128 * r)
        let words = 32 * r
        var v = [UInt32](repeating: 0, count: words * n)
        var xy = [UInt32](repeating: 0, count: words * 2)
        for i in 0..<p {
            let offset = i * 128 * r
            b.withUnsafeMutableBufferPointer { bytes in
                v.withUnsafeMutableBufferPointer { v in
                    xy.withUnsafeMutableBufferPointer { xy in
                        smix(UnsafeMutableBufferPointer(rebasing: bytes[offset..<(offset + 128 * r)]), r: r, n: n, v: v, xy: xy)
                    }
                }
            }
        }
        return pbkdf2(password: password, salt: b, iterations: 1, keyLength: keyLength)
    }

    private static func smix(_ b: UnsafeMutableBufferPointer<UInt8>, r: Int, n: Int,
                             v: UnsafeMutableBufferPointer<UInt32>, xy: UnsafeMutableBufferPointer<UInt32>) {
        let words = 32 * r
        var tmp = [UInt32](repeating: 0, count: 16)
        let x = UnsafeMutableBufferPointer(rebasing: xy[0..<words])
        let y = UnsafeMutableBufferPointer(rebasing: xy[words..<(2 * words)])
        for i in 0..<words {
            x[i] = UInt32(b[i * 4]) | UInt32(b[i * 4 + 1]) << 8 | UInt32(b[i * 4 + 2]) << 16 | UInt32(b[i * 4 + 3]) << 24
        }
        tmp.withUnsafeMutableBufferPointer { tmp in
            var i = 0
            while i < n {
                for k in 0..<words { v[i * words + k] = x[k] }
                blockMix(tmp, x, y, r)
                for k in 0..<words { v[(i + 1) * words + k] = y[k] }
                blockMix(tmp, y, x, r)
                i += 2
            }
            i = 0
            while i < n {
                var j = Int(x[(2 * r - 1) * 16]) & (n - 1)
                for k in 0..<words { x[k] ^= v[j * words + k] }
                blockMix(tmp, x, y, r)
                j = Int(y[(2 * r - 1) * 16]) & (n - 1)
                for k in 0..<words { y[k] ^= v[j * words + k] }
                blockMix(tmp, y, x, r)
                i += 2
            }
        }
        for i in 0..<words {
            let w = x[i]
            b[i * 4] = UInt8(truncatingIfNeeded: w)
            b[i * 4 + 1] = UInt8(truncatingIfNeeded: w >> 8)
            b[i * 4 + 2] = UInt8(truncatingIfNeeded: w >> 16)
            b[i * 4 + 3] = UInt8(truncatingIfNeeded: w >> 24)
        }
    }

    private static func blockMix(_ tmp: UnsafeMutableBufferPointer<UInt32>, _ input: UnsafeMutableBufferPointer<UInt32>,
                                 _ output: UnsafeMutableBufferPointer<UInt32>, _ r: Int) {
        for k in 0..<16 { tmp[k] = input[(2 * r - 1) * 16 + k] }
        var i = 0
        while i < 2 * r {
            salsaXOR(tmp, input, i * 16, output, i * 8)
            salsaXOR(tmp, input, i * 16 + 16, output, i * 8 + r * 16)
            i += 2
        }
    }

    /// Salsa20/8 of `tmp ^ input[at...]`, written to `output[to...]` and kept in `tmp`.
    private static func salsaXOR(_ tmp: UnsafeMutableBufferPointer<UInt32>, _ input: UnsafeMutableBufferPointer<UInt32>,
                                 _ at: Int, _ output: UnsafeMutableBufferPointer<UInt32>, _ to: Int) {
        var w = [UInt32](repeating: 0, count: 16)
        for k in 0..<16 { w[k] = tmp[k] ^ input[at + k] }
        var x = w
        @inline(__always) func rotl(_ v: UInt32, _ n: UInt32) -> UInt32 { v << n | v >> (32 - n) }
        for _ in 0..<4 {
            x[4] ^= rotl(x[0] &+ x[12], 7); x[8] ^= rotl(x[4] &+ x[0], 9)
            x[12] ^= rotl(x[8] &+ x[4], 13); x[0] ^= rotl(x[12] &+ x[8], 18)
            x[9] ^= rotl(x[5] &+ x[1], 7); x[13] ^= rotl(x[9] &+ x[5], 9)
            x[1] ^= rotl(x[13] &+ x[9], 13); x[5] ^= rotl(x[1] &+ x[13], 18)
            x[14] ^= rotl(x[10] &+ x[6], 7); x[2] ^= rotl(x[14] &+ x[10], 9)
            x[6] ^= rotl(x[2] &+ x[14], 13); x[10] ^= rotl(x[6] &+ x[2], 18)
            x[3] ^= rotl(x[15] &+ x[11], 7); x[7] ^= rotl(x[3] &+ x[15], 9)
            x[11] ^= rotl(x[7] &+ x[3], 13); x[15] ^= rotl(x[11] &+ x[7], 18)
            x[1] ^= rotl(x[0] &+ x[3], 7); x[2] ^= rotl(x[1] &+ x[0], 9)
            x[3] ^= rotl(x[2] &+ x[1], 13); x[0] ^= rotl(x[3] &+ x[2], 18)
            x[6] ^= rotl(x[5] &+ x[4], 7); x[7] ^= rotl(x[6] &+ x[5], 9)
            x[4] ^= rotl(x[7] &+ x[6], 13); x[5] ^= rotl(x[4] &+ x[7], 18)
            x[11] ^= rotl(x[10] &+ x[9], 7); x[8] ^= rotl(x[11] &+ x[10], 9)
            x[9] ^= rotl(x[8] &+ x[11], 13); x[10] ^= rotl(x[9] &+ x[8], 18)
            x[12] ^= rotl(x[15] &+ x[14], 7); x[13] ^= rotl(x[12] &+ x[15], 9)
            x[14] ^= rotl(x[13] &+ x[12], 13); x[15] ^= rotl(x[14] &+ x[13], 18)
        }
        for k in 0..<16 {
            let value = x[k] &+ w[k]
            output[to + k] = value
            tmp[k] = value
        }
    }
}
