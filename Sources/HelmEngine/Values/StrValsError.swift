/// A failure of helm's `--set` family parsing (`pkg/strvals`), carrying helm's own text,
/// e.g. `key "a" has no value`. Print it with ``StrVals/failureMessage(flag:argument:error:)``
/// to get the line `helm template` prints after `Error: `.
public struct StrValsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The strvals message, without the `failed parsing --set data: ` prefix.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// A Go `error` as the strvals parser passes it around: a message, and whether the error
/// is (or wraps, via `%w`) `io.EOF`, which ends parsing successfully.
struct StrValsFailure: Error {
    let message: String
    let isEOF: Bool

    init(_ message: String, isEOF: Bool = false) {
        self.message = message
        self.isEOF = isEOF
    }

    static let eof = StrValsFailure("EOF", isEOF: true)

    /// `fmt.Errorf(prefix + "%w", self)`: the text grows, the EOF identity stays.
    /// The failure behind `prefix`; whether it still counts as `io.EOF` depends on how the
    /// release wraps (`%w` keeps it, pkg/errors' `Wrap` compared with `==` does not).
    func wrapped(_ prefix: String, keepingEOF: Bool = true) -> StrValsFailure {
        StrValsFailure(prefix + message, isEOF: isEOF && keepingEOF)
    }
}

/// A Go run-time panic inside `key()` (a failed type assertion), recovered there as
/// `unable to parse key: <panic>`.
struct StrValsPanic: Error {
    let message: String
}
