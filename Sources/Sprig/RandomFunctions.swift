import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's random functions: strings drawn from fixed alphabets with a cryptographic source
    /// (as `goutils.CryptoRandom*`), `randInt`, `randBytes` and `uuidv4`. Non-deterministic:
    /// see docs/nondeterministic-functions.md.
    static var randomFunctions: FunctionMap {
        [
            "randAlphaNum": TemplateFunction([.int]) { args in .string(try randomString(int(args[0]), alphaNumeric)) },
            "randAlpha": TemplateFunction([.int]) { args in .string(try randomString(int(args[0]), letters)) },
            "randNumeric": TemplateFunction([.int]) { args in .string(try randomString(int(args[0]), digits)) },
            "randAscii": TemplateFunction([.int]) { args in .string(try randomString(int(args[0]), printableASCII)) },
            "randInt": TemplateFunction([.int, .int]) { args in
                let lo = int(args[0]), hi = int(args[1])
                let (span, overflow) = hi.subtractingReportingOverflow(lo)
                guard !overflow, span > 0 else { throw FunctionError("invalid argument to Intn") }
                return .int(Int(SecureRandom.uniform(UInt64(span))) + lo)
            },
            "randBytes": TemplateFunction([.int]) { args in
                let count = int(args[0])
                guard count >= 0 else { throw FunctionError("runtime error: makeslice: len out of range") }
                return .string(Base64.encode(SecureRandom.bytes(count)))
            },
            "uuidv4": TemplateFunction([]) { _ in .string(uuidV4()) },
        ]
    }
}

private let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
private let digits = Array("0123456789".utf8)
private let alphaNumeric = letters + digits
private let printableASCII = Array(UInt8(32)...UInt8(126))

private func int(_ v: Value) -> Int {
    if case .int(let i, _) = v { return Int(truncatingIfNeeded: i) }
    return 0
}

/// `count` characters from `alphabet`; empty for zero or negative counts (Sprig drops the error).
private func randomString(_ count: Int, _ alphabet: [UInt8]) throws -> String {
    guard count > 0 else { return "" }
    if SizeLimit.refuses(bytes: Double(count)) { throw FunctionError(SizeLimit.functionMessage(bytes: Double(count))) }
    let chars = (0..<count).map { _ in alphabet[Int(SecureRandom.uniform(UInt64(alphabet.count)))] }
    return String(decoding: chars, as: UTF8.self)
}

/// A random (version 4, RFC 4122 variant) UUID in lower-case canonical form.
func uuidV4() -> String {
    var b = SecureRandom.bytes(16)
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    let hex = HashPadding.hex(b)
    let h = Array(hex.utf8)
    func part(_ r: Range<Int>) -> String { String(decoding: h[r], as: UTF8.self) }
    return part(0..<8) + "-" + part(8..<12) + "-" + part(12..<16) + "-" + part(16..<20) + "-" + part(20..<32)
}
