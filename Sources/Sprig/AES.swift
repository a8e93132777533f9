/// AES (FIPS-197) block cipher with CBC mode, for Sprig's `encryptAES`/`decryptAES`.
/// Table-free byte-oriented implementation; the S-box is derived at start-up.
struct AES {
    static let sbox: [UInt8] = {
        var box = [UInt8](repeating: 0, count: 256)
        var p: UInt8 = 1, q: UInt8 = 1
        repeat {
            // p := p * 3; q := q / 3 in GF(2^8)
            p = p ^ (p << 1) ^ (p & 0x80 != 0 ? 0x1B : 0)
            q ^= q << 1
            q ^= q << 2
            q ^= q << 4
            if q & 0x80 != 0 { q ^= 0x09 }
            let x = q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4)
            box[Int(p)] = x ^ 0x63
        } while p != 1
        box[0] = 0x63
        return box
    }()

    static let inverseSbox: [UInt8] = {
        var inv = [UInt8](repeating: 0, count: 256)
        for (i, v) in sbox.enumerated() { inv[Int(v)] = UInt8(i) }
        return inv
    }()

    static func rotl(_ x: UInt8, _ n: UInt8) -> UInt8 { x << n | x >> (8 - n) }

    static func xtime(_ x: UInt8) -> UInt8 { (x << 1) ^ (x & 0x80 != 0 ? 0x1B : 0) }

    static func mul(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, r: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { r ^= a }
            a = xtime(a)
            b >>= 1
        }
        return r
    }

    let roundKeys: [UInt8]
    let rounds: Int

    /// Key expansion for a 16, 24 or 32-byte key.
    init(key: [UInt8]) {
        let nk = key.count / 4
        rounds = nk + 6
        var w = key
        var rcon: UInt8 = 1
        var i = nk
        while i < 4 * (rounds + 1) {
            var t = Array(w[(w.count - 4)...])
            if i % nk == 0 {
                t = [AES.sbox[Int(t[1])] ^ rcon, AES.sbox[Int(t[2])], AES.sbox[Int(t[3])], AES.sbox[Int(t[0])]]
                rcon = AES.xtime(rcon)
            } else if nk > 6 && i % nk == 4 {
                t = t.map { AES.sbox[Int($0)] }
            }
            let base = (i - nk) * 4
            for k in 0..<4 { w.append(w[base + k] ^ t[k]) }
            i += 1
        }
        roundKeys = w
    }

    func addRoundKey(_ s: inout [UInt8], _ round: Int) {
        for i in 0..<16 { s[i] ^= roundKeys[round * 16 + i] }
    }

    func encryptBlock(_ input: [UInt8]) -> [UInt8] {
        var s = input
        addRoundKey(&s, 0)
        for round in 1...rounds {
            s = s.map { AES.sbox[Int($0)] }
            s = [s[0], s[5], s[10], s[15], s[4], s[9], s[14], s[3], s[8], s[13], s[2], s[7], s[12], s[1], s[6], s[11]]
            if round != rounds {
                for c in 0..<4 {
                    let a = Array(s[(c * 4)..<(c * 4 + 4)])
                    s[c * 4] = AES.mul(a[0], 2) ^ AES.mul(a[1], 3) ^ a[2] ^ a[3]
                    s[c * 4 + 1] = a[0] ^ AES.mul(a[1], 2) ^ AES.mul(a[2], 3) ^ a[3]
                    s[c * 4 + 2] = a[0] ^ a[1] ^ AES.mul(a[2], 2) ^ AES.mul(a[3], 3)
                    s[c * 4 + 3] = AES.mul(a[0], 3) ^ a[1] ^ a[2] ^ AES.mul(a[3], 2)
                }
            }
            addRoundKey(&s, round)
        }
        return s
    }

    func decryptBlock(_ input: [UInt8]) -> [UInt8] {
        var s = input
        addRoundKey(&s, rounds)
        for round in stride(from: rounds - 1, through: 0, by: -1) {
            s = [s[0], s[13], s[10], s[7], s[4], s[1], s[14], s[11], s[8], s[5], s[2], s[15], s[12], s[9], s[6], s[3]]
            s = s.map { AES.inverseSbox[Int($0)] }
            addRoundKey(&s, round)
            if round != 0 {
                for c in 0..<4 {
                    let a = Array(s[(c * 4)..<(c * 4 + 4)])
                    s[c * 4] = AES.mul(a[0], 14) ^ AES.mul(a[1], 11) ^ AES.mul(a[2], 13) ^ AES.mul(a[3], 9)
                    s[c * 4 + 1] = AES.mul(a[0], 9) ^ AES.mul(a[1], 14) ^ AES.mul(a[2], 11) ^ AES.mul(a[3], 13)
                    s[c * 4 + 2] = AES.mul(a[0], 13) ^ AES.mul(a[1], 9) ^ AES.mul(a[2], 14) ^ AES.mul(a[3], 11)
                    s[c * 4 + 3] = AES.mul(a[0], 11) ^ AES.mul(a[1], 13) ^ AES.mul(a[2], 9) ^ AES.mul(a[3], 14)
                }
            }
        }
        return s
    }

    /// CBC encryption of whole blocks.
    func encryptCBC(_ data: [UInt8], iv: [UInt8]) -> [UInt8] {
        var previous = iv
        var out: [UInt8] = []
        for start in stride(from: 0, to: data.count, by: 16) {
            let block = zip(data[start..<(start + 16)], previous).map { $0 ^ $1 }
            previous = encryptBlock(block)
            out += previous
        }
        return out
    }

    /// CBC decryption of whole blocks.
    func decryptCBC(_ data: [UInt8], iv: [UInt8]) -> [UInt8] {
        var previous = iv
        var out: [UInt8] = []
        for start in stride(from: 0, to: data.count, by: 16) {
            let block = Array(data[start..<(start + 16)])
            out += zip(decryptBlock(block), previous).map { $0 ^ $1 }
            previous = block
        }
        return out
    }
}
