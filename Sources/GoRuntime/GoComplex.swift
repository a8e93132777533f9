/// A Go `complex128` constant (`{{ 1i }}`), printed as Go prints it: `(0+1i)`.
public final class GoComplex: GoObject {
    public let real: Double
    public let imag: Double

    public init(real: Double, imag: Double) {
        self.real = real
        self.imag = imag
    }

    public var goTypeName: String { "complex128" }
    public func field(_ name: String) -> Value? { nil }
    public var truth: Bool { real != 0 || imag != 0 }
    public var formatted: String {
        let im = FloatFormat.format(imag, "g")
        let sign = (imag.sign == .minus || im.hasPrefix("-")) ? "" : "+"
        return "(" + FloatFormat.format(real, "g") + sign + im + "i)"
    }

    /// Parses `Ni` (imaginary) or `A+Bi` / `A-Bi` literals; nil when malformed.
    public static func parse(_ literal: String) -> (Double, Double)? {
        guard literal.hasSuffix("i") else { return nil }
        let body = String(literal.dropLast())
        let bytes = Array(body.utf8)
        // Split at the last sign that is not at the start and not after an exponent marker.
        var split: Int? = nil
        var i = bytes.count - 1
        while i > 0 {
            let c = bytes[i]
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                let prev = bytes[i - 1] | 0x20
                if prev != UInt8(ascii: "e") && prev != UInt8(ascii: "p") { split = i; break }
            }
            i -= 1
        }
        if let split {
            let re = String(decoding: bytes[0..<split], as: UTF8.self)
            let im = String(decoding: bytes[split...], as: UTF8.self)
            guard let r = Strconv.parseFloat(re), let m = Strconv.parseFloat(im) else { return nil }
            return (r, m)
        }
        guard let m = Strconv.parseFloat(body) else { return nil }
        return (0, m)
    }
}
