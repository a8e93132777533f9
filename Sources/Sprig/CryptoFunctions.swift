import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's crypto functions: AES-256-CBC, bcrypt/htpasswd, derivePassword, and key and
    /// certificate generation (RSA and Ed25519 keys, X.509 certificates signed with RSA).
    static var cryptoFunctions: FunctionMap {
        var map: FunctionMap = [
            "encryptAES": TemplateFunction([.string, .string]) { args in
                .string(encryptAES(password: str(args[0]), plaintext: str(args[1])))
            },
            "decryptAES": TemplateFunction([.string, .string]) { args in
                .string(try decryptAES(password: str(args[0]), ciphertext: str(args[1])))
            },
            "bcrypt": TemplateFunction([.string]) { args in .string(bcrypt(str(args[0]))) },
            "htpasswd": TemplateFunction([.string, .string]) { args in
                let user = str(args[0])
                if user.contains(":") { return .string("invalid username: " + user) }
                return .string(user + ":" + bcrypt(str(args[1])))
            },
            "derivePassword": TemplateFunction([.int, .string, .string, .string, .string]) { args in
                var counter: UInt32 = 0
                if case .int(let i, _) = args[0] { counter = UInt32(truncatingIfNeeded: i) }
                return .string(DerivePassword.derive(counter: counter, type: str(args[1]), password: str(args[2]),
                                                     user: str(args[3]), site: str(args[4])))
            },
        ]
        map.merge(certificateFunctions) { first, _ in first }
        return map
    }
}

private func str(_ v: Value) -> String { v.stringValue ?? "" }

/// Sprig's `bcrypt`: a `$2a$10$` hash, or the error text.
func bcrypt(_ input: String) -> String {
    do {
        return try Bcrypt.hash(Array(input.utf8))
    } catch {
        return "failed to encrypt string with bcrypt: " + String(describing: error)
    }
}

/// Sprig's `encryptAES`: key = password zero-padded/truncated to 32 bytes, PKCS#7 padding,
/// random IV prepended, base64.
func encryptAES(password: String, plaintext: String) -> String {
    if plaintext.isEmpty { return "" }
    let cipher = AES(key: aesKey(password))
    var content = Array(plaintext.utf8)
    let padding = 16 - content.count % 16
    content += [UInt8](repeating: UInt8(padding), count: padding)
    let iv = SecureRandom.bytes(16)
    return Base64.encode(iv + cipher.encryptCBC(content, iv: iv))
}

/// Sprig's `decryptAES`, with Go's runtime panics as errors for malformed input.
func decryptAES(password: String, ciphertext: String) throws -> String {
    if ciphertext.isEmpty { return "" }
    let crypt: [UInt8]
    do {
        crypt = try Base64.decode(Array(ciphertext.utf8))
    } catch {
        throw FunctionError(String(describing: error))
    }
    guard crypt.count >= 16 else {
        let capacity = ciphertext.utf8.count / 4 * 3
        throw FunctionError("runtime error: slice bounds out of range [:16] with capacity \(capacity)")
    }
    let body = Array(crypt[16...])
    guard body.count % 16 == 0 else { throw FunctionError("crypto/cipher: input not full blocks") }
    let decrypted = AES(key: aesKey(password)).decryptCBC(body, iv: Array(crypt[0..<16]))
    guard let last = decrypted.last else { throw FunctionError("runtime error: index out of range [-1]") }
    let end = decrypted.count - Int(last)
    guard end >= 0 else { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
    return String(decoding: decrypted[0..<end], as: UTF8.self)
}

private func aesKey(_ password: String) -> [UInt8] {
    var key = Array(password.utf8.prefix(32))
    key += [UInt8](repeating: 0, count: 32 - key.count)
    return key
}
