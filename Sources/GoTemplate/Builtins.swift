import GoRuntime

/// Go's predefined template functions (text/template funcs.go `builtins`), with Go's
/// semantics and error texts. Helm's function map overrides some of them (e.g. `slice`).
enum Builtins {
    static let functions = make(.go127)
    static let go123Functions = make(.go123)

    /// The builtins of `release` (built once per release).
    static func functions(_ release: GoRelease) -> FunctionMap {
        release == .go127 ? functions : go123Functions
    }

    private static func make(_ release: GoRelease) -> FunctionMap {
        var m: FunctionMap = [
            "and": shortCircuit(),
            "or": shortCircuit(),
            "not": TemplateFunction([.any]) { .bool(!$0[0].isTrue) },
            "len": TemplateFunction([.any]) { try length($0[0]) },
            "index": TemplateFunction([.any], variadic: .any) { try index($0[0], $0.dropFirst()) },
            "slice": TemplateFunction([.any], variadic: .any) { try slice($0[0], Array($0.dropFirst())) },
            "print": TemplateFunction([], variadic: .any) { .string(GoFormat.sprint($0)) },
            "printf": TemplateFunction([.string], variadic: .any) {
                .string(GoFormat.sprintf($0[0].stringValue ?? "", Array($0.dropFirst())))
            },
            "println": TemplateFunction([], variadic: .any) { .string(GoFormat.sprintln($0)) },
            "html": TemplateFunction([], variadic: .any) { .string(Escape.html(evalArgs($0))) },
            "js": TemplateFunction([], variadic: .any) { .string(Escape.js(evalArgs($0))) },
            "urlquery": TemplateFunction([], variadic: .any) { .string(Escape.queryEscape(evalArgs($0))) },
            "call": TemplateFunction([.any], variadic: .any) { args in
                if case .nil = args[0] { throw FunctionError("call of nil") }
                let shown: String
                if case .string(let text) = args[0] { shown = Strconv.quote(text) } else { shown = GoFormat.value(args[0]) }
                throw FunctionError("non-function \(shown) of type \(args[0].goTypeName)")
            },
            "eq": TemplateFunction([.any], variadic: .any) { .bool(try Compare.eq($0[0], $0.dropFirst(), release)) },
            "ne": TemplateFunction([.any, .any]) { .bool(try !Compare.eq($0[0], $0[1...], release)) },
            "lt": TemplateFunction([.any, .any]) { .bool(try Compare.lt($0[0], $0[1], release)) },
            "le": TemplateFunction([.any, .any]) { .bool(try Compare.le($0[0], $0[1], release)) },
            "gt": TemplateFunction([.any, .any]) { .bool(try !Compare.le($0[0], $0[1], release)) },
            "ge": TemplateFunction([.any, .any]) { .bool(try !Compare.lt($0[0], $0[1], release)) },
        ]
        m["and"]?.isShortCircuit = true
        m["or"]?.isShortCircuit = true
        // funcs.go `length` calls item.Type() on the zero reflect.Value: a recovered panic.
        m["len"]?.untypedNilError = "reflect: call of reflect.Value.Type on zero Value"
        return m
    }

    static func shortCircuit() -> TemplateFunction {
        TemplateFunction([.any], variadic: .any) { $0.last ?? .nil }
    }

    /// Go's `evalArgs`: a lone string argument as it is, otherwise `fmt.Sprint` of the
    /// arguments after `printableValue`, which turns a nil (missing) argument into the text
    /// `<no value>` (funcs.go `evalArgs`), so `html .missing` is `&lt;no value&gt;`.
    static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        return GoFormat.sprint(args.map { $0.isNil ? .string("<no value>") : $0 })
    }

    static func length(_ item: Value) throws -> Value {
        switch item.collectionView {
        case .nil: throw FunctionError("len of nil pointer")
        case .string(let s): return .int(GoBytes.count(s))
        case .list(let l): return .int(l.count)
        case .map(let m): return .int(m.count)
        default: throw FunctionError("len of type \(item.goTypeName)")
        }
    }

    static func indexArg(_ index: Value, cap: Int) throws -> Int {
        let x: Int64
        switch index {
        case .int(let i, let k):
            x = k.isUnsigned ? Int64(bitPattern: UInt64(bitPattern: i)) : i
        case .nil: throw FunctionError("cannot index slice/array with nil")
        default: throw FunctionError("cannot index slice/array with type \(index.goTypeName)")
        }
        if x < 0 || x > Int64(cap) { throw FunctionError("index out of range: \(x)") }
        return Int(x)
    }

    static func index(_ item: Value, _ indexes: ArraySlice<Value>) throws -> Value {
        if case .nil = item { throw FunctionError("index of untyped nil") }
        var item = item
        for index in indexes {
            item = item.collectionView
            switch item {
            case .nil: throw FunctionError("index of nil pointer")
            case .list(let l):
                let x = try indexArg(index, cap: l.elements.count)
                if x == l.elements.count { throw FunctionError("reflect: slice index out of range") }
                item = l.elements[x]
            case .string(let s):
                let bytes = Array(s.utf8)
                let x = try indexArg(index, cap: bytes.count)
                if x == bytes.count { throw FunctionError("reflect: string index out of range") }
                item = .int(Int64(bytes[x]), .uint8)
            case .map(let m):
                switch index {
                case .string(let key):
                    item = m[key] ?? zeroValue(m.valueType)
                case .nil:
                    throw FunctionError("value is nil; should be of type string")
                default:
                    throw FunctionError("value has type \(index.goTypeName); should be string")
                }
            default:
                throw FunctionError("can't index item of type \(item.goTypeName)")
            }
        }
        return item
    }

    /// The zero value of a map's value type.
    static func zeroValue(_ type: ElementType) -> Value {
        switch type {
        case .interface, .interfaceList, .stringInterfaceMap: return .nil
        case .string: return .string("")
        case .int: return .int(0, .int)
        case .int64: return .int(0, .int64)
        case .float64: return .float(0)
        case .bool: return .bool(false)
        case .uint8: return .int(0, .uint8)
        }
    }

    /// Go's builtin `slice` (helm replaces it with Sprig's; kept for plain use of the engine).
    static func slice(_ item: Value, _ indexes: [Value]) throws -> Value {
        if case .nil = item { throw FunctionError("slice of untyped nil") }
        if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
        switch item {
        case .string(let s):
            if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
            let bytes = Array(s.utf8)
            var idx = [0, bytes.count]
            for (i, v) in indexes.enumerated() { idx[i] = try indexArg(v, cap: bytes.count) }
            if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
            return .string(String(decoding: bytes[idx[0]..<idx[1]], as: UTF8.self))
        case .list(let l):
            var idx = [0, l.elements.count, l.elements.count]
            for (i, v) in indexes.enumerated() { idx[i] = try indexArg(v, cap: l.elements.count) }
            if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
            if indexes.count < 3 { return .list(GoList(Array(l.elements[idx[0]..<idx[1]]), elementType: l.elementType)) }
            if idx[1] > idx[2] { throw FunctionError("invalid slice index: \(idx[1]) > \(idx[2])") }
            return .list(GoList(Array(l.elements[idx[0]..<idx[1]]), elementType: l.elementType))
        default:
            throw FunctionError("can't slice item of type \(item.goTypeName)")
        }
    }
}
