/// The character check `ManifestHeadReader` runs over a whole document first.
///
/// libyaml's reader (reader.c `yaml_parser_update_buffer`) rejects control characters
/// and its scanner treats NEL, LS and PS as line breaks and skips byte-order marks; so
/// the reader accepts only printable ASCII, tab, line feed, and non-ASCII characters that
/// are none of U+0080-U+009F, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF. Carriage returns
/// are declined too (line ends would need libyaml's CRLF rules).
enum PlainYAMLCharacters {
    /// Whether every character of `b` (well-formed UTF-8) is one the reader handles.
    static func allAccepted(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var i = 0
        while i < n {
            var stop = n
            if n - i >= 8 {
                // Eight bytes of printable ASCII at once: none below 0x20, none 0x7F or above.
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below = (x &- 0x2020_2020_2020_2020) & ~x
                let y = x ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (y &- 0x0101_0101_0101_0101) & ~y
                if (x | below | del) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                stop = i + 8
            }
            while i < stop {
                guard let next = character(b, at: i) else { return false }
                i = next
            }
        }
        return true
    }

    /// The index after the accepted character at `i`, or nil.
    private static func character(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = b.count
        let c = b[i]
        if c >= 32 && c < 127 || c == 10 || c == 9 { return i + 1 }
        if c < 0xC2 || c > 0xF4 { return nil }  // controls, DEL, stray continuation bytes
        let length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        guard i + length <= n else { return nil }
        var k = 1
        while k < length {
            guard b[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        let c1 = b[i + 1]
        if c == 0xC2 && c1 < 0xA0 { return nil }  // U+0080-U+009F (NEL among them)
        if length == 3 {
            let c2 = b[i + 2]
            if c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) { return nil }
            if c == 0xEF && ((c1 == 0xBB && c2 == 0xBF) || (c1 == 0xBF && c2 >= 0xBE)) { return nil }
            if c == 0xE0 && c1 < 0xA0 { return nil }  // overlong
            if c == 0xED && c1 >= 0xA0 { return nil }  // surrogates
        }
        if length == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) { return nil }
        return i + length
    }
}
