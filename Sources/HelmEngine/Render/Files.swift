import GoRuntime

/// `.Files` (helm's `engine.files`): the chart's non-template files by path.
public final class ChartFiles: GoObject {
    let files: [String: [UInt8]]
    let order: [String]

    public init(_ list: [ChartFile]) {
        var map: [String: [UInt8]] = [:]
        for f in list { map[f.name] = f.data }
        files = map
        order = list.map(\.name).sorted(by: goStringLess)
    }

    public var goTypeName: String { "engine.files" }
    public func field(_ name: String) -> Value? { nil }
    public var formatted: String {
        "map[" + order.map { name in
            name + ":[" + (files[name] ?? []).map { String($0) }.joined(separator: " ") + "]"
        }.joined(separator: " ") + "]"
    }

    public func method(_ name: String) -> GoMethod? {
        switch name {
        case "Get":
            return GoMethod(arity: 1) { [files] args in
                guard case .string(let path) = args[0] else { return .string("") }
                return .string(String(decoding: files[path] ?? [], as: UTF8.self))
            }
        case "GetBytes":
            return GoMethod(arity: 1) { [files] args in
                guard case .string(let path) = args[0] else { return .list(GoList([], elementType: .uint8)) }
                return .list(GoList((files[path] ?? []).map { .int(Int64($0), .uint8) }, elementType: .uint8))
            }
        case "Lines":
            return GoMethod(arity: 1) { [files] args in
                guard case .string(let path) = args[0], let data = files[path] else {
                    return .list(GoList([], elementType: .string))
                }
                var text = String(decoding: data, as: UTF8.self)
                if text.hasSuffix("\n") { text.removeLast() }
                return .stringList(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
        default:
            return nil
        }
    }
}
