extension Printer {
    /// Prints one operand (Go's `pp.printArg`): handles nil, `%T` and `%p`, then the value.
    mutating func printArg(_ arg: Value, verb: UInt32) {
        if case .nil = arg {
            if verb == Verb.T || verb == Verb.v {
                padString("<nil>")
            } else {
                badVerb(verb, nil)
            }
            return
        }
        switch verb {
        case Verb.T:
            fmtS(arg.goTypeName)
        case Verb.p:
            fmtPointer(arg, verb: verb)
        case Verb.w:
            // Go's handleMethods rejects %w (no error values here) for non-basic types as a
            // whole; basic types reach their own verb switch and reject it there.
            switch arg {
            case .list, .map, .object: badVerb(verb, arg)
            default: printValue(arg, verb: verb, depth: 0)
            }
        default:
            printValue(arg, verb: verb, depth: 0)
        }
    }

    /// Prints a value (Go's `pp.printValue`); `depth` is 0 for an operand, more inside
    /// lists and maps.
    mutating func printValue(_ value: Value, verb: UInt32, depth: Int) {
        switch value {
        case .nil:
            // Only reachable inside a list or map: an `interface {}` holding nil.
            if flags.sharpV {
                writeStatic("interface {}(nil)")
            } else {
                writeStatic("<nil>")
            }
        case .bool(let b):
            if verb == Verb.t || verb == Verb.v {
                fmtBoolean(b)
            } else {
                badVerb(verb, value)
            }
        case .int(let i, let kind):
            fmtIntegerVerb(UInt64(bitPattern: i), isSigned: !kind.isUnsigned, verb: verb, value: value)
        case .float(let f):
            fmtFloatVerb(f, verb: verb, value: value)
        case .string(let s):
            fmtString(s, verb: verb, value: value)
        case .list(let list):
            printList(list, verb: verb, depth: depth)
        case .map(let map):
            printMap(map, verb: verb, depth: depth)
        case .object(let object):
            printObject(object, verb: verb, value: value)
        }
    }

    /// `%!verb(type=value)` for a verb the operand's type does not support; nil prints
    /// `%!verb(<nil>)` (Go's `badVerb`).
    mutating func badVerb(_ verb: UInt32, _ value: Value?) {
        writeStatic("%!")
        writeRune(verb)
        writeByte(UInt8(ascii: "("))
        if let value = value, !value.isNil {
            writeString(value.goTypeName)
            writeByte(UInt8(ascii: "="))
            printArg(value, verb: Verb.v)
        } else {
            writeStatic("<nil>")
        }
        writeByte(UInt8(ascii: ")"))
    }

    /// Verb dispatch for strings (Go's `pp.fmtString`).
    mutating func fmtString(_ s: String, verb: UInt32, value: Value) {
        switch verb {
        case Verb.v:
            if flags.sharpV { fmtQ(s) } else { fmtS(s) }
        case Verb.s: fmtS(s)
        case Verb.x: fmtSbx(GoBytes.bytes(s), upper: false)
        case Verb.X: fmtSbx(GoBytes.bytes(s), upper: true)
        case Verb.q: fmtQ(s)
        default: badVerb(verb, value)
        }
    }

    /// Lists print as `[a b]`, or `[]T{a, b}` with `%#v`; `[]uint8` prints as bytes for
    /// `%s %q %x %X`.
    mutating func printList(_ list: GoList, verb: UInt32, depth: Int) {
        if list.elementType == .uint8 {
            let isByteVerb = verb == Verb.s || verb == Verb.q || verb == Verb.x || verb == Verb.X
            if depth == 0 && (isByteVerb || verb == Verb.v || verb == Verb.d) {
                fmtBytes(byteValues(list), verb: verb, typeString: "[]byte")
                return
            }
            if isByteVerb {
                fmtBytes(byteValues(list), verb: verb, typeString: "[]uint8")
                return
            }
        }
        let isInterface = list.elementType == .interface
        if flags.sharpV {
            writeString("[]" + list.elementType.goName)
            writeByte(UInt8(ascii: "{"))
            for (i, element) in list.elements.enumerated() {
                if i > 0 { writeStatic(", ") }
                printValue(element, verb: verb, depth: depth + (isInterface ? 2 : 1))
            }
            writeByte(UInt8(ascii: "}"))
        } else {
            writeByte(UInt8(ascii: "["))
            for (i, element) in list.elements.enumerated() {
                if i > 0 { writeByte(UInt8(ascii: " ")) }
                printValue(element, verb: verb, depth: depth + (isInterface ? 2 : 1))
            }
            writeByte(UInt8(ascii: "]"))
        }
    }

    /// Maps print as `map[k:v ...]` with sorted keys, or `map[string]T{"k":v, ...}` with `%#v`.
    mutating func printMap(_ map: GoMap, verb: UInt32, depth: Int) {
        let isInterface = map.valueType == .interface
        if flags.sharpV {
            writeString(map.namedType ?? "map[string]" + map.valueType.goName)
            writeByte(UInt8(ascii: "{"))
        } else {
            writeStatic("map[")
        }
        for (i, key) in map.sortedKeys.enumerated() {
            if i > 0 {
                if flags.sharpV { writeStatic(", ") } else { writeByte(UInt8(ascii: " ")) }
            }
            fmtString(key, verb: verb, value: .string(key))
            writeByte(UInt8(ascii: ":"))
            printValue(map.entries[key] ?? .nil, verb: verb, depth: depth + (isInterface ? 2 : 1))
        }
        writeByte(flags.sharpV ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Objects print their `formatted` text, as Go prints a `String()` method's result.
    mutating func printObject(_ object: any GoObject, verb: UInt32, value: Value) {
        if let complex = object as? GoComplex {
            fmtComplex(complex, verb: verb, value: value)
            return
        }
        switch verb {
        case Verb.v where flags.sharpV:
            fmtS(object.formattedCopy)
        case Verb.v, Verb.s, Verb.x, Verb.X, Verb.q:
            fmtString(object.formattedCopy, verb: verb, value: value)
        default:
            badVerb(verb, value)
        }
    }

    /// Complex numbers (Go's `pp.fmtComplex`): both parts with the float verb, flags and
    /// width, the imaginary part always signed, in parentheses.
    mutating func fmtComplex(_ c: GoComplex, verb: UInt32, value: Value) {
        switch verb {
        case Verb.v, Verb.b, Verb.g, Verb.G, Verb.x, Verb.X, Verb.f, Verb.F, Verb.e, Verb.E:
            let oldPlus = flags.plus
            writeByte(UInt8(ascii: "("))
            fmtFloatVerb(c.real, verb: verb, value: value)
            flags.plus = true
            fmtFloatVerb(c.imag, verb: verb, value: value)
            writeStatic("i)")
            flags.plus = oldPlus
        default:
            badVerb(verb, value)
        }
    }

    /// Byte slices (Go's `pp.fmtBytes`).
    mutating func fmtBytes(_ bytes: [UInt8], verb: UInt32, typeString: String) {
        switch verb {
        case Verb.v, Verb.d:
            if flags.sharpV {
                writeString(typeString)
                writeByte(UInt8(ascii: "{"))
                for (i, c) in bytes.enumerated() {
                    if i > 0 { writeStatic(", ") }
                    fmt0x64(UInt64(c), leading0x: true)
                }
                writeByte(UInt8(ascii: "}"))
            } else {
                writeByte(UInt8(ascii: "["))
                for (i, c) in bytes.enumerated() {
                    if i > 0 { writeByte(UInt8(ascii: " ")) }
                    fmtInteger(UInt64(c), base: 10, isSigned: false, verb: verb, upper: false)
                }
                writeByte(UInt8(ascii: "]"))
            }
        case Verb.s: fmtBs(bytes)
        case Verb.x: fmtSbx(bytes, upper: false)
        case Verb.X: fmtSbx(bytes, upper: true)
        case Verb.q: fmtQ(String(decoding: bytes, as: UTF8.self))
        default:
            let list = GoList(bytes.map { .int(Int64($0), .uint8) }, elementType: .int)
            printList(list, verb: verb, depth: 1)
        }
    }

    private func byteValues(_ list: GoList) -> [UInt8] {
        list.elements.map { element -> UInt8 in
            if case .int(let i, _) = element { return UInt8(truncatingIfNeeded: i) }
            return 0
        }
    }

    /// `%p`: maps, lists and objects print an address (not the real Go one: ours is only
    /// stable within a run); other types are a bad verb.
    mutating func fmtPointer(_ value: Value, verb: UInt32) {
        let address: UInt64
        switch value {
        case .map(let map): address = UInt64(UInt(bitPattern: ObjectIdentifier(map)))
        case .object(let object): address = UInt64(UInt(bitPattern: ObjectIdentifier(object)))
        case .list(let list): address = list.elements.isEmpty ? 0xc000010000 : 0xc000012000
        default:
            badVerb(verb, value)
            return
        }
        fmt0x64(address, leading0x: !flags.sharp)
    }
}
