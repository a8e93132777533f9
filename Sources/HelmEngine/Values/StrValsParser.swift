import GoRuntime

/// helm's `strvals` parser (`parser.go` and `literal_parser.go`): reads `name=value` items
/// into a values map. Each `key` call handles one assignment; Go's `io.EOF` (possibly
/// wrapped) ends the input successfully, any other error aborts.
struct StrValsParser {
    /// How the right-hand side of `=` becomes a value.
    enum Mode {
        /// `--set` (typed) and `--set-string` (`forceString`).
        case typed(forceString: Bool)
        /// `--set-file`: each value is a path whose content becomes a string.
        case file((String) throws -> String)
        /// `--set-json`: each value is one JSON value.
        case json
        /// `--set-literal`: everything after the first `=` is one string; no escapes, no `,`.
        case literal
    }

    private var sc: StrValsScanner
    private let mode: Mode
    private let release: StrVals.Release

    init(_ text: String, mode: Mode, release: StrVals.Release = .v4) {
        sc = StrValsScanner(text)
        self.mode = mode
        self.release = release
    }

    private var isLiteral: Bool { if case .literal = mode { return true } else { return false } }
    private var isJSON: Bool { if case .json = mode { return true } else { return false } }

    /// `parse()`: assignments until the input ends.
    mutating func parse(into data: GoMap) throws(StrValsError) {
        while true {
            guard let failure = key(data, 0) else { continue }
            if failure.isEOF { return }
            throw StrValsError(failure.message)
        }
    }

    // MARK: keys

    /// `key()` with its deferred `recover()`.
    private mutating func key(_ data: GoMap, _ level: Int) -> StrValsFailure? {
        do {
            return try keyBody(data, level)
        } catch {
            return StrValsFailure("unable to parse key: " + error.message)
        }
    }

    private mutating func keyBody(_ data: GoMap, _ level: Int) throws(StrValsPanic) -> StrValsFailure? {
        let stop: Set<Unicode.Scalar> = isLiteral ? ["=", "[", "."] : ["=", "[", ",", "."]
        let (k, last, eof) = sc.runesUntil(stop, escapes: !isLiteral)
        if eof {
            if k.isEmpty { return .eof }
            return StrValsFailure("key \(quote(k)) has no value")
        }
        switch last {
        case "[":
            let i: Int
            switch keyIndex() {
            case .success(let index): i = index
            case .failure(let failure): return failure.wrapped("error parsing index: ", keepingEOF: release.wrappedEOFEndsInput)
            }
            var list = GoList([])
            if let existing = data[StrValsText.string(k)] { list = try StrValsTyping.assertList(existing) }
            let (result, failure) = try listItem(list, i, level)
            StrValsTyping.set(data, k, .list(result))
            return failure
        case "=":
            return assign(data, k)
        case ",":
            StrValsTyping.set(data, k, .string(""))
            return StrValsFailure("key \(quote(k)) has no value (cannot end with ,)")
        default: // "."
            let level = level + 1
            if level > StrValsTyping.maxNestedNameLevel {
                return StrValsFailure("value name nested level is greater than maximum supported nested level of \(StrValsTyping.maxNestedNameLevel)")
            }
            var inner = GoMap()
            if let existing = data[StrValsText.string(k)] { inner = try StrValsTyping.assertMap(existing) }
            let failure = key(inner, level)
            if failure == nil && inner.count == 0 {
                return StrValsFailure("key map \(quote(k)) has no value")
            }
            if inner.count != 0 { StrValsTyping.set(data, k, .map(inner)) }
            return failure
        }
    }

    /// The `last == '='` branch of `key()`.
    private mutating func assign(_ data: GoMap, _ k: [Unicode.Scalar]) -> StrValsFailure? {
        switch mode {
        case .literal:
            let (value, _, _) = sc.runesUntil([], escapes: false)
            StrValsTyping.set(data, k, .string(StrValsText.string(value)))
            return nil
        case .json:
            if sc.emptyValue() {
                StrValsTyping.set(data, k, .nil)
                return nil
            }
            switch decodeJSON() {
            case .failure(let failure): return failure
            case .success(let value):
                StrValsTyping.set(data, k, value)
                _ = sc.emptyValue()
                return nil
            }
        case .typed, .file:
            switch valueList() {
            case .list(let list):
                StrValsTyping.set(data, k, .list(list))
                return nil
            case .eof:
                StrValsTyping.set(data, k, .string(""))
                return .eof
            case .notList:
                let (rs, _, _) = sc.runesUntil([","])
                let (value, failure) = read(rs)
                StrValsTyping.set(data, k, value)
                return failure
            case .failure(let failure):
                return failure
            }
        }
    }

    /// `keyIndex()`: the text up to `]` as an `Atoi` integer.
    private mutating func keyIndex() -> Result<Int, StrValsFailure> {
        let (v, _, eof) = sc.runesUntil(["]"], escapes: !isLiteral)
        if eof { return .failure(.eof) }
        return StrValsTyping.atoi(StrValsText.string(v))
    }

    // MARK: list items

    /// `listItem()`: what follows `name[i]`. Returns the list to store (Go returns the
    /// slice it was given, possibly written through, on errors).
    private mutating func listItem(_ list: GoList, _ i: Int, _ level: Int) throws(StrValsPanic) -> (GoList, StrValsFailure?) {
        var list = list
        if i < 0 { return (list, StrValsFailure("negative \(i) index not allowed")) }
        let (k, last, eof) = sc.runesUntil(["[", ".", "="], escapes: !isLiteral)
        if !k.isEmpty {
            return (list, StrValsFailure("unexpected data at end of array index: \(StrValsText.quoteRunes(k))"))
        }
        if eof { return (list, .eof) }
        switch last {
        case "=":
            return assignItem(list, i)
        case "[":
            let nextI: Int
            switch keyIndex() {
            case .success(let index): nextI = index
            case .failure(let failure): return (list, failure.wrapped("error parsing index: ", keepingEOF: release.wrappedEOFEndsInput))
            }
            var current: GoList?
            if list.elements.count > i, !list.elements[i].isNil {
                current = try StrValsTyping.assertList(list.elements[i])
            }
            let (inner, failure) = try listItem(current ?? GoList([]), nextI, level)
            if let failure {
                // Go's inner slice shares its array with list[i]: writes made before the
                // error stay visible.
                if current != nil { list.elements[i] = .list(inner) }
                return (list, failure)
            }
            return StrValsTyping.setIndex(list, i, .list(inner))
        default: // "."
            var inner = GoMap()
            if list.elements.count > i {
                if case .map(let m) = list.elements[i], m.valueType == .interface, m.namedType == nil {
                    inner = m
                } else {
                    // Indices out of order: start an empty map in place.
                    list.elements[i] = .map(inner)
                }
            }
            if let failure = key(inner, level) { return (list, failure) }
            return StrValsTyping.setIndex(list, i, .map(inner))
        }
    }

    /// The `last == '='` branch of `listItem()`.
    private mutating func assignItem(_ list: GoList, _ i: Int) -> (GoList, StrValsFailure?) {
        switch mode {
        case .literal:
            let (value, _, _) = sc.runesUntil([], escapes: false)
            return StrValsTyping.setIndex(list, i, .string(StrValsText.string(value)))
        case .json:
            if sc.emptyValue() { return StrValsTyping.setIndex(list, i, .nil) }
            switch decodeJSON() {
            case .failure(let failure): return (list, failure)
            case .success(let value):
                let (result, failure) = StrValsTyping.setIndex(list, i, value)
                if failure != nil { return (result, failure) }
                _ = sc.emptyValue()
                return (result, nil)
            }
        case .typed, .file:
            switch valueList() {
            case .list(let values): return StrValsTyping.setIndex(list, i, .list(values))
            case .eof: return StrValsTyping.setIndex(list, i, .string(""))
            case .notList:
                let (rs, _, _) = sc.runesUntil([","])
                let (value, failure) = read(rs)
                if let failure { return (list, failure) }
                return StrValsTyping.setIndex(list, i, value)
            case .failure(let failure): return (list, failure)
            }
        }
    }

    // MARK: values

    private enum ValueList {
        case list(GoList)
        case eof
        case notList
        case failure(StrValsFailure)
    }

    /// `valList()`: a `{a,b,c}` list, `notList` (nothing consumed) when no `{` follows.
    private mutating func valueList() -> ValueList {
        guard let first = sc.read() else { return .eof }
        if first != "{" {
            sc.unread()
            return .notList
        }
        var values: [Value] = []
        while true {
            let (rs, last, eof) = sc.runesUntil([",", "}"])
            if eof { return .failure(StrValsFailure("list must terminate with '}'")) }
            if last == "}" {
                // A following ',' is consumed.
                if let next = sc.read(), next != "," { sc.unread() }
                let (value, failure) = read(rs)
                if let failure { return .failure(failure) }
                values.append(value)
                return .list(GoList(values))
            }
            let (value, failure) = read(rs)
            if let failure { return .failure(failure) }
            values.append(value)
        }
    }

    /// The parser's `reader`: typed value, string, or file content.
    private func read(_ rs: [Unicode.Scalar]) -> (Value, StrValsFailure?) {
        switch mode {
        case .typed(let forceString):
            return (StrValsTyping.typedValue(rs, forceString: forceString), nil)
        case .file(let readFile):
            do {
                return (.string(try readFile(StrValsText.string(rs))), nil)
            } catch {
                return (.nil, StrValsFailure(String(describing: error)))
            }
        case .json, .literal:
            return (.string(StrValsText.string(rs)), nil)
        }
    }

    /// One JSON value from the rest of the input, as `json.Decoder.Decode` reads it;
    /// consumes exactly the value's text.
    private mutating func decodeJSON() -> Result<Value, StrValsFailure> {
        switch StrValsJSON.decodePrefix(sc.remaining) {
        case .failure(let failure): return .failure(failure)
        case .success(let (value, length)):
            sc.skip(length)
            return .success(value)
        }
    }

    private func quote(_ runes: [Unicode.Scalar]) -> String {
        Strconv.quote(StrValsText.string(runes))
    }
}
