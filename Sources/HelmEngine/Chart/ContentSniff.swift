/// A subset of Go's `http.DetectContentType`, enough to word helm's "does not appear to be
/// a gzipped archive; got '...'" error as helm does.
enum ContentSniff {
    private static let htmlTags = [
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE",
        "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--",
    ]
    private static let exact: [(String, [UInt8])] = [
        ("application/pdf", Array("%PDF-".utf8)),
        ("application/postscript", Array("%!PS-Adobe-".utf8)),
        ("text/plain; charset=utf-16be", [0xFE, 0xFF]),
        ("text/plain; charset=utf-16le", [0xFF, 0xFE]),
        ("text/plain; charset=utf-8", [0xEF, 0xBB, 0xBF]),
        ("image/x-icon", [0, 0, 1, 0]),
        ("image/x-icon", [0, 0, 2, 0]),
        ("image/bmp", Array("BM".utf8)),
        ("image/gif", Array("GIF87a".utf8)),
        ("image/gif", Array("GIF89a".utf8)),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("audio/mpeg", Array("ID3".utf8)),
        ("application/ogg", Array("OggS".utf8) + [0]),
        ("video/webm", [0x1A, 0x45, 0xDF, 0xA3]),
        ("font/ttf", [0, 1, 0, 0]),
        ("font/otf", Array("OTTO".utf8)),
        ("font/collection", Array("ttcf".utf8)),
        ("font/woff", Array("wOFF".utf8)),
        ("font/woff2", Array("wOF2".utf8)),
        ("application/x-gzip", [0x1F, 0x8B, 0x08]),
        ("application/zip", Array("PK".utf8) + [3, 4]),
        ("application/x-rar-compressed", Array("Rar!".utf8) + [0x1A, 0x07, 0x00]),
        ("application/x-rar-compressed", Array("Rar!".utf8) + [0x1A, 0x07, 0x01, 0x00]),
        ("application/wasm", [0] + Array("asm".utf8)),
    ]

    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D || b == 0x20
    }

    /// The content type of the first 512 bytes (shorter input is padded with zeros, as
    /// helm reads into a zeroed 512-byte buffer).
    static func detect(_ input: [UInt8]) -> String {
        var data = Array(input.prefix(512))
        if data.count < 512 { data += [UInt8](repeating: 0, count: 512 - data.count) }
        var start = 0
        while start < data.count, isWhitespace(data[start]) { start += 1 }
        for tag in htmlTags {
            let t = Array(tag.utf8)
            guard start + t.count < data.count else { continue }
            var ok = true
            for (i, c) in t.enumerated() {
                var d = data[start + i]
                if d >= UInt8(ascii: "a") && d <= UInt8(ascii: "z") { d -= 0x20 }
                if d != c { ok = false; break }
            }
            let next = data[start + t.count]
            if ok && (next == UInt8(ascii: " ") || next == UInt8(ascii: ">")) { return "text/html; charset=utf-8" }
        }
        if data[start...].starts(with: Array("<?xml".utf8)) { return "text/xml; charset=utf-8" }
        for (type, sig) in exact where data.starts(with: sig) { return type }
        if data.count >= 12, data.starts(with: Array("RIFF".utf8)) {
            let tag = Array(data[8..<12])
            if tag == Array("WAVE".utf8) { return "audio/wave" }
            if tag == Array("AVI ".utf8) { return "video/avi" }
        }
        for b in data where b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F) {
            _ = b
            return "application/octet-stream"
        }
        return "text/plain; charset=utf-8"
    }
}
