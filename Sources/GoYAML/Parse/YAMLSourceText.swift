/// The source bytes libyaml parses, with the mapping from libyaml's marks to byte offsets.
///
/// libyaml counts `yaml_mark_t.index` in characters, not bytes (and not the UTF-8 byte-order
/// mark), so a mark is turned into a byte offset by walking the UTF-8 lead bytes. Lookups
/// move a cursor forward, so reading events in order costs one pass over the text.
struct YAMLSourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where character 0 is: after a UTF-8 byte-order mark; nil for UTF-16 input, whose
    /// marks this type does not map.
    private let origin: Int?
    private var cursorChar = 0
    private var cursorByte = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            origin = nil
        } else if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            origin = 3
        } else {
            origin = 0
        }
        cursorByte = origin ?? 0
    }

    /// The byte offset of character `index`, nil when the text cannot be mapped.
    mutating func offset(ofCharacter index: Int) -> Int? {
        guard let origin else { return nil }
        if index < cursorChar {
            cursorChar = 0
            cursorByte = origin
        }
        guard let base = bytes.baseAddress else { return index == 0 ? 0 : nil }
        let raw = UnsafeRawPointer(base)
        while cursorChar < index {
            // Eight ASCII bytes are eight characters.
            if index - cursorChar >= 8 && bytes.count - cursorByte >= 8
                && raw.loadUnaligned(fromByteOffset: cursorByte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                cursorByte += 8
                cursorChar += 8
                continue
            }
            guard cursorByte < bytes.count else { return nil }
            let lead = bytes[cursorByte]
            cursorByte += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            cursorChar += 1
        }
        return cursorByte <= bytes.count ? cursorByte : nil
    }

    /// The line breaks libyaml counts (`\n`, `\r\n` once, a lone `\r`, NEL, LS, PS) in
    /// `bytes[from..<to]`.
    func lineBreaks(from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        let end = min(to, bytes.count)
        while i < end {
            switch bytes[i] {
            case 0x0A:
                count += 1
            case 0x0D:
                if i + 1 >= bytes.count || bytes[i + 1] != 0x0A { count += 1 }
            case 0xC2:
                if i + 1 < end && bytes[i + 1] == 0x85 { count += 1 }
            case 0xE2:
                if i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) { count += 1 }
            default:
                break
            }
            i += 1
        }
        return count
    }

    /// The offset of the first `byte` in `bytes[from..<to]`.
    func firstIndex(of byte: UInt8, from: Int, to: Int) -> Int? {
        var i = from
        let end = min(to, bytes.count)
        while i < end {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }
}
