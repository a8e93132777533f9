import GoRuntime

extension Parser {
    /// A field or variable operand with the fields that follow it (`.A.B.C`, `$x.A.B`): Go's
    /// `term` makes a node for the first word and `operand` replaces it with one for the
    /// whole chain; here the identifier array is built once, in one node.
    mutating func pathOperand() throws -> Node {
        let t = nextNonSpace()
        var ident: [String] = []
        ident.reserveCapacity(4)
        if t.kind == .variable {
            // A variable token is `$` and a word: it holds no `.` to split at (Go splits).
            let name = text(t)
            if !vars.contains(name) { throw error("undefined variable \(Strconv.quote(name))") }
            ident.append(name)
        } else {
            ident.append(fieldName(t))
        }
        var pos = t.start
        if peek().kind == .field {
            pos = peek().start
            // Each step consumes a token, so the loop ends by the EOF token at the latest.
            while peek().kind == .field { ident.append(fieldName(next())) }
        }
        if t.kind == .variable { return .variable(VariableNode(pos: pos, ident: ident)) }
        return .field(FieldNode(pos: pos, ident: ident))
    }
}
