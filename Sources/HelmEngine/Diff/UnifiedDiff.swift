/// Line-by-line differences of two texts (Myers' algorithm) printed as a unified diff
/// (`diff -u`): hunks with three lines of context.
public enum UnifiedDiff {
    /// One step of an edit script: a line of both texts, or one only in the old or new text.
    public enum Step: Equatable {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    /// Edits beyond which Myers' search stops (its cost grows with edits × length) and the
    /// differing middle is shown as removed, then added.
    static let maximumEdits = 4000

    /// The lines of `text`; a final newline does not start another line.
    public static func lines(_ text: String) -> [Substring] {
        if text.isEmpty { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// A shortest edit script from `old` to `new` (or, past `maximumEdits`, a plain one).
    public static func steps(_ old: [Substring], _ new: [Substring]) -> [Step] {
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
            && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = old[prefix..<(old.count - suffix)]
        let b = new[prefix..<(new.count - suffix)]
        var steps = (0..<prefix).map { Step.same(old: $0, new: $0) }
        if let middle = myers(Array(a), Array(b)) {
            steps += middle.map { step in
                switch step {
                case .same(let i, let j): return .same(old: i + prefix, new: j + prefix)
                case .removed(let i): return .removed(old: i + prefix)
                case .added(let j): return .added(new: j + prefix)
                }
            }
        } else {
            steps += a.indices.map { Step.removed(old: $0) } + b.indices.map { Step.added(new: $0) }
        }
        steps += (0..<suffix).map { Step.same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return steps
    }

    /// Myers' O((N+M)·D) search, nil when D exceeds `maximumEdits`.
    static func myers(_ a: [Substring], _ b: [Substring]) -> [Step]? {
        let n = a.count, m = b.count
        let total = n + m
        if total == 0 { return [] }
        let offset = total + 1
        var v = [Int](repeating: 0, count: 2 * total + 3)
        var trace: [[Int]] = []
        for d in 0...min(total, maximumEdits) {
            // v before this round, for k in -(d+1)...(d+1): what the backtrack reads.
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { return backtrack(trace, n, m) }
            }
        }
        return nil
    }

    private static func backtrack(_ trace: [[Int]], _ n: Int, _ m: Int) -> [Step] {
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let round = trace[d]
            func value(_ k: Int) -> Int { round[k + d + 1] }
            let k = x - y
            let down = k == -d || (k != d && value(k - 1) < value(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = value(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                steps.append(.same(old: x - 1, new: y - 1))
                x -= 1; y -= 1
            }
            steps.append(down ? .added(new: y - 1) : .removed(old: x - 1))
            x = previousX; y = previousY
        }
        while x > 0 && y > 0 {
            steps.append(.same(old: x - 1, new: y - 1))
            x -= 1; y -= 1
        }
        return steps.reversed()
    }

    /// The hunks (`@@ -a,b +c,d @@` and their lines) turning `old` into `new`; empty when the
    /// lines are the same. `paint` colours a line by its first character.
    public static func hunks(_ old: String, _ new: String, context: Int = 3,
                             paint: (String) -> String = { $0 }) -> String {
        let a = lines(old), b = lines(new)
        let steps = steps(a, b)
        let changed = steps.indices.filter { if case .same = steps[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var out = ""
        var group = 0
        // Lines of each text before the current hunk, counted once over the whole script.
        var counted = 0
        var before = (old: 0, new: 0)
        while group < changed.count {
            var last = group
            while last + 1 < changed.count && changed[last + 1] - changed[last] <= 2 * context + 1 { last += 1 }
            let start = max(0, changed[group] - context)
            let end = min(steps.count, changed[last] + context + 1)
            let skipped = lineCounts(steps[counted..<start])
            before = (before.old + skipped.old, before.new + skipped.new)
            counted = start
            out += paint(header(steps[start..<end], before: before)) + "\n"
            for step in steps[start..<end] {
                switch step {
                case .same(let i, _): out += paint(" " + a[i]) + "\n"
                case .removed(let i): out += paint("-" + a[i]) + "\n"
                case .added(let j): out += paint("+" + b[j]) + "\n"
                }
            }
            group = last + 1
        }
        return out
    }

    /// `@@ -START,COUNT +START,COUNT @@` as GNU diff prints it (`,1` left out).
    private static func header(_ hunk: ArraySlice<Step>, before: (old: Int, new: Int)) -> String {
        let (oldBefore, newBefore) = before
        let (oldCount, newCount) = lineCounts(hunk)
        func range(_ before: Int, _ count: Int) -> String {
            let start = count == 0 ? before : before + 1
            return count == 1 ? String(start) : "\(start),\(count)"
        }
        return "@@ -\(range(oldBefore, oldCount)) +\(range(newBefore, newCount)) @@"
    }

    /// How many old and new lines `steps` cover.
    private static func lineCounts(_ steps: ArraySlice<Step>) -> (old: Int, new: Int) {
        var old = 0, new = 0
        for step in steps {
            switch step {
            case .same: old += 1; new += 1
            case .removed: old += 1
            case .added: new += 1
            }
        }
        return (old, new)
    }
}
