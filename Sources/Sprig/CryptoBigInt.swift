internal import CBigNum

/// An arbitrary-precision unsigned integer (little-endian 64-bit limbs, no leading zero limbs),
/// with the arithmetic RSA key and certificate generation needs.
struct BigUInt: Comparable {
    var limbs: [UInt64]

    init(_ v: UInt64 = 0) { limbs = v == 0 ? [] : [v] }

    init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    /// From big-endian bytes.
    init(bytes: [UInt8]) {
        var out: [UInt64] = []
        var i = bytes.count
        while i > 0 {
            let start = max(0, i - 8)
            var v: UInt64 = 0
            for b in bytes[start..<i] { v = v << 8 | UInt64(b) }
            out.append(v)
            i = start
        }
        self.init(limbs: out)
    }

    mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// Big-endian bytes, left-padded to `length`.
    func bytes(length: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        for limb in limbs.reversed() {
            for k in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: limb >> UInt64(k))) }
        }
        while let first = out.first, first == 0 { out.removeFirst() }
        if out.count < length { out = [UInt8](repeating: 0, count: length - out.count) + out }
        return out
    }

    var isZero: Bool { limbs.isEmpty }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return (limbs.count - 1) * 64 + (64 - last.leadingZeroBitCount)
    }

    func bit(_ i: Int) -> Bool {
        let limb = i / 64
        return limb < limbs.count && (limbs[limb] >> UInt64(i % 64)) & 1 == 1
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = [UInt64](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<(out.count - 1) {
            let x = i < a.limbs.count ? a.limbs[i] : 0
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[out.count - 1] = carry
        return BigUInt(limbs: out)
    }

    /// `a - b` for `a >= b`.
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return BigUInt(limbs: out)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            for j in 0..<b.limbs.count {
                let (hi, lo) = a.limbs[i].multipliedFullWidth(by: b.limbs[j])
                let (s1, o1) = out[i + j].addingReportingOverflow(lo)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.limbs.count] = carry
        }
        return BigUInt(limbs: out)
    }

    static func << (a: BigUInt, n: Int) -> BigUInt {
        if a.isZero || n == 0 { return a }
        let words = n / 64, bits = UInt64(n % 64)
        var out = [UInt64](repeating: 0, count: a.limbs.count + words + 1)
        for i in 0..<a.limbs.count {
            out[i + words] |= a.limbs[i] << bits
            if bits > 0 { out[i + words + 1] |= a.limbs[i] >> (64 - bits) }
        }
        return BigUInt(limbs: out)
    }

    static func >> (a: BigUInt, n: Int) -> BigUInt {
        let words = n / 64, bits = UInt64(n % 64)
        guard words < a.limbs.count else { return BigUInt() }
        var out = [UInt64](repeating: 0, count: a.limbs.count - words)
        for i in 0..<out.count {
            out[i] = a.limbs[i + words] >> bits
            if bits > 0 && i + words + 1 < a.limbs.count { out[i] |= a.limbs[i + words + 1] << (64 - bits) }
        }
        return BigUInt(limbs: out)
    }

    static func % (a: BigUInt, m: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: m).1 }

    /// `self^e mod m` for odd `m` (Montgomery multiplication); 0 for an even modulus.
    func power(_ e: BigUInt, modulus m: BigUInt) -> BigUInt {
        guard m.isOdd else { return BigUInt() }
        return Montgomery(modulus: m).power(self % m, e)
    }

    /// The inverse of `self` modulo `m`, or nil when they are not coprime.
    func inverse(modulo m: BigUInt) -> BigUInt? {
        // Extended Euclid with coefficients kept as (magnitude, negative).
        var oldR = self % m, r = m
        var oldS = (BigUInt(1), false), s = (BigUInt(), false)
        while !r.isZero {
            let (q, rem) = oldR.quotientAndRemainder(dividingBy: r)
            (oldR, r) = (r, rem)
            let qs = (q * s.0, s.1)
            let next = BigUInt.signedSubtract(oldS, qs)
            (oldS, s) = (s, next)
        }
        guard oldR == BigUInt(1) else { return nil }
        let (magnitude, negative) = oldS
        let reduced = magnitude % m
        return negative && !reduced.isZero ? m - reduced : reduced
    }

    private static func signedSubtract(_ a: (BigUInt, Bool), _ b: (BigUInt, Bool)) -> (BigUInt, Bool) {
        if a.1 != b.1 { return (a.0 + b.0, a.1) }
        if a.0 < b.0 { return (b.0 - a.0, !a.1) }
        return (a.0 - b.0, a.1)
    }

    /// A uniformly random number with exactly `bits` bits when `topBits` forces the high bits.
    static func random(bits: Int, topBits: Int = 0, odd: Bool = false) -> BigUInt {
        var bytes = SecureRandom.bytes((bits + 7) / 8)
        let excess = bytes.count * 8 - bits
        bytes[0] &= UInt8(0xFF >> excess)
        var n = BigUInt(bytes: bytes)
        for k in 0..<topBits { n = n.setting(bit: bits - 1 - k) }
        if odd { n = n.setting(bit: 0) }
        return n
    }

    func setting(bit i: Int) -> BigUInt {
        var l = limbs
        while l.count <= i / 64 { l.append(0) }
        l[i / 64] |= 1 << UInt64(i % 64)
        return BigUInt(limbs: l)
    }
}

/// Montgomery arithmetic modulo an odd number, allocation-free in the inner loops.
struct Montgomery {
    let m: [UInt64]
    let n: Int
    let mInv: UInt64  // -m^-1 mod 2^64
    let r2: BigUInt   // R^2 mod m

    init(modulus: BigUInt) {
        m = modulus.limbs
        n = m.count
        var inv: UInt64 = 1
        for _ in 0..<6 { inv = inv &* (2 &- m[0] &* inv) }
        mInv = 0 &- inv
        r2 = Montgomery.doubling(modulus.limbs, times: 128 * modulus.limbs.count)
    }

    /// `2^times mod m` by repeated modular doubling (in place, no division).
    static func doubling(_ m: [UInt64], times: Int) -> BigUInt {
        let n = m.count
        var x = [UInt64](repeating: 0, count: n)
        x[0] = 1
        for _ in 0..<times {
            var carry: UInt64 = 0
            for j in 0..<n {
                let next = x[j] >> 63
                x[j] = x[j] << 1 | carry
                carry = next
            }
            var geq = carry != 0
            if !geq {
                geq = true
                for j in stride(from: n - 1, through: 0, by: -1) where x[j] != m[j] {
                    geq = x[j] > m[j]
                    break
                }
            }
            if geq {
                var borrow: UInt64 = 0
                for j in 0..<n {
                    let (d1, o1) = x[j].subtractingReportingOverflow(m[j])
                    let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                    x[j] = d2
                    borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                }
            }
        }
        return BigUInt(limbs: x)
    }

    /// `out = a * b * R^-1 mod m`; `t` is scratch space of `n + 2` limbs (C: `CBigNum`).
    @inline(__always)
    static func multiply(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ out: UnsafeMutablePointer<UInt64>,
                         _ t: UnsafeMutablePointer<UInt64>, _ m: UnsafePointer<UInt64>, _ n: Int, _ mInv: UInt64) {
        rudder_montgomery_multiply(a, b, out, t, m, n, mInv)
    }

    private func padded(_ a: BigUInt) -> [UInt64] { a.limbs + [UInt64](repeating: 0, count: n - a.limbs.count) }

    /// `base^e mod m` for `base < m` (fixed 4-bit window).
    func power(_ base: BigUInt, _ e: BigUInt) -> BigUInt {
        let n = self.n, mInv = self.mInv
        var table = [UInt64](repeating: 0, count: 16 * n)
        var acc = [UInt64](repeating: 0, count: n)
        var tmp = [UInt64](repeating: 0, count: n)
        var scratch = [UInt64](repeating: 0, count: n + 2)
        let one = padded(BigUInt(1))
        let r2 = padded(self.r2)
        let b = padded(base)
        m.withUnsafeBufferPointer { mp in
            table.withUnsafeMutableBufferPointer { tp in
                acc.withUnsafeMutableBufferPointer { ap in
                    tmp.withUnsafeMutableBufferPointer { xp in
                        scratch.withUnsafeMutableBufferPointer { sp in
                            guard let m = mp.baseAddress, let table = tp.baseAddress, let acc = ap.baseAddress,
                                  let tmp = xp.baseAddress, let t = sp.baseAddress else { return }
                            // table[k] = base^k in Montgomery form
                            Montgomery.multiply(one, r2, table, t, m, n, mInv)
                            Montgomery.multiply(b, r2, table + n, t, m, n, mInv)
                            for k in 2..<16 {
                                Montgomery.multiply(table + (k - 1) * n, table + n, table + k * n, t, m, n, mInv)
                            }
                            acc.update(from: table, count: n)
                            let bits = e.bitWidth
                            var i = ((bits + 3) / 4) * 4 - 4
                            while i >= 0 {
                                for _ in 0..<4 {
                                    Montgomery.multiply(acc, acc, tmp, t, m, n, mInv)
                                    acc.update(from: tmp, count: n)
                                }
                                var window = 0
                                for k in 0..<4 where e.bit(i + k) { window |= 1 << k }
                                if window != 0 {
                                    Montgomery.multiply(acc, table + window * n, tmp, t, m, n, mInv)
                                    acc.update(from: tmp, count: n)
                                }
                                i -= 4
                            }
                            Montgomery.multiply(acc, one, tmp, t, m, n, mInv)
                        }
                    }
                }
            }
        }
        return BigUInt(limbs: tmp)
    }
}
