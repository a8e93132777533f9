/// The BurntSushi/toml release behind `fromToml`: every way in which the TOML reader of
/// helm v4.3.1 (v1.6.0) and of helm v3.17.3 (v1.4.0) differ, kept in this one place.
public enum TOMLRelease: Sendable {
    /// v1.6.0 (helm v4): TOML 1.1 and the newer error lines.
    case v1_6
    /// v1.4.0 (helm v3.17): TOML 1.0 (its `tomlNext` off).
    case v1_4

    /// TOML 1.1 features: newlines and a trailing comma in inline tables, the `\e` and `\xHH`
    /// escapes, and times without seconds.
    var tomlNext: Bool { self == .v1_6 }

    /// Whether a lexer error at the end of input is reported on the line before the counter's
    /// only when the input ends with a newline (v1.6.0); v1.4.0 always does, so an error at the
    /// end of one-line input is on line 0.
    var eofErrorsAfterNewlineOnly: Bool { self == .v1_6 }

    /// Whether a newline after a key or `=` gets its own error on the line it ends (v1.6.0);
    /// v1.4.0 reports it as any other unexpected character, on the next line.
    var reportsNewlineOnItsLine: Bool { self == .v1_6 }

    /// The word in `not a … number: '0x…'` (v1.4.0 misspells it).
    var hexadecimalWord: String { self == .v1_6 ? "hexadecimal" : "hexidecimal" }

    /// Whether a key last set to an array may be set again, replacing it (v1.4.0); v1.6.0
    /// allows that only for the tables an array of inline tables registered.
    var arrayKeysRedefinable: Bool { self == .v1_4 }
}
