import GoRuntime

/// Chart archives (`.tgz`): helm's `archive.LoadArchiveFiles` and `EnsureArchive`.
enum ChartArchive {
    /// An archive failure. `isGzipHeader` marks Go's `gzip.ErrHeader`, which helm words
    /// differently from other failures.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        var isGzipHeader = false
    }

    /// helm's `MaxDecompressedChartSize`. helm v4.3.1 has no per-file limit for
    /// `helm template` (measured: a 20 MiB file in an archive renders), so neither has Rudder.
    static let maxDecompressedChartSize = 100 * 1024 * 1024
    /// The most tar bytes inflated before giving up: the chart limit plus room for tar
    /// headers and padding. Beyond it the file data alone would pass helm's chart limit
    /// unless the archive holds hundreds of thousands of files.
    static let maxDecompressedTarSize = 2 * maxDecompressedChartSize

    /// The files of a gzipped tar archive, with the top folder stripped from each name and
    /// helm's path safety checks applied. A UTF-8 byte-order mark is dropped from each file.
    static func loadFiles(_ bytes: [UInt8]) throws -> [ChartFile] {
        let tarBytes: [UInt8]
        do {
            tarBytes = try Gzip.decompress(bytes, limit: maxDecompressedTarSize)
        } catch Gzip.Failure.header {
            throw Failure(description: "gzip: invalid header", isGzipHeader: true)
        } catch Gzip.Failure.empty {
            throw Failure(description: "EOF")
        } catch {
            throw Failure(description: "unexpected EOF")
        }
        var reader = TarReader(tarBytes)
        var files: [ChartFile] = []
        var remaining = maxDecompressedChartSize
        while true {
            let entry: TarReader.Entry?
            do {
                entry = try reader.next()
            } catch {
                throw Failure(description: "archive/tar: invalid tar header")
            }
            guard let entry else { break }
            if entry.isDirectory { continue }
            let delimiter: Character = entry.name.contains("\\") ? "\\" : "/"
            let parts = entry.name.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            var n = parts.dropFirst().joined(separator: String(delimiter))
            if delimiter == "\\" { n = n.split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "/") }
            if n.hasPrefix("/") { throw Failure(description: "chart illegally contains absolute paths") }
            n = GoPath.clean(n)
            if n == "." {
                throw Failure(description: "chart illegally contains content outside the base directory: \(GoQuoteString.quote(entry.name))")
            }
            if n.hasPrefix("..") { throw Failure(description: "chart illegally references parent directory") }
            let u = Array(n.utf8)
            if u.count >= 3, (u[0] | 0x20) >= UInt8(ascii: "a"), (u[0] | 0x20) <= UInt8(ascii: "z"),
               u[1] == UInt8(ascii: ":"), u[2] == UInt8(ascii: "/") {
                throw Failure(description: "chart contains illegally named files")
            }
            if parts.first == "Chart.yaml" { throw Failure(description: "chart yaml not in base directory") }
            if entry.data.count > remaining {
                throw Failure(description: "decompressed chart is larger than the maximum size \(maxDecompressedChartSize)")
            }
            remaining -= entry.data.count
            files.append(ChartFile(name: n, data: ChartArchive.trimBOM(entry.data)))
        }
        if files.isEmpty { throw Failure(description: "no files in chart archive") }
        return files
    }

    static func trimBOM(_ data: [UInt8]) -> [UInt8] {
        if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF { return Array(data[3...]) }
        return data
    }

    /// helm's `EnsureArchive`: a helpful error when the chart argument is not gzip data.
    static func ensureArchive(name: String, bytes: [UInt8]) throws {
        let head = Array(bytes.prefix(512))
        let type = ContentSniff.detect(head)
        if type == "application/x-gzip" || head.starts(with: [0x1F, 0x8B, 0x08]) { return }
        if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            throw ChartError("file '\(name)' seems to be a YAML file, but expected a gzipped archive")
        }
        throw ChartError("file '\(name)' does not appear to be a gzipped archive; got '\(type)'")
    }
}

/// Go's `filepath.Ext`.
func goPathExt(_ path: String) -> String {
    var i = path.endIndex
    while i > path.startIndex {
        let j = path.index(before: i)
        if path[j] == "/" { break }
        if path[j] == "." { return String(path[j...]) }
        i = j
    }
    return ""
}

/// `%q` quoting for error texts.
enum GoQuoteString {
    static func quote(_ s: String) -> String { Strconv.quote(s) }
}


