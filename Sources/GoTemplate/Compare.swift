import GoRuntime

/// Go's template comparison functions (funcs.go `eq`, `lt`, `le`) over basic kinds.
enum Compare {
    enum BasicKind { case invalid, bool, int, uint, float, complex, string, other }

    static let badComparisonType = FunctionError("invalid type for comparison")
    static let badComparison = FunctionError("incompatible types for comparison")
    static let noComparison = FunctionError("missing argument for comparison")

    /// Go 1.24 and later name both types; Go 1.23 did not.
    static func incompatible(_ a: Value, _ b: Value, _ release: GoRelease) -> FunctionError {
        guard release.namesComparisonTypes else { return badComparison }
        return FunctionError("incompatible types for comparison: \(a.goTypeName) and \(b.goTypeName)")
    }

    static func basicKind(_ v: Value) -> BasicKind {
        switch v {
        case .nil: return .invalid
        case .bool: return .bool
        case .int(_, let k): return k.isUnsigned ? .uint : .int
        case .float: return .float
        case .string: return .string
        case .object(let o) where o is GoComplex: return .complex
        default: return .other
        }
    }

    static func intValue(_ v: Value) -> Int64 { if case .int(let i, _) = v { return i }; return 0 }
    static func uintValue(_ v: Value) -> UInt64 { if case .int(let i, _) = v { return UInt64(bitPattern: i) }; return 0 }

    static func eq(_ arg1: Value, _ rest: ArraySlice<Value>, _ release: GoRelease = .go127) throws -> Bool {
        if rest.isEmpty { throw noComparison }
        let k1 = basicKind(arg1)
        for arg in rest {
            let k2 = basicKind(arg)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = intValue(arg1) >= 0 && UInt64(intValue(arg1)) == uintValue(arg)
                case (.uint, .int): truth = intValue(arg) >= 0 && uintValue(arg1) == UInt64(intValue(arg))
                default:
                    if k1 != .invalid && k2 != .invalid { throw incompatible(arg1, arg, release) }
                }
            } else {
                switch (arg1, arg) {
                case (.bool(let a), .bool(let b)): truth = a == b
                case (.float(let a), .float(let b)): truth = a == b
                case (.int(let a, _), .int(let b, _)): truth = a == b
                case (.string(let a), .string(let b)): truth = a == b
                case (.nil, .nil): truth = true
                case (.object(let a as GoComplex), .object(let b as GoComplex)): truth = a.real == b.real && a.imag == b.imag
                default:
                    if arg1.goTypeName != arg.goTypeName {
                        throw FunctionError("non-comparable types \(GoFormat.sprintf("%s", [arg1])): \(arg1.goTypeName), \(arg.goTypeName): \(GoFormat.value(arg))")
                    }
                    throw FunctionError("non-comparable type \(GoFormat.sprintf("%s", [arg])): \(arg.goTypeName)")
                }
            }
            if truth { return true }
        }
        return false
    }

    static func lt(_ arg1: Value, _ arg2: Value, _ release: GoRelease = .go127) throws -> Bool {
        let k1 = basicKind(arg1)
        if k1 == .invalid || k1 == .other { throw badComparisonType }
        let k2 = basicKind(arg2)
        if k2 == .invalid || k2 == .other { throw badComparisonType }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return intValue(arg1) < 0 || UInt64(intValue(arg1)) < uintValue(arg2)
            case (.uint, .int): return intValue(arg2) >= 0 && uintValue(arg1) < UInt64(intValue(arg2))
            default: throw incompatible(arg1, arg2, release)
            }
        }
        switch (arg1, arg2) {
        case (.bool, .bool): throw badComparisonType  // and complex numbers: unordered

        case (.float(let a), .float(let b)): return a < b
        case (.string(let a), .string(let b)): return goStringLess(a, b)
        case (.int(let a, let ka), .int(let b, _)):
            if ka.isUnsigned { return UInt64(bitPattern: a) < UInt64(bitPattern: b) }
            return a < b
        default: throw badComparisonType
        }
    }

    static func le(_ arg1: Value, _ arg2: Value, _ release: GoRelease = .go127) throws -> Bool {
        if try lt(arg1, arg2, release) { return true }
        return try eq(arg1, [arg2], release)
    }
}
