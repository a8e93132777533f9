import GoRuntime

/// A Go object that `encoding/json` can marshal (a struct with exported fields, a type with
/// `MarshalJSON`). Conforming objects give the value json.Marshal would produce, which
/// `toJson`, `toYaml` and friends then encode. Objects that do not conform fail to marshal.
public protocol GoJSONMarshaler: AnyObject {
    /// The JSON-shaped value: maps, lists, strings, numbers, bools and nil.
    func jsonValue() throws -> Value
    /// For a struct: its JSON members in declaration order, as `json.Marshal` writes them
    /// (a map would be written with sorted keys). Nil to encode `jsonValue()`.
    func jsonFields() throws -> [(String, Value)]?
}

extension GoJSONMarshaler {
    public func jsonFields() throws -> [(String, Value)]? { nil }
}
