import Testing
@testable import HelmEngine

/// The edit script must turn the old lines into the new ones and be as short as the longest
/// common subsequence allows; hunks must carry GNU diff's headers.
@Suite struct UnifiedDiffTests {
    /// Deterministic pseudo-random line lists over a small alphabet (many repeats).
    static func pairs() -> [([Substring], [Substring])] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<300).map { _ in
            let a = (0..<next(12)).map { _ in Substring(["a", "b", "c", "d"][next(4)]) }
            let b = (0..<next(12)).map { _ in Substring(["a", "b", "c", "d"][next(4)]) }
            return (a, b)
        }
    }

    static func lcs(_ a: [Substring], _ b: [Substring]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func editScriptsAreValidAndMinimal() {
        for (a, b) in Self.pairs() {
            let steps = UnifiedDiff.steps(a, b)
            var old: [Substring] = [], new: [Substring] = []
            var same = 0
            for step in steps {
                switch step {
                case .same(let i, let j):
                    #expect(a[i] == b[j])
                    old.append(a[i]); new.append(b[j]); same += 1
                case .removed(let i): old.append(a[i])
                case .added(let j): new.append(b[j])
                }
            }
            #expect(old == a && new == b)
            #expect(same == Self.lcs(a, b), "not minimal: \(a) -> \(b)")
        }
    }

    @Test func hunksHaveContextAndHeaders() {
        let old = (1...20).map { "line \($0)\n" }.joined()
        var lines = (1...20).map { "line \($0)" }
        lines[9] = "changed"
        lines.append("added")
        let new = lines.joined(separator: "\n") + "\n"
        let hunks = UnifiedDiff.hunks(old, new)
        #expect(hunks.hasPrefix("@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+changed\n line 11\n"))
        #expect(hunks.contains("@@ -18,3 +18,4 @@\n line 18\n line 19\n line 20\n+added\n"))
        #expect(UnifiedDiff.hunks(old, old).isEmpty)
        #expect(UnifiedDiff.hunks("", "a\n") == "@@ -0,0 +1 @@\n+a\n")
    }

    @Test func veryDifferentTextsStayCheap() {
        let a = (0..<20000).map { Substring("a\($0)") }
        let b = (0..<20000).map { Substring("b\($0)") }
        let steps = UnifiedDiff.steps(a, b)
        #expect(steps.count == 40000)
    }
}
