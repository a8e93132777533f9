import GoRuntime
import GoTemplate

extension Sprig {
    /// genPrivateKey, genCA, genSelfSignedCert, genSignedCert (and their `WithKey` forms) and
    /// buildCustomCert. Keys are RSA (2048 bits for certificates, 4096 for `genPrivateKey`) or,
    /// for `genPrivateKey "ed25519"`, Ed25519; DSA and ECDSA keys are not supported.
    static var certificateFunctions: FunctionMap {
        [
            "genPrivateKey": TemplateFunction([.string]) { args in .string(try generatePrivateKey(str(args[0]))) },
            "genCA": TemplateFunction([.string, .int]) { args in
                try certificate(X509Builder.Template(commonName: str(args[0]), daysValid: int(args[1]), isCA: true),
                                key: RSAPrivateKey.generate(bits: 2048))
            },
            "genCAWithKey": TemplateFunction([.string, .int, .string]) { args in
                try certificate(X509Builder.Template(commonName: str(args[0]), daysValid: int(args[1]), isCA: true),
                                key: try parseKey(str(args[2]), prefix: "parsing private key: "))
            },
            "genSelfSignedCert": TemplateFunction([.string, .list, .list, .int]) { args in
                let key = RSAPrivateKey.generate(bits: 2048)
                return try certificate(try template(args), key: key)
            },
            "genSelfSignedCertWithKey": TemplateFunction([.string, .list, .list, .int, .string]) { args in
                let key = try parseKey(str(args[4]), prefix: "parsing private key: ")
                return try certificate(try template(args), key: key)
            },
            "genSignedCert": TemplateFunction([.string, .list, .list, .int, .any]) { args in
                let key = RSAPrivateKey.generate(bits: 2048)
                return try signedCertificate(args, ca: args[4], key: key)
            },
            "genSignedCertWithKey": TemplateFunction([.string, .list, .list, .int, .any, .string]) { args in
                let key = try parseKey(str(args[5]), prefix: "parsing private key: ")
                return try signedCertificate(args, ca: args[4], key: key)
            },
            "buildCustomCert": TemplateFunction([.string, .string]) { args in
                guard let cert = try? Base64.decode(Array(str(args[0]).utf8)) else {
                    throw FunctionError("unable to decode base64 certificate")
                }
                guard let key = try? Base64.decode(Array(str(args[1]).utf8)) else {
                    throw FunctionError("unable to decode base64 private key")
                }
                let certText = String(decoding: cert, as: UTF8.self)
                let keyText = String(decoding: key, as: UTF8.self)
                guard let block = PEM.decode(certText) else { throw FunctionError("unable to decode certificate") }
                guard X509Builder.subjectOf(block.der) != nil else {
                    throw FunctionError("error parsing certificate: decodedCert.Bytes: x509: malformed certificate")
                }
                _ = try parseKey(keyText, prefix: "error parsing private key: ")
                return .object(CertificateObject(cert: certText, key: keyText))
            },
        ]
    }
}

private func str(_ v: Value) -> String { v.stringValue ?? "" }

private func int(_ v: Value) -> Int {
    if case .int(let i, _) = v { return Int(truncatingIfNeeded: i) }
    return 0
}

/// Sprig's `generatePrivateKey`.
private func generatePrivateKey(_ type: String) throws -> String {
    switch type {
    case "", "rsa":
        return PEM.encode(type: "RSA PRIVATE KEY", RSAPrivateKey.generate(bits: 4096).pkcs1DER)
    case "ed25519":
        // PKCS#8 PrivateKeyInfo holding the 32-byte seed (x509.MarshalPKCS8PrivateKey).
        let der = DER.sequence([DER.integer(0), DER.sequence([DER.oid("1.3.101.112")]),
                                DER.octetString(DER.octetString(SecureRandom.bytes(32)))])
        return PEM.encode(type: "PRIVATE KEY", der)
    case "dsa", "ecdsa":
        throw FunctionError("genPrivateKey \"\(type)\" is not supported by rudder (RSA and ed25519 only)")
    default:
        return "Unknown type " + type
    }
}

private func parseKey(_ pem: String, prefix: String) throws -> RSAPrivateKey {
    do {
        return try PrivateKeyPEM.parse(pem)
    } catch {
        throw FunctionError(prefix + String(describing: error))
    }
}

/// `getBaseCertTemplate` for (cn, ips, alternateDNS, daysValid, ...).
private func template(_ args: [Value]) throws -> X509Builder.Template {
    var t = X509Builder.Template(commonName: str(args[0]), daysValid: int(args[3]))
    for ip in args[1].listValue?.elements ?? [] {
        guard case .string(let text) = ip else {
            throw FunctionError("error parsing ip: " + GoFormat.value(ip) + " is not a string")
        }
        guard let bytes = IPAddress.parse(text) else { throw FunctionError("error parsing ip: " + text) }
        t.ips.append(bytes)
    }
    for dns in args[2].listValue?.elements ?? [] {
        guard case .string(let text) = dns else {
            throw FunctionError("error processing alternate dns name: " + GoFormat.value(dns) + " is not a string")
        }
        t.dnsNames.append(text)
    }
    return t
}

/// A self-signed certificate for `key`.
private func certificate(_ t: X509Builder.Template, key: RSAPrivateKey) throws -> Value {
    let der = X509Builder.create(t, subjectKey: key, issuerName: nil, issuerKeyId: nil, signer: key)
    return .object(CertificateObject(cert: PEM.encode(type: "CERTIFICATE", der),
                                     key: PEM.encode(type: "RSA PRIVATE KEY", key.pkcs1DER)))
}

/// A certificate for `key` signed by the CA certificate object.
private func signedCertificate(_ args: [Value], ca: Value, key: RSAPrivateKey) throws -> Value {
    guard case .object(let object) = ca, let ca = object as? CertificateObject else {
        throw FunctionError("wrong type for value; expected sprig.certificate; got " + ca.goTypeName)
    }
    guard let block = PEM.decode(ca.cert) else { throw FunctionError("unable to decode certificate") }
    guard let issuer = X509Builder.subjectOf(block.der) else {
        throw FunctionError("error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate")
    }
    let signer = try parseKey(ca.key, prefix: "error parsing private key: ")
    let t = try template(args)
    let der = X509Builder.create(t, subjectKey: key, issuerName: issuer.name, issuerKeyId: issuer.keyId, signer: signer)
    return .object(CertificateObject(cert: PEM.encode(type: "CERTIFICATE", der),
                                     key: PEM.encode(type: "RSA PRIVATE KEY", key.pkcs1DER)))
}
