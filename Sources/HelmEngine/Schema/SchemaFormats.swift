import GoRuntime

/// The `format` checks jsonschema asserts for drafts 4 to 7, with its messages. Covered:
/// `email`, `hostname`, `ipv4`, `uuid`, `regex`; other formats are accepted unchecked.
enum SchemaFormats {
    /// The reason `value` is not of `format`, or nil (non-strings always pass).
    static func check(_ value: Value, format: String) -> String? {
        guard case .string(let s) = value else { return nil }
        switch format {
        case "email": return email(s)
        case "hostname": return hostname(s)
        case "ipv4": return ipv4(s)
        case "uuid": return uuid(s)
        case "regex": return SchemaRegex.compileError(s)
        default: return nil
        }
    }

    static func ipv4(_ s: String) -> String? {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count != 4 { return "expected four decimals" }
        for group in groups {
            if group.count > 1, group.first == "0" { return "leading zeros" }
            guard let n = atoi(group) else { return "strconv.Atoi: parsing \(GoQuote.quote(String(group))): invalid syntax" }
            if n < 0 || n > 255 { return "decimal must be between 0 and 255" }
        }
        return nil
    }

    /// Go's `strconv.Atoi` for short inputs: optional sign, then ASCII digits.
    private static func atoi(_ s: Substring) -> Int? {
        var body = s
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.count < 18, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s.hasPrefix("+") ? String(s.dropFirst()) : String(s))
    }

    static func hostname(_ s: String) -> String? {
        var s = Substring(s)
        if s.hasSuffix(".") { s = s.dropLast() }
        if s.utf8.count > 253 { return "more than 253 characters long" }
        for label in s.split(separator: ".", omittingEmptySubsequences: false) {
            if label.utf8.count < 1 || label.utf8.count > 63 { return "label must be 1 to 63 characters long" }
            if label.hasPrefix("-") { return "label starts with hyphen" }
            if label.hasSuffix("-") { return "label ends with hyphen" }
            for ch in label.unicodeScalars {
                let ok = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch == "-"
                if !ok { return "invalid character " + GoQuote.quoteRune(UInt64(ch.value)) }
            }
        }
        return nil
    }

    static func email(_ s: String) -> String? {
        if s.utf8.count > 254 { return "more than 255 characters long" }
        guard let at = s.lastIndex(of: "@") else { return "missing @" }
        let local = s[..<at]
        var domain = s[s.index(after: at)...]
        if local.utf8.count > 64 { return "local part more than 64 characters long" }
        if local.count > 1, local.hasPrefix("\""), local.hasSuffix("\"") {
            let inner = local.dropFirst().dropLast()
            if inner.contains("\\") || inner.contains("\"") {
                return "backslash and quote are not allowed within quoted local part"
            }
        } else {
            if local.hasPrefix(".") { return "starts with dot" }
            if local.hasSuffix(".") { return "ends with dot" }
            if local.contains("..") { return "consecutive dots" }
            let allowed = Set(".!#$%&'*+-/=?^_`{|}~".unicodeScalars)
            for ch in local.unicodeScalars {
                let ok = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || allowed.contains(ch)
                if !ok { return "invalid character " + GoQuote.quoteRune(UInt64(ch.value)) }
            }
        }
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            domain = domain.dropFirst().dropLast()
            if domain.hasPrefix("IPv6:") { return nil }
            if let problem = ipv4(String(domain)) { return "invalid ipv4 address: " + problem }
            return nil
        }
        if let problem = hostname(String(domain)) { return "invalid domain: " + problem }
        return nil
    }

    static func uuid(_ s: String) -> String? {
        let sizes = [8, 4, 4, 4, 12]
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        if groups.count != sizes.count { return "must have \(sizes.count) elements" }
        for (i, group) in groups.enumerated() {
            if group.utf8.count != sizes[i] { return "element \(i + 1) must be \(sizes[i]) characters long" }
            for ch in group.unicodeScalars where !ch.properties.isASCIIHexDigit {
                return "non-hex character " + GoQuote.quoteRune(UInt64(ch.value))
            }
        }
        return nil
    }
}
