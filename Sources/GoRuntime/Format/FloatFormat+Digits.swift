#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FloatFormat {
    /// Shortest round-trip digits, taken from Swift's own shortest formatting (which, like
    /// Go's Ryu, picks the closest of the shortest candidates).
    static func shortestDigits(_ magnitude: Double) -> Digits {
        if magnitude == 0 { return Digits(digits: [], decimalPoint: 0) }
        var mantissa: [UInt8] = []
        mantissa.reserveCapacity(20)
        var pointIndex = -1
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for c in magnitude.description.utf8 {
            if inExponent {
                if c == UInt8(ascii: "-") {
                    exponentSign = -1
                } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    exponent = exponent * 10 + Int(c - UInt8(ascii: "0"))
                }
            } else if c == UInt8(ascii: ".") {
                pointIndex = mantissa.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                inExponent = true
            } else {
                mantissa.append(c)
            }
        }
        var decimalPoint = (pointIndex < 0 ? mantissa.count : pointIndex) + exponentSign * exponent
        var start = 0
        while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var end = mantissa.count
        while end > start && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == 0 && end == mantissa.count { return Digits(digits: mantissa, decimalPoint: decimalPoint) }
        return Digits(digits: Array(mantissa[start..<end]), decimalPoint: decimalPoint)
    }

    /// Digits correctly rounded (half to even on the exact binary value) to `significant` digits.
    static func roundedDigits(_ magnitude: Double, significant: Int) -> Digits {
        let n = max(significant, 1)
        if magnitude == 0 { return Digits(digits: [], decimalPoint: 0) }
        let shortest = shortestDigits(magnitude)
        if let rounded = roundShortest(shortest, magnitude, place: shortest.decimalPoint - n) {
            return rounded
        }
        let text = cFormat(magnitude, "e", n - 1).utf8  // d.ddddde±XX
        var mantissa: [UInt8] = []
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for c in text {
            if inExponent {
                if c == UInt8(ascii: "-") {
                    exponentSign = -1
                } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    exponent = exponent * 10 + Int(c - UInt8(ascii: "0"))
                }
            } else if c == UInt8(ascii: "e") {
                inExponent = true
            } else if c != UInt8(ascii: ".") {
                mantissa.append(c)
            }
        }
        var end = mantissa.count
        while end > 0 && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return Digits(digits: Array(mantissa[0..<end]), decimalPoint: exponentSign * exponent + 1)
    }

    /// The value rounded to a multiple of 10^place, from its shortest digits, or nil when only
    /// an exact conversion can decide (see `roundShortest(_:_:place:)`).
    static func roundedShortest(_ magnitude: Double, place: Int) -> Digits? {
        if magnitude == 0 { return Digits(digits: [], decimalPoint: 0) }
        return roundShortest(shortestDigits(magnitude), magnitude, place: place)
    }

    /// Rounds the shortest digits `d` of `magnitude` to a multiple of 10^place, when that is
    /// provably the same as rounding the exact binary value:
    /// - if `d` needs no rounding, the exact value must lie within half a unit of the place,
    ///   which holds when the value's ulp is below 10^place;
    /// - otherwise no rounding midpoint can lie between the exact value and `d` (it would be a
    ///   closer representation no longer than `d`), unless `d` is itself the midpoint (its
    ///   dropped tail is exactly "5"): that case is left to the exact conversion.
    static func roundShortest(_ d: Digits, _ magnitude: Double, place: Int) -> Digits? {
        let keep = d.decimalPoint - place  // number of digits that stay
        if d.digits.count <= keep {
            guard place >= -22 && place <= 22 else { return nil }
            let fits = place >= 0
                ? magnitude.ulp < powersOfTen[place]
                : magnitude.ulp * powersOfTen[-place] < 1
            return fits ? d : nil
        }
        if d.digits.count == keep + 1 && d.digits[keep] == UInt8(ascii: "5") { return nil }
        if keep < 0 { return Digits(digits: [], decimalPoint: 0) }
        var digits = Array(d.digits[0..<keep])
        var decimalPoint = d.decimalPoint
        if d.digits[keep] >= UInt8(ascii: "5") {
            var i = keep - 1
            while i >= 0 && digits[i] == UInt8(ascii: "9") {
                digits[i] = UInt8(ascii: "0")
                i -= 1
            }
            if i >= 0 {
                digits[i] += 1
            } else {
                digits.insert(UInt8(ascii: "1"), at: 0)
                decimalPoint += 1
            }
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return Digits(digits: [], decimalPoint: 0) }
        return Digits(digits: digits, decimalPoint: decimalPoint)
    }

    /// 10^0 ... 10^22, all exact in binary64.
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// C's correctly rounded printf for a non-negative finite value.
    static func cFormat(_ magnitude: Double, _ conversion: String, _ precision: Int) -> String {
        let format = "%." + String(max(precision, 0)) + conversion
        // Most results fit a small stack buffer; huge precisions or magnitudes retry on the heap.
        let small = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 128) { buffer -> String? in
            let written = withVaList([magnitude]) { vsnprintf(buffer.baseAddress, buffer.count, format, $0) }
            guard written >= 0 && Int(written) < buffer.count else { return nil }
            return String(decoding: UnsafeRawBufferPointer(buffer).prefix(Int(written)), as: UTF8.self)
        }
        if let small = small { return small }
        let needed = Int(withVaList([magnitude]) { vsnprintf(nil, 0, format, $0) })
        var buffer = [CChar](repeating: 0, count: max(needed, 0) + 1)
        let written = withVaList([magnitude]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, args) }
        }
        return buffer.withUnsafeBufferPointer { ptr in
            String(decoding: UnsafeRawBufferPointer(ptr).prefix(max(Int(written), 0)), as: UTF8.self)
        }
    }
}
