extension ManifestHeadReader {
    /// A mapping key found at the start of a line's content.
    struct ScannedKey {
        /// The key's text (inside the quotes of a quoted key).
        var start: Int
        var end: Int
        /// 0 for a plain key, else the quote byte.
        var quote: UInt8
        /// Just after the `:` that ends the key.
        var valueStart: Int
    }

    /// The key at `p` when the line's content is `key: ...` or `key:`; nil when it is not
    /// a key (a value, or something the reader does not follow).
    func scanKey(_ p: Int, _ end: Int) -> ScannedKey? {
        let c = bytes[p]
        if c == 34 || c == 39 {
            guard let close = PlainYAMLScalar.quotedEnd(bytes, p, end) else { return nil }
            var i = close + 1
            while i < end && bytes[i] == 32 { i += 1 }
            guard i < end, bytes[i] == 58, i + 1 == end || bytes[i + 1] == 32 else { return nil }
            return ScannedKey(start: p + 1, end: close, quote: c, valueStart: i + 1)
        }
        if PlainYAMLScalar.isIndicator(c) { return nil }
        var i = p
        while i < end {
            let b = bytes[i]
            if b > 58 {  // letters and most punctuation
                i += 1
                continue
            }
            if b == 58 && (i + 1 == end || bytes[i + 1] == 32) {
                var e = i
                while e > p && bytes[e - 1] == 32 { e -= 1 }
                return ScannedKey(start: p, end: e, quote: 0, valueStart: i + 1)
            }
            if (b == 35 && bytes[i - 1] == 32) || b == 9 { return nil }
            i += 1
        }
        return nil
    }

    /// Whether a key converts to a JSON key without an error or a second look: not too
    /// long for a simple key, not a merge key, not null, not a possible huge integer or
    /// non-finite float.
    func isAcceptableKey(_ key: ScannedKey) -> Bool {
        let n = key.end - key.start
        guard key.valueStart - key.start <= Self.maxKeyLength else { return false }
        if key.quote != 0 { return true }
        guard n > 0 else { return false }
        let c = bytes[key.start]
        switch c {
        case 43, 45, 46: return false  // sign or dot first: numbers, `.inf`
        case 48...57:  // an integer past Int64 would be a uint64 key
            return n < 16 || PlainYAMLScalar.cannotBeNumber(bytes, key.start, key.end)
        case 60: return !(n == 2 && bytes[key.start + 1] == 60)  // `<<`
        default: return !PlainYAMLScalar.isNullWord(bytes, key.start, key.end)
        }
    }

    /// The key as a JSON key string, when it is surely a string (nil otherwise).
    func keyString(_ key: ScannedKey) -> String? {
        guard isAcceptableKey(key) else { return nil }
        if key.quote != 0 { return PlainYAMLScalar.decodeQuoted(bytes, key.start - 1, key.end) }
        return PlainYAMLScalar.surelyString(bytes, key.start, key.end)
    }

    /// The value of a key (owner = the key's column) or of a `-` (owner = its column)
    /// starting at `v0`, on the rest of the line.
    mutating func value(_ v0: Int, _ end: Int, slot: Slot, owner: Int, isDash: Bool) -> Bool {
        var v = v0
        while v < end && bytes[v] == 32 { v += 1 }
        if v == end || bytes[v] == 35 {
            pending = Pending(column: owner, isDash: isDash, slot: slot)
            return true
        }
        let c = bytes[v]
        switch c {
        case 124, 62:  // `|` or `>`, with an optional chomping indicator
            guard slot == .ignore else { return false }
            var i = v + 1
            if i < end && (bytes[i] == 43 || bytes[i] == 45) { i += 1 }
            guard trailingIsEmpty(i, end) else { return false }
            block = BlockScalar(owner: owner)
            return true
        case 34, 39:
            guard !slot.takesMap, let close = PlainYAMLScalar.quotedEnd(bytes, v, end),
                  trailingIsEmpty(close + 1, end) else { return false }
            if slot != .ignore {
                guard let text = PlainYAMLScalar.decodeQuoted(bytes, v, close) else { return false }
                assign(slot, text)
            }
            return true
        case 91, 123:
            if slot == .ignore {
                guard let after = PlainYAMLFlow.end(bytes, v, end) else { return false }
                return trailingIsEmpty(after, end)
            }
            // `{}` for a map of the head; anything else there is left to libyaml.
            guard slot.takesMap, c == 123 else { return false }
            var i = v + 1
            while i < end && bytes[i] == 32 { i += 1 }
            return i < end && bytes[i] == 125 && trailingIsEmpty(i + 1, end)
        default:
            return plain(v, end, slot: slot, owner: owner)
        }
    }

    /// A plain scalar starting at `v`; lines deeper than `owner` may continue it.
    mutating func plain(_ v: Int, _ end: Int, slot: Slot, owner: Int) -> Bool {
        let c = bytes[v]
        if PlainYAMLScalar.isIndicator(c) {
            // `-x`, `?x` and `:x` are plain; `- `, `? `, `: ` and the other indicators are
            // not followed.
            guard c == 45 || c == 63 || c == 58, v + 1 < end, bytes[v + 1] != 32, bytes[v + 1] != 9 else {
                return false
            }
        }
        guard let last = plainLineEnd(v, end) else { return false }
        if slot.takesMap { return false }
        if slot == .ignore {
            if PlainYAMLScalar.mayBeNonFinite(bytes, v, last) { return false }
        } else {
            plainHead = (slot, Array(bytes[v..<last]))
        }
        // A comment ends the scalar: deeper lines after it are no continuation.
        if last != trailingEnd(v, end) { return finishPlain() }
        plainOwner = owner
        plainBlanks = 0
        return true
    }

    /// The end of a plain scalar's text on this line (trailing spaces and a comment
    /// dropped); nil at `: `, a `:` ending the line, or a tab.
    func plainLineEnd(_ v: Int, _ end: Int) -> Int? {
        var i = v
        var last = v
        while i < end {
            let b = bytes[i]
            if b > 58 {  // letters and most punctuation
                i += 1
                last = i
                continue
            }
            if b == 32 { i += 1; continue }
            if b == 35 && i > v && bytes[i - 1] == 32 { break }
            if (b == 58 && (i + 1 == end || bytes[i + 1] == 32)) || b == 9 { return nil }
            i += 1
            last = i
        }
        return last
    }

    /// A line continuing a plain scalar (from `p`, its first non-space): libyaml folds
    /// the line break into a space, or keeps the breaks of blank lines in between. A
    /// comment on it ends the scalar; the reader declines that, and lines starting with
    /// an indicator (libyaml reads them as text, but nothing here needs them).
    mutating func continuePlain(_ p: Int, _ end: Int) -> Bool {
        let c = bytes[p]
        if PlainYAMLScalar.isIndicator(c) && !(c == 45 && p + 1 < end && bytes[p + 1] != 32) { return false }
        guard c != 9, let last = plainLineEnd(p, end), last == trailingEnd(p, end) else { return false }
        if var headPart = plainHead {
            plainHead = nil
            if plainBlanks == 0 {
                headPart.text.append(32)
            } else {
                headPart.text.append(contentsOf: repeatElement(10, count: plainBlanks))
            }
            headPart.text.append(contentsOf: bytes[p..<last])
            plainHead = headPart
        }
        plainBlanks = 0
        return true
    }

    /// The end of the line without its trailing spaces.
    func trailingEnd(_ p: Int, _ end: Int) -> Int {
        var e = end
        while e > p && bytes[e - 1] == 32 { e -= 1 }
        return e
    }

    /// Ends the plain scalar being read: a head slot gets its text.
    mutating func finishPlain() -> Bool {
        plainOwner = nil
        guard let (slot, text) = plainHead else { return true }
        plainHead = nil
        guard let string = text.withUnsafeBufferPointer({ PlainYAMLScalar.headString($0, 0, $0.count) }) else {
            return false
        }
        assign(slot, string)
        return true
    }

    /// Only spaces, then optionally a comment (after at least one space), up to `end`.
    func trailingIsEmpty(_ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end && bytes[j] == 32 { j += 1 }
        return j == end || (bytes[j] == 35 && j > i)
    }
}
