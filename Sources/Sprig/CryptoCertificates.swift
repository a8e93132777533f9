import GoRuntime
import GoTemplate

/// Sprig's `certificate` struct (`Cert` and `Key`, both PEM), as genCA & co. return it.
final class CertificateObject: GoObject {
    let cert: String
    let key: String

    init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    var goTypeName: String { "sprig.certificate" }
    var formatted: String { "{" + cert + " " + key + "}" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }
}

/// X.509 certificate creation as Sprig does it (`getBaseCertTemplate` + `x509.CreateCertificate`):
/// RSA keys, SHA-256 signatures, a random 128-bit serial, key usage, server/client auth, SANs.
enum X509Builder {
    struct Template {
        var commonName: String
        var ips: [[UInt8]] = []
        var dnsNames: [String] = []
        var daysValid: Int
        var isCA = false
    }

    /// `pkix.Name{CommonName: cn}` as an RDNSequence.
    static func name(_ cn: String) -> [UInt8] {
        if cn.isEmpty { return DER.sequence([]) }
        return DER.sequence([DER.set([DER.sequence([DER.oid("2.5.4.3"), DER.string(cn)])])])
    }

    static func extensions(_ t: Template, subjectKeyId: [UInt8]?, authorityKeyId: [UInt8]?) -> [UInt8] {
        func ext(_ oid: String, critical: Bool, _ value: [UInt8]) -> [UInt8] {
            DER.sequence([DER.oid(oid)] + (critical ? [DER.boolean(true)] : []) + [DER.octetString(value)])
        }
        // digitalSignature | keyEncipherment (| keyCertSign), bit strings as Go trims them
        let keyUsage = t.isCA ? DER.bitString([0xA4], unusedBits: 2) : DER.bitString([0xA0], unusedBits: 5)
        var list = [
            ext("2.5.29.15", critical: true, keyUsage),
            ext("2.5.29.37", critical: false, DER.sequence([DER.oid("1.3.6.1.5.5.7.3.1"), DER.oid("1.3.6.1.5.5.7.3.2")])),
            ext("2.5.29.19", critical: true, DER.sequence(t.isCA ? [DER.boolean(true)] : [])),
        ]
        if let subjectKeyId { list.append(ext("2.5.29.14", critical: false, DER.octetString(subjectKeyId))) }
        if let authorityKeyId {
            list.append(ext("2.5.29.35", critical: false, DER.sequence([DER.tlv(0x80, authorityKeyId)])))
        }
        if !t.dnsNames.isEmpty || !t.ips.isEmpty {
            let names = t.dnsNames.map { DER.tlv(0x82, Array($0.utf8)) } + t.ips.map { DER.tlv(0x87, $0) }
            list.append(ext("2.5.29.17", critical: false, DER.sequence(names)))
        }
        return DER.explicit(3, DER.sequence(list))
    }

    /// A signed certificate in DER.
    static func create(_ t: Template, subjectKey: RSAPrivateKey, issuerName: [UInt8]?, issuerKeyId: [UInt8]?,
                       signer: RSAPrivateKey) -> [UInt8] {
        let now = GoTime.now()
        let serial = BigUInt.random(bits: 128)
        let sha256WithRSA = DER.sequence([DER.oid("1.2.840.113549.1.1.11"), DER.null])
        let subject = name(t.commonName)
        let spki = subjectKey.subjectPublicKeyInfo
        let keyId = t.isCA ? Array(SHA256.hash(subjectKey.publicKeyDER).prefix(20)) : nil
        let tbs = DER.sequence([
            DER.explicit(0, DER.integer(2)),
            DER.integer(serial),
            sha256WithRSA,
            issuerName ?? subject,
            DER.sequence([DER.time(now), DER.time(now.adding(Int64(t.daysValid) &* 86_400_000_000_000))]),
            subject,
            spki,
            extensions(t, subjectKeyId: keyId, authorityKeyId: issuerName == nil ? nil : issuerKeyId),
        ])
        return DER.sequence([tbs, sha256WithRSA, DER.bitString(signer.signSHA256(tbs))])
    }

    /// The subject name and subject key identifier of a DER certificate, or nil if malformed.
    static func subjectOf(_ der: [UInt8]) -> (name: [UInt8], keyId: [UInt8]?)? {
        guard let cert = DERReader.element(der, at: 0), cert.tag == 0x30,
              let tbs = DERReader.children(der, of: cert).first, tbs.tag == 0x30 else { return nil }
        var fields = DERReader.children(der, of: tbs)
        if fields.first?.tag == 0xA0 { fields.removeFirst() }
        guard fields.count >= 6 else { return nil }
        let subject = fields[4]
        var keyId: [UInt8]?
        if let extensions = fields.first(where: { $0.tag == 0xA3 }),
           let list = DERReader.children(der, of: extensions).first {
            for e in DERReader.children(der, of: list) {
                let parts = DERReader.children(der, of: e)
                guard let oid = parts.first, Array(der[oid.content]) == [0x55, 0x1D, 0x0E],
                      let value = parts.last, let inner = DERReader.element(der, at: value.content.lowerBound)
                else { continue }
                keyId = Array(der[inner.content])
            }
        }
        return (Array(der[subject.start..<subject.end]), keyId)
    }
}

/// Sprig's `parsePrivateKeyPEM`, limited to RSA keys (PKCS#1 or PKCS#8); other key types are
/// recognised but rejected as unsupported.
enum PrivateKeyPEM {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> RSAPrivateKey {
        guard let block = PEM.decode(text) else { throw Failure(description: "no PEM data in input") }
        if block.type == "PRIVATE KEY" {
            guard let key = pkcs8RSA(block.der) else {
                throw Failure(description: "rudder supports only RSA private keys (PKCS#8 key is not RSA)")
            }
            return key
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw Failure(description: "no private key data in PEM block of type " + block.type)
        }
        switch block.type.dropLast(12) {
        case "RSA":
            guard let key = RSAPrivateKey(pkcs1: block.der) else {
                throw Failure(description: "parsing RSA private key from PEM: x509: failed to parse private key")
            }
            return key
        case "EC", "DSA":
            throw Failure(description: "rudder supports only RSA private keys, not " + block.type)
        default:
            throw Failure(description: "invalid private key type " + block.type)
        }
    }

    /// An RSA key inside PKCS#8 `PrivateKeyInfo`.
    static func pkcs8RSA(_ der: [UInt8]) -> RSAPrivateKey? {
        guard let info = DERReader.element(der, at: 0) else { return nil }
        let parts = DERReader.children(der, of: info)
        guard parts.count >= 3, let algorithm = DERReader.children(der, of: parts[1]).first,
              Array(der[algorithm.content]) == [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01] else { return nil }
        return RSAPrivateKey(pkcs1: Array(der[parts[2].content]))
    }
}
