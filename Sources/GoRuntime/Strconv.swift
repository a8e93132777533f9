/// Go's `strconv` quoting and literal parsing, as template literals need them.
public enum Strconv {
    /// `strconv.Quote` (see `GoQuote`, which `%q` uses too).
    public static func quote(_ s: String, asciiOnly: Bool = false) -> String {
        asciiOnly ? GoQuote.quoteASCII(s) : GoQuote.quote(s)
    }

    /// `strconv.QuoteRune`.
    public static func quoteRune(_ r: UInt32, asciiOnly: Bool = false) -> String {
        GoQuote.quoteRune(UInt64(r), asciiOnly: asciiOnly)
    }

    /// Errors of `strconv.Unquote`, printed as Go prints them.
    public struct SyntaxError: Error, CustomStringConvertible {
        public let description: String
    }

    /// `strconv.Unquote` for `"..."`, `` `...` `` and `'x'` literals.
    public static func unquote(_ literal: String) throws -> String {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 2, let q = bytes.first, q == bytes.last else {
            throw SyntaxError(description: "invalid syntax")
        }
        let body = bytes[1..<(bytes.count - 1)]
        if q == UInt8(ascii: "`") {
            if body.contains(UInt8(ascii: "`")) { throw SyntaxError(description: "invalid syntax") }
            // Raw strings drop carriage returns.
            return String(decoding: body.filter { $0 != 0x0D }, as: UTF8.self)
        }
        guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { throw SyntaxError(description: "invalid syntax") }
        // Go's fast path: a double-quoted body without escapes, quotes or newlines is the result.
        if q == UInt8(ascii: "\""), !body.contains(where: { $0 == UInt8(ascii: "\\") || $0 == q || $0 == 0x0A }) {
            return String(decoding: body, as: UTF8.self)
        }
        var out: [UInt8] = []
        var i = body.startIndex
        var runes = 0
        while i < body.endIndex {
            let c = body[i]
            if c == q && q == UInt8(ascii: "\"") { throw SyntaxError(description: "invalid syntax") }
            if c == 0x0A { throw SyntaxError(description: "invalid syntax") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                if c & 0xC0 != 0x80 { runes += 1 }
                continue
            }
            i += 1
            guard i < body.endIndex else { throw SyntaxError(description: "invalid syntax") }
            let e = body[i]
            i += 1
            runes += 1
            switch e {
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "\\"): out.append(e)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if e != q { throw SyntaxError(description: "invalid syntax") }
                out.append(e)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
                guard i + n <= body.endIndex else { throw SyntaxError(description: "invalid syntax") }
                var v: UInt32 = 0
                for k in 0..<n {
                    guard let d = hexDigit(body[i + k]) else { throw SyntaxError(description: "invalid syntax") }
                    v = v << 4 | d
                }
                i += n
                if e == UInt8(ascii: "x") {
                    out.append(UInt8(v))
                } else {
                    guard let s = Unicode.Scalar(v) else { throw SyntaxError(description: "invalid syntax") }
                    out.append(contentsOf: Array(String(s).utf8))
                }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard i + 2 <= body.endIndex else { throw SyntaxError(description: "invalid syntax") }
                var v = UInt32(e - 0x30)
                for k in 0..<2 {
                    let d = body[i + k]
                    guard d >= 0x30 && d <= 0x37 else { throw SyntaxError(description: "invalid syntax") }
                    v = v << 3 | UInt32(d - 0x30)
                }
                guard v <= 255 else { throw SyntaxError(description: "invalid syntax") }
                i += 2
                out.append(UInt8(v))
            default:
                throw SyntaxError(description: "invalid syntax")
            }
        }
        if q == UInt8(ascii: "'") && runes != 1 { throw SyntaxError(description: "invalid syntax") }
        return GoBytes.string(out)
    }

    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    /// `strconv.ParseInt(s, 0, 64)`-style parsing: sign, base prefix (0x, 0o, 0b, leading 0),
    /// underscores allowed only between digits. Returns nil on syntax error or overflow.
    public static func parseInt(_ s: String) -> Int64? {
        var text = Substring(s)
        var negative = false
        if text.first == "+" || text.first == "-" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        guard let magnitude = parseUint(String(text)) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s, 0, 64)`.
    public static func parseUint(_ s: String) -> UInt64? {
        var bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var base: UInt64 = 10
        var prefixed = false
        if bytes[0] == UInt8(ascii: "0") && bytes.count > 1 {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; bytes.removeFirst(2); prefixed = true
            case UInt8(ascii: "o"): base = 8; bytes.removeFirst(2); prefixed = true
            case UInt8(ascii: "b"): base = 2; bytes.removeFirst(2); prefixed = true
            default: base = 8; bytes.removeFirst(1); prefixed = true
            }
        }
        if !underscoreOK(s) { return nil }
        var value: UInt64 = 0
        var sawDigit = false
        for b in bytes {
            if b == UInt8(ascii: "_") { continue }
            guard let d = hexDigit(b), UInt64(d) < base else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            value = a
            sawDigit = true
        }
        if !sawDigit && !(prefixed && base == 8 && bytes.isEmpty) { return nil }
        return value
    }

    /// Go's `underscoreOK`: underscores only between digits or between a base prefix and a digit.
    static func underscoreOK(_ s: String) -> Bool {
        var saw: UInt8 = UInt8(ascii: "^")
        var bytes = Array(s.utf8)[...]
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var hex = false
        if bytes.count >= 2, bytes.first == UInt8(ascii: "0") {
            let p = bytes[bytes.startIndex + 1] | 0x20
            if p == UInt8(ascii: "x") || p == UInt8(ascii: "o") || p == UInt8(ascii: "b") {
                hex = p == UInt8(ascii: "x")
                saw = UInt8(ascii: "0")
                bytes = bytes.dropFirst(2)
            }
        }
        for b in bytes {
            let isDigit = (b >= 0x30 && b <= 0x39) || (hex && hexDigit(b) != nil)
            if isDigit { saw = UInt8(ascii: "0"); continue }
            if b == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }
}

#if canImport(Glibc)
import Glibc
#endif

extension Strconv {
    /// `strconv.ParseFloat(s, 64)` for decimal and hexadecimal literals (underscores allowed
    /// between digits); nil on syntax error.
    public static func parseFloat(_ s: String) -> Double? {
        if s.isEmpty || !underscoreOK(s) { return nil }
        let cleaned = s.replacingOccurrences(of: "_", with: "")
        let lower = cleaned.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan": return .nan
        default: break
        }
        // Reject forms strtod accepts but Go does not.
        for c in lower.utf8 {
            let ok = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "x") || c == UInt8(ascii: "p") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
            if !ok { return nil }
        }
        let isHex = lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x")
        if !isHex && lower.contains(where: { $0 >= "a" && $0 <= "f" && $0 != "e" }) { return nil }
        if isHex && !lower.contains("p") && lower.contains(".") { return nil }
        return cleaned.withCString { ptr -> Double? in
            var end: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(ptr, &end)
            guard let end, end.pointee == 0, end != UnsafeMutablePointer(mutating: ptr) else { return nil }
            if value.isInfinite { return nil }  // Go: ErrRange
            return value
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        replacingOccurrences(of: Character(target), with: replacement)
    }
}
