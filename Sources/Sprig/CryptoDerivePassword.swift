/// Sprig's `derivePassword`: the Master Password algorithm (scrypt key from the master
/// password and user, HMAC-SHA256 seed from the site and counter, then a password template).
enum DerivePassword {
    static let seed = Array("com.lyndir.masterpassword".utf8)

    static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    static let characters: [UInt8: [UInt8]] = [
        UInt8(ascii: "V"): Array("AEIOU".utf8),
        UInt8(ascii: "C"): Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "v"): Array("aeiou".utf8),
        UInt8(ascii: "c"): Array("bcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "A"): Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "a"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "n"): Array("0123456789".utf8),
        UInt8(ascii: "o"): Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        UInt8(ascii: "x"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) -> String {
        guard let choices = templates[type] else { return "cannot find password template " + type }
        let userBytes = Array(user.utf8)
        let siteBytes = Array(site.utf8)
        let salt = seed + HashPadding.bigEndian(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
        let key = Scrypt.key(password: Array(password.utf8), salt: salt, n: 32768, r: 8, p: 2, keyLength: 64)
        let message = seed + HashPadding.bigEndian(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes
            + HashPadding.bigEndian(counter)
        let digest = SHA256.hmac(key: key, message: message)
        let template = Array(choices[Int(digest[0]) % choices.count].utf8)
        var out: [UInt8] = []
        for (i, element) in template.enumerated() {
            guard let chars = characters[element] else { continue }
            out.append(chars[Int(digest[i + 1]) % chars.count])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
