/// A minimal reader of tar archives (ustar, GNU long names and PAX `path` records), enough
/// for chart archives as Go's `archive/tar` reads them.
struct TarReader {
    /// One archive member.
    struct Entry {
        var name: String
        var typeflag: UInt8
        var data: [UInt8]
        var isDirectory: Bool { typeflag == UInt8(ascii: "5") || typeflag == 0 && name.hasSuffix("/") }
    }

    /// A malformed archive (Go's `tar.ErrHeader` and friends).
    struct Failure: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next entry, or nil at the end of the archive.
    mutating func next() throws -> Entry? {
        var longName: String? = nil
        var paxPath: String? = nil
        while true {
            guard offset + 512 <= bytes.count else {
                if offset >= bytes.count { return nil }
                throw Failure()
            }
            let header = Array(bytes[offset..<offset + 512])
            if header.allSatisfy({ $0 == 0 }) { return nil }
            guard checksumOK(header) else { throw Failure() }
            let size = try octal(header[124..<136])
            let typeflag = header[156]
            let dataStart = offset + 512
            guard size >= 0, dataStart + size <= bytes.count else { throw Failure() }
            let data = Array(bytes[dataStart..<dataStart + size])
            offset = dataStart + ((size + 511) / 512) * 512
            switch typeflag {
            case UInt8(ascii: "L"):
                longName = cString(data[...])
                continue
            case UInt8(ascii: "x"):
                if let p = TarReader.paxRecords(data)["path"] { paxPath = p }
                continue
            case UInt8(ascii: "g"), UInt8(ascii: "K"):
                continue
            default:
                break
            }
            var name = cString(header[0..<100])
            let magic = Array(header[257..<263])
            if magic == Array("ustar\0".utf8) {
                let prefix = cString(header[345..<500])
                if !prefix.isEmpty { name = prefix + "/" + name }
            }
            if let longName { name = longName }
            if let paxPath { name = paxPath }
            return Entry(name: name, typeflag: typeflag, data: data)
        }
    }

    private func cString(_ field: ArraySlice<UInt8>) -> String {
        let end = field.firstIndex(of: 0) ?? field.endIndex
        return String(decoding: field[field.startIndex..<end], as: UTF8.self)
    }

    private func octal(_ field: ArraySlice<UInt8>) throws -> Int {
        if let first = field.first, first & 0x80 != 0 {
            // GNU base-256 encoding.
            var value = Int(first & 0x7f)
            for b in field.dropFirst() { value = value << 8 | Int(b) }
            return value
        }
        var value = 0
        var seen = false
        for b in field {
            if b == 0 || b == UInt8(ascii: " ") {
                if seen { break } else { continue }
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "7") else { throw Failure() }
            value = value * 8 + Int(b - UInt8(ascii: "0"))
            seen = true
        }
        return value
    }

    private func checksumOK(_ header: [UInt8]) -> Bool {
        guard let stored = try? octal(header[148..<156]) else { return false }
        var unsigned = 0
        var signed = 0
        for (i, b) in header.enumerated() {
            let v = (148..<156).contains(i) ? UInt8(ascii: " ") : b
            unsigned += Int(v)
            signed += Int(Int8(bitPattern: v))
        }
        return stored == unsigned || stored == signed
    }

    /// PAX extended header records: `LEN key=value\n`.
    static func paxRecords(_ data: [UInt8]) -> [String: String] {
        var out: [String: String] = [:]
        var i = 0
        while i < data.count {
            var j = i
            var length = 0
            while j < data.count, data[j] >= UInt8(ascii: "0"), data[j] <= UInt8(ascii: "9") {
                length = length * 10 + Int(data[j] - UInt8(ascii: "0"))
                j += 1
            }
            guard length > 0, i + length <= data.count, j < data.count, data[j] == UInt8(ascii: " ") else { break }
            let record = data[(j + 1)..<(i + length - 1)]
            if let eq = record.firstIndex(of: UInt8(ascii: "=")) {
                let key = String(decoding: record[record.startIndex..<eq], as: UTF8.self)
                let value = String(decoding: record[(eq + 1)...], as: UTF8.self)
                out[key] = value
            }
            i += length
        }
        return out
    }
}
