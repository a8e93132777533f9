extension Printer {
    /// Go's `pp.doPrintf`: interprets the format string and formats the operands.
    mutating func doPrintf(_ format: String, _ args: [Value]) {
        var format = format
        format.withUTF8 { bytes in
            doPrintf(bytes, args)
        }
    }

    private mutating func doPrintf(_ format: UnsafeBufferPointer<UInt8>, _ args: [Value]) {
        let end = format.count
        var argNum = 0  // one argument per non-trivial directive
        var afterIndex = false  // the previous item was an index like [3]
        var reordered = false
        var i = 0
        formatLoop: while i < end {
            var goodArgNum = true
            let lasti = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti {
                buf.append(contentsOf: UnsafeBufferPointer(rebasing: format[lasti..<i]))
            }
            if i >= end { break }
            i += 1  // skip %

            // Flags.
            clearFlags()
            simpleFormat: while i < end {
                let c = format[i]
                switch c {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = !flags.minus  // only pad with zeros on the left
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"):
                    flags.minus = true
                    flags.zero = false
                case UInt8(ascii: " "): flags.space = true
                default:
                    // Fast path: a lower-case ASCII verb without width, precision or index.
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < args.count {
                        if c == UInt8(ascii: "v") || c == UInt8(ascii: "w") { promoteV() }
                        printArg(args[argNum], verb: UInt32(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break simpleFormat
                }
                i += 1
            }

            // Explicit argument index?
            (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count, &goodArgNum, &reordered)

            // Width.
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                (wid, flags.widPresent, argNum) = intFromArg(args, argNum)
                if !flags.widPresent { writeStatic("%!(BADWIDTH)") }
                // A negative width means left-justify.
                if wid < 0 {
                    wid = -wid
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                (wid, flags.widPresent, i) = parseNumber(format, i, end)
                if afterIndex && flags.widPresent { goodArgNum = false }  // "%[3]2d"
            }

            // Precision.
            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }  // "%[3].2d"
                (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count, &goodArgNum, &reordered)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (prec, flags.precPresent, argNum) = intFromArg(args, argNum)
                    // A negative precision makes no sense.
                    if prec < 0 {
                        prec = 0
                        flags.precPresent = false
                    }
                    if !flags.precPresent { writeStatic("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    (prec, flags.precPresent, i) = parseNumber(format, i, end)
                    if !flags.precPresent {
                        prec = 0
                        flags.precPresent = true
                    }
                }
            }

            if !afterIndex {
                (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count, &goodArgNum, &reordered)
            }

            if i >= end {
                writeStatic("%!(NOVERB)")
                break
            }

            let (verb, size) = decodeRune(format, i)
            i += size

            if verb == Verb.percent {
                // Percent absorbs no operand and ignores width and precision.
                writeByte(UInt8(ascii: "%"))
            } else if !goodArgNum {
                writeStatic("%!")
                writeRune(verb)
                writeStatic("(BADINDEX)")
            } else if argNum >= args.count {
                writeStatic("%!")
                writeRune(verb)
                writeStatic("(MISSING)")
            } else {
                if verb == Verb.v || verb == Verb.w { promoteV() }
                printArg(args[argNum], verb: verb)
                argNum += 1
            }
        }

        // Extra operands, unless they were accessed out of order.
        if !reordered && argNum < args.count {
            clearFlags()
            writeStatic("%!(EXTRA ")
            for (i, arg) in args[argNum...].enumerated() {
                if i > 0 { writeStatic(", ") }
                if arg.isNil {
                    writeStatic("<nil>")
                } else {
                    writeString(arg.goTypeName)
                    writeByte(UInt8(ascii: "="))
                    printArg(arg, verb: Verb.v)
                }
            }
            writeByte(UInt8(ascii: ")"))
        }
    }

    /// `%#v` and `%+v` are distinct formats: move sharp/plus to sharpV/plusV (`%w`, which
    /// only `Errorf` accepts, is treated like `%v` for flags since Go 1.20).
    private mutating func promoteV() {
        flags.sharpV = flags.sharp
        flags.sharp = false
        flags.plusV = flags.plus
        flags.plus = false
    }

    /// Decodes the verb at `i`: one byte, or a UTF-8 sequence (invalid bytes give U+FFFD, width 1).
    private func decodeRune(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = s[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        var decoder = UTF8()
        var iterator = s[i...].makeIterator()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            let r = scalar.value
            let width = r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4
            return (r, width)
        default:
            return (0xFFFD, 1)
        }
    }

    /// Go's `parsenum`: a decimal number at `start`, or not present.
    private func parseNumber(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Bool, Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isNum = false
        var i = start
        while i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9") {
            if tooLarge(num) { return (0, false, end) }  // overflow: a crazy long number
            num = num * 10 + Int(s[i] - UInt8(ascii: "0"))
            isNum = true
            i += 1
        }
        return (num, isNum, i)
    }

    private func tooLarge(_ x: Int) -> Bool {
        x > 1_000_000 || x < -1_000_000
    }

    /// Go's `intFromArg`: the operand at `argNum` as a width or precision.
    private func intFromArg(_ args: [Value], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < args.count else { return (0, false, argNum) }
        var num = 0
        var isInt = false
        if case .int(let i, let kind) = args[argNum] {
            if !kind.isUnsigned || i >= 0 {
                num = Int(i)
                isInt = true
            }
        }
        if tooLarge(num) {
            num = 0
            isInt = false
        }
        return (num, isInt, argNum + 1)
    }

    /// Go's `argNumber`: an explicit `[n]` index at `i`, if any.
    private func argNumber(
        _ argNum: Int, _ format: UnsafeBufferPointer<UInt8>, _ i: Int, _ numArgs: Int,
        _ goodArgNum: inout Bool, _ reordered: inout Bool
    ) -> (Int, Int, Bool) {
        if format.count <= i || format[i] != UInt8(ascii: "[") { return (argNum, i, false) }
        reordered = true
        let (index, width, ok) = parseArgNumber(format, i)
        if ok && 0 <= index && index < numArgs { return (index, i + width, true) }
        goodArgNum = false
        return (argNum, i + width, ok)
    }

    /// Go's `parseArgNumber`: the bracketed number at `start` minus one, the bytes consumed,
    /// and whether it parsed.
    private func parseArgNumber(_ format: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Int, Bool) {
        let count = format.count - start
        if count < 3 { return (0, 1, false) }
        var j = start + 1
        while j < format.count {
            if format[j] == UInt8(ascii: "]") {
                let (width, ok, newi) = parseNumber(format, start + 1, j)
                if !ok || newi != j { return (0, j - start + 1, false) }
                return (width - 1, j - start + 1, true)
            }
            j += 1
        }
        return (0, 1, false)
    }
}
