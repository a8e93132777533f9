import Testing
@testable import Sprig

/// Long division: quotient and remainder satisfy a = q·b + r with r < b, against values
/// checked by hand and random operands of many sizes (including divisors whose top limb
/// needs no normalizing shift and quotient limbs that need the add-back step).
struct BigUIntDivisionTests {
    @Test func knownQuotients() {
        let a = (BigUInt(1) << 200) + BigUInt(12345)
        let (q, r) = a.quotientAndRemainder(dividingBy: BigUInt(1) << 100)
        #expect(q == BigUInt(1) << 100 && r == BigUInt(12345))
        let (q1, r1) = BigUInt(100).quotientAndRemainder(dividingBy: BigUInt(7))
        #expect(q1 == BigUInt(14) && r1 == BigUInt(2))
        let (q0, r0) = BigUInt(5).quotientAndRemainder(dividingBy: BigUInt())
        #expect(q0.isZero && r0 == BigUInt(5))
        // Divisor with its top bit set and an all-ones dividend: the estimate overshoots.
        let allOnes = (BigUInt(1) << 256) - BigUInt(1)
        let divisor = (BigUInt(1) << 127) + BigUInt(1)
        let (q2, r2) = allOnes.quotientAndRemainder(dividingBy: divisor)
        #expect(q2 * divisor + r2 == allOnes && r2 < divisor)
    }

    @Test func randomOperands() {
        for _ in 0..<300 {
            let a = BigUInt.random(bits: Int.random(in: 1...2100))
            var b = BigUInt.random(bits: Int.random(in: 1...1100))
            if b.isZero { b = BigUInt(3) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(r < b)
        }
    }
}
