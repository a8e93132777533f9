import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's integer sequences: `until` and `untilStep` return `[]int`, `seq` a string.
    static var sequenceFunctions: FunctionMap {
        [
            "until": TemplateFunction([.int]) { a in
                let count = a.int(0)
                return intList(try untilStep(0, count, count < 0 ? -1 : 1))
            },
            "untilStep": TemplateFunction([.int, .int, .int]) { a in
                intList(try untilStep(a.int(0), a.int(1), a.int(2)))
            },
            "seq": TemplateFunction([], variadic: .int) { a in
                .string(try seq(a.indices.map { a.int($0) }).map(String.init).joined(separator: " "))
            },
        ]
    }

    private static func intList(_ values: [Int64]) -> Value {
        .list(GoList(values.map { .int($0, .int) }, elementType: .int))
    }

    /// Port of numeric.go `untilStep`.
    static func untilStep(_ start: Int64, _ stop: Int64, _ step: Int64) throws -> [Int64] {
        var v: [Int64] = []
        if stop < start {
            if step >= 0 { return v }
            var i = start
            while i > stop {
                if v.count >= SizeLimit.maxListElements { throw FunctionError(SizeLimit.listMessage) }
            v.append(i)
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return v
        }
        if step <= 0 { return v }
        var i = start
        while i < stop {
            if v.count >= SizeLimit.maxListElements { throw FunctionError(SizeLimit.listMessage) }
            v.append(i)
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return v
    }

    /// Port of numeric.go `seq` (before `intArrayToString`).
    static func seq(_ params: [Int64]) throws -> [Int64] {
        switch params.count {
        case 1:
            let end = params[0]
            let increment: Int64 = end < 1 ? -1 : 1
            return try untilStep(1, end &+ increment, increment)
        case 2:
            let (start, end) = (params[0], params[1])
            let step: Int64 = end < start ? -1 : 1
            return try untilStep(start, end &+ step, step)
        case 3:
            let (start, step, end) = (params[0], params[1], params[2])
            var increment: Int64 = 1
            if end < start {
                increment = -1
                if step > 0 { return [] }
            }
            return try untilStep(start, end &+ increment, step)
        default:
            return []
        }
    }
}
