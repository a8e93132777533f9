import Sprig

/// gojsonschema 1.2.0's `FormatCheckers`: the formats it knows, each true only for a string
/// that passes (a number with a known format fails); unknown formats always pass.
enum GoJSONSchemaFormats {
    static func isFormat(_ format: String, _ string: String?) -> Bool {
        guard let check = checkers[format] else { return true }
        guard let string else { return false }
        return check(string)
    }

    private static let checkers: [String: (String) -> Bool] = [
        "date": { GoFormatChecks.timeParses(layout: "2006-01-02", value: $0) },
        "time": time,
        "date-time": dateTime,
        "hostname": hostname,
        "email": GoMailAddress.parses,
        "idn-email": GoMailAddress.parses,
        "ipv4": { GoFormatChecks.parsesAsIP($0) && $0.contains(".") },
        "ipv6": { GoFormatChecks.parsesAsIP($0) && $0.contains(":") },
        "uri": uri,
        "uri-reference": uriReference,
        "iri": uri,
        "iri-reference": uriReference,
        "uri-template": uriTemplate,
        "uuid": uuid,
        "regex": { $0.isEmpty || SchemaRegex.compileError($0) == nil },
        "json-pointer": jsonPointer,
        "relative-json-pointer": relativeJSONPointer,
    ]

    /// A time with a zone, or without one (a fraction of a second is accepted either way:
    /// helm v3.17.3 passes `10:20:30.5`).
    private static func time(_ s: String) -> Bool {
        GoFormatChecks.timeParses(layout: "15:04:05Z07:00", value: s) || GoFormatChecks.timeParses(layout: "15:04:05", value: s)
    }

    private static func dateTime(_ s: String) -> Bool {
        let layouts = ["15:04:05", "15:04:05Z07:00", "2006-01-02", "2006-01-02T15:04:05Z07:00",
                       "2006-01-02T15:04:05.999999999Z07:00"]
        return layouts.contains { GoFormatChecks.timeParses(layout: $0, value: s) }
    }

    private static func uri(_ s: String) -> Bool {
        guard let url = GoFormatChecks.parseURL(s), !url.scheme.isEmpty else { return false }
        return !s.contains("\\")
    }

    private static func uriReference(_ s: String) -> Bool {
        GoFormatChecks.parseURL(s) != nil && !s.contains("\\")
    }

    /// `^([^{]*({[^}]*})?)*$` on the URL's path: every `{` is closed by a later `}`.
    private static func uriTemplate(_ s: String) -> Bool {
        guard let url = GoFormatChecks.parseURL(s), !s.contains("\\") else { return false }
        guard let open = url.path.lastIndex(of: "{") else { return true }
        return url.path[open...].contains("}")
    }

    /// The hostname pattern: dot-separated labels of letters, digits and inner hyphens, each
    /// 1 to 63 characters, under 256 bytes in all.
    private static func hostname(_ s: String) -> Bool {
        guard s.utf8.count < 256 else { return false }
        for label in s.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard (1...63).contains(label.count) else { return false }
            func alnum(_ c: UInt8) -> Bool {
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            }
            guard let first = label.first, let last = label.last, alnum(first), alnum(last) else { return false }
            guard label.allSatisfy({ alnum($0) || $0 == UInt8(ascii: "-") }) else { return false }
        }
        return true
    }

    /// `^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$`.
    private static func uuid(_ s: String) -> Bool {
        let groups = s.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) } }
    }

    /// `^(?:/(?:[^~/]|~0|~1)*)*$`.
    private static func jsonPointer(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        if let first = bytes.first, first != UInt8(ascii: "/") { return false }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "~") {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "0") || bytes[i + 1] == UInt8(ascii: "1") else {
                    return false
                }
                i += 1
            }
            i += 1
        }
        return true
    }

    /// `^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$`.
    private static func relativeJSONPointer(_ s: String) -> Bool {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits == "0" || digits.first != "0" else { return false }
        let rest = s.dropFirst(digits.count)
        return rest == "#" || jsonPointer(String(rest))
    }
}
