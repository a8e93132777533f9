/// Go's `net.ParseIP` for certificate IP SANs: IPv4 as 4 bytes, IPv6 as 16.
enum IPAddress {
    static func parse(_ s: String) -> [UInt8]? {
        if let v4 = parseV4(Substring(s)) { return v4 }
        return parseV6(s)
    }

    static func parseV4(_ s: Substring) -> [UInt8]? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  !(part.count > 1 && part.first == "0"), let v = Int(part), v <= 255 else { return nil }
            out.append(UInt8(v))
        }
        return out
    }

    static func parseV6(_ s: String) -> [UInt8]? {
        var head: [UInt8] = [], tail: [UInt8] = []
        let halves = s.components(separatedByDoubleColon: ())
        guard halves.count <= 2 else { return nil }
        func groups(_ text: Substring, allowV4: Bool) -> [UInt8]? {
            if text.isEmpty { return [] }
            var out: [UInt8] = []
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                if allowV4 && i == parts.count - 1 && part.contains(".") {
                    guard let v4 = parseV4(part) else { return nil }
                    out += v4
                    continue
                }
                guard !part.isEmpty, part.count <= 4, let v = UInt16(part, radix: 16) else { return nil }
                out += [UInt8(v >> 8), UInt8(v & 0xFF)]
            }
            return out
        }
        guard let h = groups(halves[0], allowV4: halves.count == 1) else { return nil }
        head = h
        if halves.count == 2 {
            guard let t = groups(halves[1], allowV4: true) else { return nil }
            tail = t
            guard head.count + tail.count <= 14 else { return nil }
            return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
        }
        return head.count == 16 ? head : nil
    }
}

private extension String {
    /// Splits at the first `::` (at most two parts; a second `::` stays and fails parsing).
    func components(separatedByDoubleColon _: Void) -> [Substring] {
        guard let range = firstRange(of: "::") else { return [Substring(self)] }
        let rest = self[range.upperBound...]
        if rest.contains("::") { return [Substring(self), "", ""] }
        return [self[..<range.lowerBound], rest]
    }
}
