import GoRuntime

extension TOMLDecoder {
    /// The TOML type of a parsed value, as far as the parser's bookkeeping needs it.
    enum ValueType { case primitive, array, hash, arrayHash }

    /// BurntSushi/toml's `parser`: walks the scanner's items and fills `mapping`.
    struct Parser {
        let input: [UInt8]
        let items: [TOMLScanner.Item]
        let release: TOMLRelease
        var index = 0
        var mapping = GoMap()
        var context: [String] = []
        var currentKey = ""
        var posLine = 1
        var arrayKeys: [String: Bool] = [:]
        var implicits: Set<String> = []

        init(input: [UInt8], items: [TOMLScanner.Item], release: TOMLRelease = .v1_6) {
            self.input = input
            self.items = items
            self.release = release
        }

        mutating func run() throws {
            while true {
                let item = try next()
                if item.type == .eof { return }
                try topLevel(item)
            }
        }

        // MARK: Errors and items

        func error(at line: Int, _ message: String) -> ParseError {
            ParseError(message: message, line: line, lastKey: current())
        }

        func current() -> String {
            if currentKey.isEmpty { return TOMLDecoder.keyString(context) }
            if context.isEmpty { return currentKey }
            return TOMLDecoder.keyString(context) + "." + currentKey
        }

        mutating func next() throws -> TOMLScanner.Item {
            guard index < items.count else { return TOMLScanner.Item(type: .eof, val: "", line: 1) }
            let it = items[index]
            index += 1
            if it.type == .error { throw error(at: it.line, it.val) }
            return it
        }

        mutating func nextPos() throws -> TOMLScanner.Item {
            let it = try next()
            posLine = it.line
            return it
        }

        func panicf(_ message: String) -> ParseError { error(at: posLine, message) }

        // MARK: Top level

        mutating func readKey(first: TOMLScanner.Item, end: TOMLScanner.ItemType) throws -> [String] {
            var key: [String] = []
            var name = first
            while name.type != end && name.type != .eof {
                key.append(try keyString(name))
                name = try next()
            }
            if name.type != end { throw error(at: name.line, "BUG: expected end of key") }
            return key
        }

        mutating func topLevel(_ item: TOMLScanner.Item) throws {
            switch item.type {
            case .commentStart:
                _ = try next()
            case .tableStart, .arrayTableStart:
                let array = item.type == .arrayTableStart
                let key = try readKey(first: try nextPos(), end: array ? .arrayTableEnd : .tableEnd)
                try addContext(key, array: array)
                setType("", array ? .arrayHash : .hash)
            case .keyStart:
                let outerContext = context
                let key = try readKey(first: try nextPos(), end: .keyEnd)
                currentKey = key.last ?? ""
                for part in key.dropLast() {
                    try addImplicitContext(context + [part])
                }
                let (val, typ) = try value(try next(), parentIsArray: false)
                try setValue(currentKey, val)
                setType(currentKey, typ)
                context = outerContext
                currentKey = ""
            default:
                throw error(at: item.line, "BUG: Unexpected type at top level")
            }
        }

        mutating func keyString(_ it: TOMLScanner.Item) throws -> String {
            switch it.type {
            case .text: return it.val
            case .string, .multilineString, .rawString, .rawMultilineString:
                if case .string(let s) = try value(it, parentIsArray: false).0 { return s }
                return ""
            default: throw error(at: it.line, "BUG: Unexpected key type")
            }
        }

        // MARK: Context bookkeeping (addContext, setValue, setType, implicits)

        mutating func addContext(_ key: [String], array: Bool) throws {
            var hashContext = mapping
            var keyContext: [String] = []
            for k in key.dropLast() {
                keyContext.append(k)
                if hashContext[k] == nil {
                    implicits.insert(TOMLDecoder.keyString(keyContext))
                    hashContext[k] = .map(GoMap())
                }
                switch hashContext[k] {
                case .object(let t as TableArray)?:
                    guard let last = t.tables.last else { throw panicf("BUG: empty table array") }
                    hashContext = last
                case .map(let m)?:
                    hashContext = m
                default:
                    throw panicf("Key '\(TOMLDecoder.keyString(keyContext))' was already created as a hash.")
                }
            }
            context = keyContext
            let last = key.last ?? ""
            if array {
                if hashContext[last] == nil { hashContext[last] = .object(TableArray()) }
                if case .object(let t as TableArray)? = hashContext[last] {
                    t.tables.append(GoMap())
                } else {
                    throw panicf("Key '\(TOMLDecoder.keyString(key))' was already created and cannot be used as an array.")
                }
            } else {
                try setValue(last, .map(GoMap()))
            }
            context.append(last)
        }

        mutating func setValue(_ key: String, _ value: Value) throws {
            var hash = mapping
            var keyContext: [String] = []
            for k in context {
                keyContext.append(k)
                switch hash[k] {
                case .object(let t as TableArray)?:
                    guard let last = t.tables.last else { throw panicf("BUG: empty table array") }
                    hash = last
                case .map(let m)?:
                    hash = m
                case nil:
                    throw panicf("BUG: Context for key '\(TOMLDecoder.keyString(keyContext))' has not been established.")
                default:
                    throw panicf("Key '\(TOMLDecoder.keyString(keyContext))' has already been defined.")
                }
            }
            keyContext.append(key)
            let name = TOMLDecoder.keyString(keyContext)
            if hash[key] != nil {
                if arrayKeys[name] == true && (release.arrayKeysRedefinable || implicits.contains(name)) {
                    // An array of inline tables replaces the tables its elements registered
                    // (v1.4.0: any key last set to an array is replaced).
                    implicits.remove(name)
                    hash[key] = value
                    return
                }
                if implicits.contains(name) {
                    implicits.remove(name)
                    return
                }
                throw panicf("Key '\(name)' has already been defined.")
            }
            hash[key] = value
        }

        mutating func setType(_ key: String, _ type: ValueType) {
            var keyContext = context
            if !key.isEmpty { keyContext.append(key) }
            if keyContext.isEmpty { keyContext = [""] }
            arrayKeys[TOMLDecoder.keyString(keyContext)] = type == .array
        }

        mutating func addImplicitContext(_ key: [String]) throws {
            implicits.insert(TOMLDecoder.keyString(key))
            try addContext(key, array: false)
        }

        // MARK: Compound values

        mutating func valueArray(_ it: TOMLScanner.Item) throws -> (Value, ValueType) {
            setType(currentKey, .array)
            var array: [Value] = []
            var item = try next()
            while item.type != .arrayEnd {
                if item.type == .commentStart {
                    _ = try next()
                } else {
                    array.append(try value(item, parentIsArray: true).0)
                }
                item = try next()
            }
            return (.list(GoList(array)), .array)
        }

        mutating func valueInlineTable(_ it: TOMLScanner.Item, parentIsArray: Bool) throws -> (Value, ValueType) {
            let topHash = GoMap()
            let outerContext = context
            let outerKey = currentKey
            context.append(currentKey)
            let prevContext = context
            currentKey = ""
            implicits.insert(TOMLDecoder.keyString(context))
            try addContext(context, array: parentIsArray)

            var item = try next()
            while item.type != .inlineTableEnd {
                if item.type == .commentStart {
                    _ = try next()
                    item = try next()
                    continue
                }
                let key = try readKey(first: try nextPos(), end: .keyEnd)
                currentKey = key.last ?? ""
                let parents = Array(key.dropLast())
                for part in parents {
                    try addImplicitContext(context + [part])
                }
                let (val, typ) = try value(try next(), parentIsArray: false)
                try setValue(currentKey, val)
                setType(currentKey, typ)

                var hash = topHash
                for c in parents {
                    if hash[c] == nil { hash[c] = .map(GoMap()) }
                    guard case .map(let h)? = hash[c] else {
                        throw panicf(Strconv.quote(TOMLDecoder.keyString(context)) + " is not a table")
                    }
                    hash = h
                }
                hash[currentKey] = val
                context = prevContext
                item = try next()
            }
            context = outerContext
            currentKey = outerKey
            return (.map(topHash), .hash)
        }
    }
}
