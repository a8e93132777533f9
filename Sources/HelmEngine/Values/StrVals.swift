import GoRuntime
import GoYAML

/// helm's `--set` family of value flags (`pkg/strvals`, helm v4.3.1): parses one flag
/// argument such as `a.b=1,c[0]={x,y}` into a values map, overwriting what is there.
///
/// helm applies the flags after the `-f` files in this order, each flag's arguments in
/// command-line order: `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`.
/// On failure it prints `Error: ` + ``failureMessage(flag:argument:error:)``.
public enum StrVals {
    /// The `pkg/strvals` of a helm release.
    public enum Release: Sendable {
        /// helm v4.3.1: `--set-json` also takes one whole JSON object; `io.EOF` wrapped with
        /// `%w` (`error parsing index: EOF`) still ends the input quietly.
        case v4
        /// helm v3.17.3: `--set-json` takes `key=json` items only; `errors.Wrap` hides `io.EOF`
        /// from its `err == io.EOF` test, so input ending inside an index is an error.
        case v3

        var acceptsJSONObject: Bool { self == .v4 }
        var wrappedEOFEndsInput: Bool { self == .v4 }
    }

    /// The value flags, spelled as on the command line.
    public enum Flag: String, Sendable {
        case set = "--set"
        case setString = "--set-string"
        case setJSON = "--set-json"
        case setFile = "--set-file"
        case setLiteral = "--set-literal"
    }

    /// `--set`: typed values (helm's `typedVal`): `true`/`false`/`null` in any case, int64
    /// for base-10 integers not starting with `0` (and `0` itself), strings otherwise.
    public static func parseSet(_ s: String, into dest: GoMap, release: Release = .v4) throws {
        var parser = StrValsParser(s, mode: .typed(forceString: false), release: release)
        try parser.parse(into: dest)
    }

    /// `--set-string`: every value a string.
    public static func parseSetString(_ s: String, into dest: GoMap, release: Release = .v4) throws {
        var parser = StrValsParser(s, mode: .typed(forceString: true), release: release)
        try parser.parse(into: dest)
    }

    /// `--set-json`: values are JSON (numbers float64). An argument that starts with `{`
    /// (after white space) is one JSON object merged into `dest`, as helm v4 does.
    public static func parseSetJSON(_ s: String, into dest: GoMap, release: Release = .v4) throws {
        let trimmed = StrValsText.trimSpace(s)
        if release.acceptsJSONObject, trimmed.unicodeScalars.first == "{" {
            let object: Value
            do {
                object = try GoJSON.decodeObject(trimmed)
            } catch {
                throw StrValsError(String(describing: error))
            }
            if case .map(let map) = object { StrValsJSON.merge(map, into: dest) }
            return
        }
        var parser = StrValsParser(s, mode: .json, release: release)
        try parser.parse(into: dest)
    }

    /// `--set-literal`: the whole right side of the first `=` is one string; no escapes.
    public static func parseSetLiteral(_ s: String, into dest: GoMap, release: Release = .v4) throws {
        var parser = StrValsParser(s, mode: .literal, release: release)
        try parser.parse(into: dest)
    }

    /// `--set-file`: `key=path`; the value is `read(path)`. `read` should throw an error whose
    /// description is Go's text, e.g. `open x.txt: no such file or directory`. An empty
    /// value (`key=`) is the empty string and reads nothing.
    public static func parseSetFile(_ s: String, into dest: GoMap, release: Release = .v4,
                                    read: (String) throws -> String) throws {
        try withoutActuallyEscaping(read) { read in
            var parser = StrValsParser(s, mode: .file(read), release: release)
            try parser.parse(into: dest)
        }
    }

    /// Parses one argument of `flag`; `read` is used by `--set-file` only.
    public static func parse(_ flag: Flag, _ s: String, into dest: GoMap, release: Release = .v4,
                             read: (String) throws -> String) throws {
        switch flag {
        case .set: try parseSet(s, into: dest, release: release)
        case .setString: try parseSetString(s, into: dest, release: release)
        case .setJSON: try parseSetJSON(s, into: dest, release: release)
        case .setFile: try parseSetFile(s, into: dest, release: release, read: read)
        case .setLiteral: try parseSetLiteral(s, into: dest, release: release)
        }
    }

    /// The text helm prints after `Error: ` when `argument` of `flag` fails, e.g.
    /// `failed parsing --set data: key "a" has no value`. `--set-json` never shows the cause:
    /// `failed parsing --set-json data <argument>`, or `... data JSON: <argument>` for the
    /// object form.
    public static func failureMessage(flag: Flag, argument: String, error: Error, release: Release = .v4) -> String {
        if flag == .setJSON {
            let objectForm = release.acceptsJSONObject && StrValsText.trimSpace(argument).unicodeScalars.first == "{"
            return "failed parsing --set-json data " + (objectForm ? "JSON: " : "") + argument
        }
        return "failed parsing \(flag.rawValue) data: \(error)"
    }
}
