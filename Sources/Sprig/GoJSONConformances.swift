import GoRuntime

// What Go's encoding/json writes for Sprig's typed values, so `toJson`/`toYaml` of them
// match helm.

extension GoTimeObject: GoJSONMarshaler {
    /// `time.Time.MarshalJSON`: RFC 3339 with nanoseconds, trailing zeros trimmed.
    func jsonValue() throws -> Value { .string(time.format("2006-01-02T15:04:05.999999999Z07:00")) }
}

extension GoDurationObject: GoJSONMarshaler {
    /// `time.Duration` is an int64 of nanoseconds.
    func jsonValue() throws -> Value { .int64(nanoseconds) }
}

extension SemverObject: GoJSONMarshaler {
    /// Masterminds/semver `MarshalJSON`: the version string.
    func jsonValue() throws -> Value { .string(version.string) }
}

extension CertificateObject: GoJSONMarshaler {
    /// A struct with exported fields `Cert` and `Key`.
    func jsonValue() throws -> Value { .map(["Cert": .string(cert), "Key": .string(key)]) }
}
