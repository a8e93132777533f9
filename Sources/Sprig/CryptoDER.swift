/// Minimal ASN.1 DER encoding for keys and certificates.
enum DER {
    static func length(_ n: Int) -> [UInt8] {
        if n < 0x80 { return [UInt8(n)] }
        var bytes: [UInt8] = []
        var v = n
        while v > 0 {
            bytes.insert(UInt8(v & 0xFF), at: 0)
            v >>= 8
        }
        return [0x80 | UInt8(bytes.count)] + bytes
    }

    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] { [tag] + length(content.count) + content }

    static func sequence(_ items: [[UInt8]]) -> [UInt8] { tlv(0x30, items.flatMap { $0 }) }
    static func set(_ items: [[UInt8]]) -> [UInt8] { tlv(0x31, items.flatMap { $0 }) }
    static let null: [UInt8] = [0x05, 0x00]

    static func integer(_ v: BigUInt) -> [UInt8] {
        var bytes = v.bytes()
        if bytes.isEmpty || bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        return tlv(0x02, bytes)
    }

    static func integer(_ v: Int) -> [UInt8] { integer(BigUInt(UInt64(v))) }

    static func boolean(_ v: Bool) -> [UInt8] { [0x01, 0x01, v ? 0xFF : 0x00] }

    static func octetString(_ bytes: [UInt8]) -> [UInt8] { tlv(0x04, bytes) }

    static func bitString(_ bytes: [UInt8], unusedBits: UInt8 = 0) -> [UInt8] { tlv(0x03, [unusedBits] + bytes) }

    /// An OBJECT IDENTIFIER from dotted text.
    static func oid(_ dotted: String) -> [UInt8] {
        let arcs = dotted.split(separator: ".").compactMap { UInt64($0) }
        guard arcs.count >= 2 else { return tlv(0x06, []) }
        var body: [UInt8] = []
        for arc in [arcs[0] * 40 + arcs[1]] + arcs.dropFirst(2) {
            var chunk: [UInt8] = [UInt8(arc & 0x7F)]
            var v = arc >> 7
            while v > 0 {
                chunk.insert(UInt8(v & 0x7F) | 0x80, at: 0)
                v >>= 7
            }
            body += chunk
        }
        return tlv(0x06, body)
    }

    /// PrintableString when every character allows it, else UTF8String (Go's asn1 default).
    static func string(_ s: String) -> [UInt8] {
        let printable = s.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                || Array(" '()+,-./:=?".utf8).contains(c)
        }
        return tlv(printable ? 0x13 : 0x0C, Array(s.utf8))
    }

    /// UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280).
    static func time(_ t: GoTime) -> [UInt8] {
        let u = t.in(.utc)
        let year = u.fields.year
        if year >= 1950 && year < 2050 { return tlv(0x17, Array(u.format("060102150405Z").utf8)) }
        return tlv(0x18, Array(u.format("20060102150405Z").utf8))
    }

    static func explicit(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] { tlv(0xA0 | tag, content) }
}

/// Reads DER elements (tag, content range) without copying.
enum DERReader {
    struct Element {
        let start: Int
        let tag: UInt8
        let content: Range<Int>
        let end: Int
    }

    static func element(_ der: [UInt8], at start: Int) -> Element? {
        guard start + 2 <= der.count else { return nil }
        let tag = der[start]
        var i = start + 1
        var length = Int(der[i])
        i += 1
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard count > 0, count <= 4, i + count <= der.count else { return nil }
            length = 0
            for k in 0..<count { length = length << 8 | Int(der[i + k]) }
            i += count
        }
        guard i + length <= der.count else { return nil }
        return Element(start: start, tag: tag, content: i..<(i + length), end: i + length)
    }

    static func children(_ der: [UInt8], of parent: Element) -> [Element] {
        var out: [Element] = []
        var i = parent.content.lowerBound
        while i < parent.content.upperBound, let e = element(der, at: i), e.end <= parent.content.upperBound {
            out.append(e)
            i = e.end
        }
        return out
    }
}

/// PEM armour (RFC 7468), as Go's `encoding/pem` writes and reads it.
enum PEM {
    static func encode(type: String, _ der: [UInt8]) -> String {
        let body = Array(Base64.encode(der).utf8)
        var out = "-----BEGIN \(type)-----\n"
        for start in stride(from: 0, to: body.count, by: 64) {
            out += String(decoding: body[start..<min(start + 64, body.count)], as: UTF8.self) + "\n"
        }
        return out + "-----END \(type)-----\n"
    }

    /// The first PEM block: its type and decoded bytes, or nil.
    static func decode(_ text: String) -> (type: String, der: [UInt8])? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") && $0.hasSuffix("-----") }) else { return nil }
        let type = String(lines[begin].dropFirst(11).dropLast(5))
        guard let end = lines[(begin + 1)...].firstIndex(where: { $0 == "-----END \(type)-----" }) else { return nil }
        let body = lines[(begin + 1)..<end].filter { !$0.contains(":") }.joined()
        guard let der = try? Base64.decode(Array(body.utf8).filter { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        return (type, der)
    }
}
