extension BigUInt {
    /// Quotient and remainder by Knuth's long division (TAOCP vol. 2, 4.3.1, Algorithm D) on
    /// 64-bit limbs; division by zero gives `(0, self)`.
    func quotientAndRemainder(dividingBy d: BigUInt) -> (BigUInt, BigUInt) {
        if d.isZero || self < d { return (BigUInt(), self) }
        let n = d.limbs.count
        if n == 1 {
            let divisor = d.limbs[0]
            var q = [UInt64](repeating: 0, count: limbs.count)
            var r: UInt64 = 0
            for i in stride(from: limbs.count - 1, through: 0, by: -1) {
                (q[i], r) = divisor.dividingFullWidth((r, limbs[i]))
            }
            return (BigUInt(limbs: q), BigUInt(r))
        }
        // Normalize so the divisor's top limb has its high bit set.
        let shift = d.limbs[n - 1].leadingZeroBitCount
        let v = BigUInt.shiftedLimbs(d.limbs, by: shift, extra: false)
        var u = BigUInt.shiftedLimbs(limbs, by: shift, extra: true)
        let m = limbs.count - n
        var q = [UInt64](repeating: 0, count: m + 1)
        let base = UInt128(UInt64.max) + 1
        let vTop = UInt128(v[n - 1]), vNext = UInt128(v[n - 2])
        for j in stride(from: m, through: 0, by: -1) {
            // Estimate the quotient limb from the top two limbs, then correct it (at most twice).
            let top = UInt128(u[j + n]) << 64 | UInt128(u[j + n - 1])
            var qhat = top / vTop
            var rhat = top % vTop
            while qhat >= base || qhat * vNext > (rhat << 64 | UInt128(u[j + n - 2])) {
                qhat -= 1
                rhat += vTop
                if rhat >= base { break }
            }
            // u[j...j+n] -= qhat * v
            let digit = UInt64(truncatingIfNeeded: qhat)
            var carry: UInt64 = 0, borrow: UInt64 = 0
            for i in 0..<n {
                let (hi, lo) = digit.multipliedFullWidth(by: v[i])
                let (product, c) = lo.addingReportingOverflow(carry)
                carry = hi &+ (c ? 1 : 0)
                let (t1, b1) = u[i + j].subtractingReportingOverflow(product)
                let (t2, b2) = t1.subtractingReportingOverflow(borrow)
                u[i + j] = t2
                borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
            }
            let (t1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (t2, b2) = t1.subtractingReportingOverflow(borrow)
            u[j + n] = t2
            q[j] = digit
            if b1 || b2 {
                // Subtracted one divisor too many: add it back.
                q[j] = digit &- 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                }
                u[j + n] = u[j + n] &+ c
            }
        }
        let remainder = BigUInt(limbs: Array(u[0..<n])) >> shift
        return (BigUInt(limbs: q), remainder)
    }

    /// `limbs` shifted left by `shift` (< 64) bits; with `extra`, one more limb for the overflow.
    private static func shiftedLimbs(_ limbs: [UInt64], by shift: Int, extra: Bool) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: limbs.count + (extra ? 1 : 0))
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            out[i] = shift == 0 ? limbs[i] : limbs[i] << UInt64(shift) | carry
            carry = shift == 0 ? 0 : limbs[i] >> UInt64(64 - shift)
        }
        if extra { out[limbs.count] = carry }
        return out
    }
}
