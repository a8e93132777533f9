import Foundation

/// Go's txtar archive format, parsed as `golang.org/x/tools/txtar` does.
struct Txtar {
    var comment: Data
    var files: [(name: String, data: Data)]

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start...] + [0x0A]) }
        var comment = Data()
        var files: [(String, Data)] = []
        var current: (String, Data)? = nil
        for line in lines {
            if let name = Txtar.marker(line) {
                if let c = current { files.append(c) }
                current = (name, Data())
            } else if current != nil {
                current?.1.append(contentsOf: line)
            } else {
                comment.append(contentsOf: line)
            }
        }
        if let c = current { files.append(c) }
        self.comment = comment
        self.files = files
    }

    static func marker(_ line: ArraySlice<UInt8>) -> String? {
        var l = Array(line)
        if l.last == 0x0A { l.removeLast() }
        if l.last == 0x0D { l.removeLast() }
        guard l.count >= 7, l.starts(with: Array("-- ".utf8)), l.suffix(3).elementsEqual(Array(" --".utf8)) else { return nil }
        let name = String(decoding: l[3..<(l.count - 3)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// Arguments from a first comment line `args: ...`, split like Python's shlex.
    var args: [String] {
        let text = String(decoding: comment, as: UTF8.self)
        guard let first = text.split(separator: "\n", omittingEmptySubsequences: false).first,
              first.hasPrefix("args:") else { return [] }
        return Txtar.shellSplit(String(first.dropFirst(5)))
    }

    static func shellSplit(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inWord = false
        var quote: Character? = nil
        var escape = false
        for c in s {
            if escape { current.append(c); escape = false; inWord = true; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escape = true } else { current.append(c) }
                continue
            }
            if c == "\\" { escape = true; inWord = true; continue }
            if c == "'" || c == "\"" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { out.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c)
            inWord = true
        }
        if inWord { out.append(current) }
        return out
    }
}
