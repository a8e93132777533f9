import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's checksum functions: hex digests and the decimal Adler-32.
    static var hashFunctions: FunctionMap {
        [
            "sha1sum": TemplateFunction([.string]) { args in
                .string(HashPadding.hex(SHA1.hash(bytes(args[0]))))
            },
            "sha256sum": TemplateFunction([.string]) { args in
                .string(HashPadding.hex(SHA256.hash(bytes(args[0]))))
            },
            "sha512sum": TemplateFunction([.string]) { args in
                .string(HashPadding.hex(SHA512.hash(bytes(args[0]))))
            },
            "adler32sum": TemplateFunction([.string]) { args in
                .string(String(adler32(bytes(args[0]))))
            },
        ]
    }
}

private func bytes(_ v: Value) -> [UInt8] { GoBytes.bytes(v.stringValue ?? "") }

/// Adler-32 (RFC 1950), as Go's `hash/adler32.Checksum`.
func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in data {
        a = (a + UInt32(byte)) % 65521
        b = (b + a) % 65521
    }
    return b << 16 | a
}
