import GoRuntime
import GoTemplate

/// Function names the parser accepts besides Go's builtins: a few of helm's and Sprig's,
/// so that pipelines calling them parse further than `function "x" not defined`.
private let knownFunctions: FunctionMap = {
    let names = ["include", "tpl", "required", "fail", "toYaml", "fromYaml", "toJson", "quote",
                 "default", "upper", "lower", "trim", "nindent", "indent", "list", "dict", "set",
                 "get", "hasKey", "empty", "coalesce", "ternary", "printf", "b64enc", "lookup"]
    var map: FunctionMap = [:]
    for name in names { map[name] = TemplateFunction([], variadic: .any) { _ in .nil } }
    return map
}()

/// Parses the input as one template file of a chart (helm's `t.New(name).Parse(text)`),
/// then prints every tree back to source, which walks each node the parser built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let set = TemplateSet(functions: knownFunctions)
    guard let trees = try? set.parseTrees(name: "fuzz/templates/t.yaml", text: text) else { return 0 }
    var printed = 0
    for tree in trees { printed &+= Node.list(tree.root).description.utf8.count }
    return printed == Int.min ? 1 : 0
}
