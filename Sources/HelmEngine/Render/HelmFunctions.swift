import GoRuntime
import GoTemplate
import Sprig

/// helm's template function map: Sprig without `env`/`expandenv`, helm's data-format
/// functions, and the late-bound `include`, `tpl`, `required`, `fail` and `lookup`.
enum HelmFunctions {
    static let recursionMaxNums = 1000

    static func make(context: RenderContext, profile: HelmProfile = .v4) -> FunctionMap {
        var f = Sprig.functions()
        f["env"] = nil
        f["expandenv"] = nil
        for (name, fn) in dataFunctions { f[name] = fn }
        f["include"] = include(context)
        f["tpl"] = tpl(context)
        f["fromYaml"] = TemplateFunction([.string]) { [unowned context] args in
            context.fromYAML(args[0].stringValue ?? "")
        }
        f["required"] = TemplateFunction([.string, .any]) { args in
            let warn = args[0].stringValue ?? ""
            switch args[1] {
            case .nil: throw FunctionError(RenderError.warnWrap(warn))
            case .string(let s) where s.isEmpty: throw FunctionError(RenderError.warnWrap(warn))
            default: return args[1]
            }
        }
        f["fail"] = TemplateFunction([.string]) { args in
            throw FunctionError(RenderError.warnWrap(args[0].stringValue ?? ""))
        }
        // helm without --enable-dns: DNS look-ups return an empty string.
        f["getHostByName"] = TemplateFunction([.string]) { _ in .string("") }
        f["lookup"] = TemplateFunction([.string, .string, .string, .string]) { _ in .map(GoMap()) }
        if profile.tomlFloatFormat != "g" {
            let format = profile.tomlFloatFormat
            f["toToml"] = TemplateFunction([.any]) { args in
                do { return .string(try TOMLEncoder.encode(args[0], floatFormat: format)) } catch { return .string("\(error)") }
            }
        }
        if profile.tomlRelease != .v1_6 {
            let release = profile.tomlRelease
            f["fromToml"] = TemplateFunction([.string]) { TOMLDecoder.fromTOML($0[0].stringValue ?? "", release: release) }
        }
        if profile.goRelease != .go127 {
            for (name, fn) in Sprig.regexFunctions(profile.goRelease) { f[name] = fn }
        }
        if profile.jsonRelease != .go127 {
            let release = profile.jsonRelease
            f["mustFromJson"] = TemplateFunction([.string]) { try YAMLBridge.decodeJSON($0[0].stringValue ?? "", release: release) }
            f["fromJson"] = TemplateFunction([.string]) { YAMLBridge.fromJSON($0[0].stringValue ?? "", release: release) }
            f["fromJsonArray"] = TemplateFunction([.string]) { YAMLBridge.fromJSONArray($0[0].stringValue ?? "", release: release) }
            f["toJson"] = TemplateFunction([.any]) { .string((try? YAMLBridge.json($0[0], release: release)) ?? "") }
            f["mustToJson"] = TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], release: release)) }
            f["toPrettyJson"] = TemplateFunction([.any]) { .string((try? YAMLBridge.json($0[0], pretty: true, release: release)) ?? "") }
            f["mustToPrettyJson"] = TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], pretty: true, release: release)) }
            f["toRawJson"] = TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], escapeHTML: false, release: release)) }
            f["mustToRawJson"] = TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], escapeHTML: false, release: release)) }
        }
        if profile.semverRelease != .v3_5 {
            for (name, fn) in Sprig.semverFunctions(profile.semverRelease) { f[name] = fn }
        }
        for name in profile.missingFunctions { f[name] = nil }
        return f
    }

    static func include(_ context: RenderContext) -> TemplateFunction {
        TemplateFunction([.string, .any]) { [unowned context] args in
            let name = args[0].stringValue ?? ""
            // helm's includedNames: more than recursionMaxNums nested includes of one name fail.
            let target = context.includeTarget(name)
            let count = target?.count ?? context.includeCount(name)
            guard enter(&count.value) else {
                throw FunctionError("rendering template has a nested reference name: \(name): unable to execute template")
            }
            defer { count.value -= 1 }
            guard let set = context.set else { return .string("") }
            guard let target else {
                throw FunctionError("template: no template \(Strconv.quote(name)) associated with template \"gotpl\"")
            }
            let data = args[1]
            func run() throws -> String {
                var out = ""
                try set.execute(tree: target.tree, data: data, into: &out)
                return out
            }
            guard let memo = context.memo else { return .string(try run()) }
            if target.inOverlay { MapChangeLog.noteImpure() }
            memo.enter()
            defer { memo.leave() }
            guard !target.inOverlay, context.overlaysHoldOnlyOwnTpl, let key = memo.key(target.tree, data) else {
                return .string(try run())
            }
            return .string(try memo.output(for: key, tree: target.tree, run: run))
        }
    }

    /// Counts one more nested `include` of a name; false when the limit is already passed.
    private static func enter(_ count: inout Int) -> Bool {
        if count > recursionMaxNums { return false }
        count += 1
        return true
    }

    /// Deepest nesting of `tpl` calls. helm has none and dies of a Go stack overflow when a
    /// value renders itself through `tpl`; Rudder stops with an error instead.
    static let tplMaxDepth = 1000

    /// helm's `tplFun`: clones the set (an overlay here), re-binds `include` and `tpl` to the
    /// clone, parses the text as `gotpl` and executes that new tree.
    static func tpl(_ context: RenderContext) -> TemplateFunction {
        TemplateFunction([.string, .any]) { [unowned context] args in
            let text = args[0].stringValue ?? ""
            guard let parent = context.set else { return .string("") }
            if context.tplDepth >= tplMaxDepth {
                throw UnwrappedTemplateError("tpl calls nested more than \(tplMaxDepth) levels deep (a value rendered with tpl renders itself)")
            }
            let child = RenderContext(sharing: context)
            let clone = parent.clone(replacing: ["include": include(child), "tpl": tpl(child)])
            child.set = clone
            let trees: [Tree]
            do {
                // Parsed trees are immutable: parse each distinct text once per render.
                if let cached = context.parsedTpl[text] {
                    trees = cached
                } else {
                    trees = try clone.parseTrees(name: "gotpl", text: text)
                    context.parsedTpl[text] = trees
                }
            } catch {
                throw FunctionError("cannot parse template \(Strconv.quote(text)): \(error)")
            }
            clone.add(trees)
            // Go executes the new template's own tree, even an empty one that `associate`
            // did not let replace an enclosing tpl's `gotpl` in the set.
            guard let top = trees.first(where: { $0.name == "gotpl" }) else { return .string("") }
            context.tplDepth += 1
            defer { context.tplDepth -= 1 }
            context.memo?.enter()
            defer { context.memo?.leave() }
            do {
                var out = ""
                try clone.execute(tree: top, data: args[1], into: &out)
                return .string(out.replacingNoValue())
            } catch let unwrapped as UnwrappedTemplateError {
                throw unwrapped
            } catch {
                throw FunctionError("error during tpl function execution for \(Strconv.quote(text)): \(error)")
            }
        }
    }

    /// toYaml, toJson and friends.
    static let dataFunctions: FunctionMap = [
        "toYaml": TemplateFunction([.any]) { args in
            guard let s = try? YAMLBridge.encode(args[0]) else { return .string("") }
            return .string(s.droppingFinalNewline())
        },
        "mustToYaml": TemplateFunction([.any]) { args in
            return .string(try YAMLBridge.encode(args[0]).droppingFinalNewline())
        },
        "fromYamlArray": TemplateFunction([.string]) { YAMLBridge.fromYAMLArray($0[0].stringValue ?? "") },
        "toToml": TemplateFunction([.any]) { args in
            do { return .string(try TOMLEncoder.encode(args[0])) } catch { return .string("\(error)") }
        },
        "mustToToml": TemplateFunction([.any]) { .string(try TOMLEncoder.encode($0[0])) },
        "fromToml": TemplateFunction([.string]) { TOMLDecoder.fromTOML($0[0].stringValue ?? "") },
        "toYamlPretty": TemplateFunction([.any]) { .string(YAMLBridge.toYAMLPretty($0[0])) },
        "toPrettyJson": TemplateFunction([.any]) { .string((try? YAMLBridge.json($0[0], pretty: true)) ?? "") },
        "mustToPrettyJson": TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], pretty: true)) },
        "toRawJson": TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], escapeHTML: false)) },
        "mustToRawJson": TemplateFunction([.any]) { .string(try YAMLBridge.json($0[0], escapeHTML: false)) },
        "mustFromJson": TemplateFunction([.string]) { try YAMLBridge.decodeJSON($0[0].stringValue ?? "") },
        "toJson": TemplateFunction([.any]) { args in
            .string((try? YAMLBridge.json(args[0])) ?? "")
        },
        "mustToJson": TemplateFunction([.any]) { args in
            .string(try YAMLBridge.json(args[0]))
        },
        "fromJson": TemplateFunction([.string]) { YAMLBridge.fromJSON($0[0].stringValue ?? "") },
        "fromJsonArray": TemplateFunction([.string]) { YAMLBridge.fromJSONArray($0[0].stringValue ?? "") },
    ]

    /// encoding/json's name for the JSON kind of a decoded value.
    static func jsonKind(_ v: Value) -> String {
        switch v {
        case .string: return "string"
        case .float, .int: return "number"
        case .bool: return "bool"
        case .list: return "array"
        case .map: return "object"
        default: return "null"
        }
    }
}
