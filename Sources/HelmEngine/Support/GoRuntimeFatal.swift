/// A Go runtime fatal error that the helm being reproduced dies of (no `Error:` line): its
/// first lines go to stderr as Go prints them, and the process exits with status 2.
public struct GoRuntimeFatal: Error, CustomStringConvertible {
    /// What Go prints, without the goroutine dump that follows it.
    public let text: String

    /// gojsonschema recursing through a `$ref` cycle until Go's 1 GB stack limit.
    static let stackOverflow = GoRuntimeFatal(
        text: "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n")

    public var description: String { text }
}
