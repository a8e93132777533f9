/// The Go release whose `text/template` a set behaves as: helm v4.3.1 is built with Go 1.27,
/// helm v3.17.3 with Go 1.23, and the two differ in small, visible ways.
public enum GoRelease: Sendable {
    /// Go 1.24 and later: `range` over an integer, comparison errors that name both types.
    case go127
    /// Go 1.23: `range` over an integer is an error; comparison errors name no types.
    case go123

    /// Whether `{{range 5}}` iterates (Go 1.22 added it to the language, 1.24 to templates).
    var rangesOverIntegers: Bool { self == .go127 }

    /// Whether nesting parenthesised pipelines deeper than 10000 is a parse error (Go 1.23
    /// has no `maxStackDepth`).
    var limitsParenthesisDepth: Bool { self == .go127 }

    /// Whether `incompatible types for comparison` is followed by the two type names.
    var namesComparisonTypes: Bool { self == .go127 }
}
