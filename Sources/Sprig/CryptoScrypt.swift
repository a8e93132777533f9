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
        @inline(__always) func rotl(_ v: UInt32, _ n: UInt32) -> UInt32 { v << n | v >> (32 - n) }
        let w0 = tmp[0] ^ input[at + 0]
        let w1 = tmp[1] ^ input[at + 1]
        let w2 = tmp[2] ^ input[at + 2]
        let w3 = tmp[3] ^ input[at + 3]
        let w4 = tmp[4] ^ input[at + 4]
        let w5 = tmp[5] ^ input[at + 5]
        let w6 = tmp[6] ^ input[at + 6]
        let w7 = tmp[7] ^ input[at + 7]
        let w8 = tmp[8] ^ input[at + 8]
        let w9 = tmp[9] ^ input[at + 9]
        let w10 = tmp[10] ^ input[at + 10]
        let w11 = tmp[11] ^ input[at + 11]
        let w12 = tmp[12] ^ input[at + 12]
        let w13 = tmp[13] ^ input[at + 13]
        let w14 = tmp[14] ^ input[at + 14]
        let w15 = tmp[15] ^ input[at + 15]
        var x0 = w0, x1 = w1, x2 = w2, x3 = w3, x4 = w4, x5 = w5, x6 = w6, x7 = w7
        var x8 = w8, x9 = w9, x10 = w10, x11 = w11, x12 = w12, x13 = w13, x14 = w14, x15 = w15
        for _ in 0..<4 {
            x4 ^= rotl(x0 &+ x12, 7)
            x8 ^= rotl(x4 &+ x0, 9)
            x12 ^= rotl(x8 &+ x4, 13)
            x0 ^= rotl(x12 &+ x8, 18)
            x9 ^= rotl(x5 &+ x1, 7)
            x13 ^= rotl(x9 &+ x5, 9)
            x1 ^= rotl(x13 &+ x9, 13)
            x5 ^= rotl(x1 &+ x13, 18)
            x14 ^= rotl(x10 &+ x6, 7)
            x2 ^= rotl(x14 &+ x10, 9)
            x6 ^= rotl(x2 &+ x14, 13)
            x10 ^= rotl(x6 &+ x2, 18)
            x3 ^= rotl(x15 &+ x11, 7)
            x7 ^= rotl(x3 &+ x15, 9)
            x11 ^= rotl(x7 &+ x3, 13)
            x15 ^= rotl(x11 &+ x7, 18)
            x1 ^= rotl(x0 &+ x3, 7)
            x2 ^= rotl(x1 &+ x0, 9)
            x3 ^= rotl(x2 &+ x1, 13)
            x0 ^= rotl(x3 &+ x2, 18)
            x6 ^= rotl(x5 &+ x4, 7)
            x7 ^= rotl(x6 &+ x5, 9)
            x4 ^= rotl(x7 &+ x6, 13)
            x5 ^= rotl(x4 &+ x7, 18)
            x11 ^= rotl(x10 &+ x9, 7)
            x8 ^= rotl(x11 &+ x10, 9)
            x9 ^= rotl(x8 &+ x11, 13)
            x10 ^= rotl(x9 &+ x8, 18)
            x12 ^= rotl(x15 &+ x14, 7)
            x13 ^= rotl(x12 &+ x15, 9)
            x14 ^= rotl(x13 &+ x12, 13)
            x15 ^= rotl(x14 &+ x13, 18)
        }
        x0 = x0 &+ w0
        x1 = x1 &+ w1
        x2 = x2 &+ w2
        x3 = x3 &+ w3
        x4 = x4 &+ w4
        x5 = x5 &+ w5
        x6 = x6 &+ w6
        x7 = x7 &+ w7
        x8 = x8 &+ w8
        x9 = x9 &+ w9
        x10 = x10 &+ w10
        x11 = x11 &+ w11
        x12 = x12 &+ w12
        x13 = x13 &+ w13
        x14 = x14 &+ w14
        x15 = x15 &+ w15
        output[to + 0] = x0; output[to + 1] = x1; output[to + 2] = x2; output[to + 3] = x3; output[to + 4] = x4; output[to + 5] = x5; output[to + 6] = x6; output[to + 7] = x7
        output[to + 8] = x8; output[to + 9] = x9; output[to + 10] = x10; output[to + 11] = x11; output[to + 12] = x12; output[to + 13] = x13; output[to + 14] = x14; output[to + 15] = x15
        tmp[0] = x0; tmp[1] = x1; tmp[2] = x2; tmp[3] = x3; tmp[4] = x4; tmp[5] = x5; tmp[6] = x6; tmp[7] = x7
        tmp[8] = x8; tmp[9] = x9; tmp[10] = x10; tmp[11] = x11; tmp[12] = x12; tmp[13] = x13; tmp[14] = x14; tmp[15] = x15
    }
}
