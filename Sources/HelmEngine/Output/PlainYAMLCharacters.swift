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
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c >= 32 && c < 127 || c == 10 || c == 9 {
                i += 1
                continue
            }
            if c < 0xC2 || c > 0xF4 { return false }  // controls, DEL, stray continuation bytes
            let length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            guard i + length <= n else { return false }
            var k = 1
            while k < length {
                guard b[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            let c1 = b[i + 1]
            if c == 0xC2 && c1 < 0xA0 { return false }  // U+0080-U+009F (NEL among them)
            if length == 3 {
                let c2 = b[i + 2]
                if c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) { return false }
                if c == 0xEF && ((c1 == 0xBB && c2 == 0xBF) || (c1 == 0xBF && c2 >= 0xBE)) { return false }
                if c == 0xE0 && c1 < 0xA0 { return false }  // overlong
                if c == 0xED && c1 >= 0xA0 { return false }  // surrogates
            }
            if length == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) { return false }
            i += length
        }
        return true
    }
}
