#if canImport(Glibc)
import Glibc
#endif

/// Empties the body lines of block scalars (`key: |` … ) a head decode does not need, so
/// libyaml does not scan the large ConfigMap payloads (dashboards, rules, scripts) of a
/// rendered manifest byte by byte just to find its `kind` and `metadata`.
///
/// Only lines that are certainly block-scalar content are touched: the scan follows the
/// document line by line and gives up (returns nil) at anything it does not fully
/// understand — tabs, carriage returns, anchors, tags, explicit indentation indicators,
/// quoted or flow values that do not close on their line, possible plain-scalar
/// continuation lines. Within a block scalar only the lines after the first one, and only
/// those of printable ASCII, are emptied (their newline is kept, so line numbers stay):
/// such lines can never hold a YAML error, so the shortened document fails exactly when
/// the original does, and callers re-decode the original for the error text. The block
/// scalars under `apiVersion`, `kind` and `metadata` are kept whole.
///
/// `shortenComments` runs the same scan for a values file, whose every value is needed: it
/// keeps all values and block scalars and cuts comment lines outside block scalars down to
/// their `#` (bitnami-style `values.yaml` files are three quarters comments).
struct BlockScalarElider {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var output: [UInt8] = []
    private var elided = false
    /// Whether comment lines are shortened instead of values and block-scalar bodies.
    private var commentsOnly = false

    private struct Block {
        let owner: Int
        let keep: Bool
        var contentIndent: Int?
        var leadingBlank = 0
    }

    private var block: Block?
    /// The column owning a plain scalar that ended the last line (a deeper line could
    /// continue it).
    private var plainOwner: Int?
    private var topKey: [UInt8] = []

    /// The document with block-scalar bodies emptied, or nil when nothing was emptied or
    /// the document is not one the scan understands.
    static func elide(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, hasLongLine(base, bytes.count) else { return nil }
        return scan(bytes, commentsOnly: false)
    }

    /// The document with the text of its comment lines (outside block scalars) removed, or
    /// nil when there is none or the document is not one the scan understands. Each line
    /// keeps its newline, so line numbers stay; only printable ASCII comments are cut, so the
    /// shortened document decodes to the same values and fails exactly when the original does.
    static func shortenComments(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, hasManyHashes(base, bytes.count) else { return nil }
        return scan(bytes, commentsOnly: true)
    }

    /// Runs the line scan over a document without carriage returns; nil when it gives up or
    /// changes nothing.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, commentsOnly: Bool) -> [UInt8]? {
        guard let base = bytes.baseAddress, memchr(base, 13, bytes.count) == nil else { return nil }
        var elider = BlockScalarElider(bytes: bytes)
        elider.commentsOnly = commentsOnly
        elider.output.reserveCapacity(bytes.count / 2)
        var start = 0
        while start < bytes.count {
            let newline = memchr(base + start, 10, bytes.count - start)
            let end = newline.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            guard elider.line(start, end) else { return nil }
            if end < bytes.count { elider.output.append(10) }
            start = end + 1
        }
        return elider.elided ? elider.output : nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether `#` is at least one byte in 64: files with few comments are not worth a scan.
    private static func hasManyHashes(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let wanted = max(1, count / 64)
        var found = 0
        var offset = 0
        while offset < count, let hash = memchr(base + offset, 35, count - offset) {
            found += 1
            if found >= wanted { return true }
            offset = base.distance(to: hash.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    /// Whether some line is long enough to be worth the scan (a long value or a long line of
    /// a block scalar), found with `memchr` so that documents without one cost little.
    private static func hasLongLine(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var offset = 0
        while offset < count {
            guard let newline = memchr(base + offset, 10, count - offset) else {
                return count - offset >= longValue
            }
            let next = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            if next - offset >= longValue { return true }
            offset = next + 1
        }
        return false
    }

    private func indentation(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && bytes[i] == 32 { i += 1 }
        return i - start
    }

    private func copy(_ start: Int, _ end: Int) -> [UInt8] { Array(bytes[start..<end]) }

    /// Handles one line; false gives up on the document.
    private mutating func line(_ start: Int, _ end: Int) -> Bool {
        let indent = indentation(start, end)
        let blank = start + indent == end
        if var b = block {
            if blank {
                if b.contentIndent == nil { b.leadingBlank = max(b.leadingBlank, indent) }
                block = b
                output.append(contentsOf: bytes[start..<end])
                return true
            }
            if let content = b.contentIndent {
                if indent >= content {
                    if !b.keep && isPrintableASCII(start, end) {
                        elided = true
                    } else {
                        output.append(contentsOf: bytes[start..<end])
                    }
                    return true
                }
            } else if indent > b.owner {
                if b.leadingBlank > indent { return false }
                b.contentIndent = indent
                block = b
                output.append(contentsOf: bytes[start..<end])
                return true
            }
            block = nil
        }
        output.append(contentsOf: bytes[start..<end])
        return structure(start, end, indent: indent, blank: blank)
    }

    private func isPrintableASCII(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = bytes[i]
            if (c < 32 && c != 9) || c > 126 { return false }
            i += 1
        }
        return true
    }

    /// A line outside block scalars: follows keys, items and values, or gives up.
    private mutating func structure(_ start: Int, _ end: Int, indent: Int, blank: Bool) -> Bool {
        if blank { return true }
        var p = start + indent
        let first = bytes[p]
        if first == 35 {  // comment
            if commentsOnly && end - p > 1 && isPrintableASCII(p, end) {
                output.removeLast(end - p - 1)
                elided = true
            }
            return true
        }
        if first == 9 { return false }
        if let owner = plainOwner, indent > owner { return false }
        plainOwner = nil
        if indent == 0 && end - p >= 3 && (first == 45 || first == 46)
            && bytes[p + 1] == first && bytes[p + 2] == first { return false }
        var dash: Int? = nil
        while p < end && bytes[p] == 45 && (p + 1 == end || bytes[p + 1] == 32) {
            dash = p - start
            p += 1
            while p < end && bytes[p] == 32 { p += 1 }
        }
        if p == end { return true }  // `-` alone: the item's node follows
        let column = p - start
        let c = bytes[p]
        if c == 34 || c == 39 || c == 91 || c == 123 {
            // A quoted or flow item; a quoted or flow key is not followed.
            guard dash != nil, let close = closing(p, end), trailingIsEmpty(close, end) else { return false }
            return true
        }
        if c == 124 || c == 62 {
            guard let dash else { return false }
            return header(p, end, owner: dash)
        }
        if isIndicator(c) { return false }
        guard let colon = keyColon(p, end) else {
            guard let dash else { return false }
            plainOwner = dash
            return true
        }
        let key = bytes[p..<colon]
        guard key.allSatisfy(isKeyByte) else { return false }
        if indent == 0 && dash == nil { topKey = Array(key) }
        var v = colon + 1
        while v < end && bytes[v] == 32 { v += 1 }
        if v == end || bytes[v] == 35 { return true }
        let value = bytes[v]
        if value == 124 || value == 62 { return header(v, end, owner: column) }
        if value == 34 || value == 39 || value == 91 || value == 123 {
            guard let close = closing(v, end), trailingIsEmpty(close, end) else { return false }
            if value != 91 && value != 123 && close - v >= Self.longValue && !inHead && isPrintableASCII(v, close)
                && (value == 39 || hasOnlySimpleEscapes(v + 1, close - 1)) {
                replaceValue(v, close, end, with: value == 34 ? [34, 34] : [39, 39])
            }
            return true
        }
        if isIndicator(value) || (value == 45 && (v + 1 == end || bytes[v + 1] == 32)) { return false }
        if containsColonSpace(v, end) { return false }
        plainOwner = column
        var last = end
        while last > v && bytes[last - 1] == 32 { last -= 1 }
        if last - v >= Self.longValue && !inHead && isPrintableASCII(v, last) && !containsCommentStart(v, last) {
            replaceValue(v, last, end, with: [120])
        }
        return true
    }

    /// Values at least this long, outside the head, are shortened.
    private static let longValue = 256

    /// Whether the current top-level key is one the head decode reads.
    private var inHead: Bool {
        commentsOnly || topKey.isEmpty || ["apiVersion", "kind", "metadata"].contains { Array($0.utf8) == topKey }
    }

    /// Replaces bytes `v..<valueEnd` of the line just copied (which ends at `end`).
    private mutating func replaceValue(_ v: Int, _ valueEnd: Int, _ end: Int, with replacement: [UInt8]) {
        output.removeLast(end - v)
        output.append(contentsOf: replacement)
        output.append(contentsOf: bytes[valueEnd..<end])
        elided = true
    }

    /// Escapes in a double-quoted scalar body that libyaml accepts without further checks
    /// (no `\x`, `\u`, `\U`, whose digits it validates).
    private func hasOnlySimpleEscapes(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if bytes[i] == 92 {
                guard i + 1 < end else { return false }
                switch bytes[i + 1] {
                case 48, 97, 98, 116, 9, 110, 118, 102, 114, 101, 32, 34, 47, 92, 78, 95, 76, 80: i += 2
                default: return false
                }
                continue
            }
            i += 1
        }
        return true
    }

    private func containsCommentStart(_ start: Int, _ end: Int) -> Bool {
        var i = start + 1
        while i < end {
            if bytes[i] == 35 && bytes[i - 1] == 32 { return true }
            i += 1
        }
        return false
    }

    /// `|` or `>` with an optional chomping indicator and an optional comment.
    private mutating func header(_ p: Int, _ end: Int, owner: Int) -> Bool {
        var i = p + 1
        if i < end && (bytes[i] == 43 || bytes[i] == 45) { i += 1 }
        guard trailingIsEmpty(i, end) else { return false }
        block = Block(owner: owner, keep: inHead)
        return true
    }

    /// The index after the quoted scalar or flow collection starting at `p`, if it closes
    /// on this line.
    private func closing(_ p: Int, _ end: Int) -> Int? {
        var depth = 0
        var i = p
        var tokenStart = true
        while i < end {
            let c = bytes[i]
            if tokenStart && (c == 34 || c == 39) {
                guard let after = quoteEnd(i, end) else { return nil }
                i = after
                if depth == 0 { return i }
                tokenStart = false
                continue
            }
            switch c {
            case 91, 123: depth += 1; tokenStart = true
            case 93, 125:
                depth -= 1
                if depth < 0 { return nil }
                if depth == 0 { return i + 1 }
                tokenStart = false
            case 44, 58: tokenStart = true
            case 32: break
            case 35 where i > p && bytes[i - 1] == 32: return nil
            default: tokenStart = false
            }
            i += 1
        }
        return nil
    }

    private func quoteEnd(_ p: Int, _ end: Int) -> Int? {
        let quote = bytes[p]
        var i = p + 1
        while i < end {
            let c = bytes[i]
            if quote == 34 && c == 92 { i += 2; continue }
            if c == quote {
                if quote == 39 && i + 1 < end && bytes[i + 1] == 39 { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return nil
    }

    /// Only spaces, then optionally a comment, from `i` to the end of the line.
    private func trailingIsEmpty(_ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end && bytes[j] == 32 { j += 1 }
        return j == end || (bytes[j] == 35 && j > i)
    }

    /// The `:` ending a plain key on this line (followed by a space or the line's end).
    private func keyColon(_ p: Int, _ end: Int) -> Int? {
        var i = p
        while i < end {
            if bytes[i] == 58 && (i + 1 == end || bytes[i + 1] == 32) { return i }
            if bytes[i] == 35 && i > p && bytes[i - 1] == 32 { return nil }
            i += 1
        }
        return nil
    }

    private func containsColonSpace(_ v: Int, _ end: Int) -> Bool {
        var i = v
        while i < end {
            if bytes[i] == 58 && (i + 1 == end || bytes[i + 1] == 32) { return true }
            if bytes[i] == 35 && bytes[i - 1] == 32 { return false }
            i += 1
        }
        return false
    }

    /// YAML indicators that start something other than a plain scalar.
    private func isIndicator(_ c: UInt8) -> Bool {
        switch c {
        case 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96: return true
        default: return false
        }
    }

    private func isKeyByte(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c == 46 || c == 45 || c == 47
    }
}
