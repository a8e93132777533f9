import GoRuntime

/// Go's `template.HTMLEscapeString`, `JSEscapeString` and `url.QueryEscape`.
enum Escape {
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\0": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func js(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                let v = scalar.value
                if v < 0x20 {
                    out += "\\u" + hex4(v)
                } else if v < 0x80 || GoQuote.isPrint(v) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u" + hex4(v)
                }
            }
        }
        return out
    }

    static func hex4(_ v: UInt32) -> String {
        var h = String(v, radix: 16, uppercase: true)
        while h.count < 4 { h = "0" + h }
        return h
    }

    /// `url.QueryEscape`: spaces become `+`, unreserved bytes stay, the rest is `%XX`.
    static func queryEscape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "): out += "+"
            default:
                out += "%" + String(b >> 4, radix: 16, uppercase: true) + String(b & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
