extension Substring {
    /// The first occurrence of `needle`, compared byte for byte (Go's `strings.Index`).
    func range(of needle: String) -> Range<Substring.Index>? {
        let n = Array(needle.utf8)
        guard let head = n.first else { return startIndex..<startIndex }
        let u = self.utf8
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == head {
                var j = i
                var k = 0
                while k < n.count, j != u.endIndex, u[j] == n[k] { j = u.index(after: j); k += 1 }
                if k == n.count { return i..<j }
            }
            i = u.index(after: i)
        }
        return nil
    }
}
