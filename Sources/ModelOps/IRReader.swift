import GoRuntime

/// Reads IR documents into one `IRPipeline`: mappings merge (later files win), lists
/// concatenate, and a name declared twice is an error naming both places.
enum IRReader {
    static func read(_ documents: [IRDocument], errors: inout IRErrors) -> IRPipeline {
        var ir = IRPipeline()
        for document in documents {
            ir.files.append(document.file)
            read(document, into: &ir, errors: &errors)
        }
        return ir
    }

    static func read(_ document: IRDocument, into ir: inout IRPipeline, errors: inout IRErrors) {
        let top = IRFields(file: document.file, path: "", map: document.root)
        top.checkKnown(IRVocabulary.topLevel, errors: &errors)
        if let api = top.string("apiVersion", required: false, errors: &errors), api != IRVocabulary.apiVersion {
            errors.add(top.file, "apiVersion", "want \"\(IRVocabulary.apiVersion)\", got \"\(api)\"")
        }
        if let kind = top.string("kind", required: false, errors: &errors), kind != IRVocabulary.kind {
            errors.add(top.file, "kind", "want \"\(IRVocabulary.kind)\", got \"\(kind)\"")
        }
        if let metadata = top.mapping("metadata", errors: &errors) {
            readMetadata(IRFields(file: top.file, path: "metadata", map: metadata), into: &ir, errors: &errors)
        }
        if let global = top.mapping("global", errors: &errors) {
            readGlobal(IRFields(file: top.file, path: "global", map: global), into: &ir, errors: &errors)
        }
        if let parameters = top.mapping("parameters", errors: &errors) {
            for key in parameters.sortedKeys {
                let value = parameters[key] ?? .nil
                if value.isNil { errors.add(top.file, "parameters.\(key)", "must not be null") }
                ir.parameters[key] = IRParameter(value: value, origin: IROrigin(file: top.file, path: "parameters.\(key)"))
            }
        }
        for fields in top.mappings("models", errors: &errors) {
            guard let model = readModel(fields, errors: &errors) else { continue }
            appendUnique(model, to: &ir.models, kind: "model", fields: fields, errors: &errors)
        }
        for fields in top.mappings("flows", errors: &errors) {
            guard let flow = readFlow(fields, errors: &errors) else { continue }
            appendUnique(flow, to: &ir.flows, kind: "flow", fields: fields, errors: &errors)
        }
        for fields in top.mappings("channels", errors: &errors) {
            guard let channel = readChannel(fields, errors: &errors) else { continue }
            appendUnique(channel, to: &ir.channels, kind: "data channel", fields: fields, errors: &errors)
        }
    }

    /// Appends a named IR entry, or reports where an entry of the same name was defined.
    static func appendUnique<Entry: IRNamed>(_ entry: Entry, to list: inout [Entry], kind: String,
                                             fields: IRFields, errors: inout IRErrors) {
        if let other = list.first(where: { $0.name == entry.name }) {
            errors.add(fields.file, fields.path("name"),
                       "\(kind) \"\(entry.name)\" is already defined at \(other.origin.file): \(other.origin.path)")
            return
        }
        list.append(entry)
    }

    static func readMetadata(_ fields: IRFields, into ir: inout IRPipeline, errors: inout IRErrors) {
        fields.checkKnown(IRVocabulary.metadata, errors: &errors)
        if let name = fields.string("name", required: false, errors: &errors) {
            if !DNSLabel.isValid(name, maxLength: 40) {
                errors.add(fields.file, fields.path("name"), "\"\(name)\" is not a valid pipeline name (lower case letters, digits and '-', at most 40 characters)")
            }
            ir.name = name
            ir.nameOrigin = IROrigin(file: fields.file, path: fields.path("name"))
        }
        if let job = fields.scalarString("job", required: false, errors: &errors) { ir.job = job }
        if let description = fields.string("description", required: false, errors: &errors) { ir.description = description }
        if let labels = fields.mapping("labels", errors: &errors) {
            for key in labels.sortedKeys {
                let value = labels[key] ?? .nil
                switch value {
                case .string, .float, .bool:
                    ir.labels.removeAll { $0.key == key }
                    ir.labels.append((key, IRText.format(value)))
                default:
                    errors.add(fields.file, fields.path("labels.\(key)"), "want string, got \(IRType.name(value))")
                }
            }
        }
    }

    static func readGlobal(_ fields: IRFields, into ir: inout IRPipeline, errors: inout IRErrors) {
        fields.checkKnown(IRVocabulary.global.map(\.key), errors: &errors)
        for (key, type) in IRVocabulary.global {
            guard let value = fields.map[key], !value.isNil else { continue }
            if IRType.name(value) != type {
                errors.add(fields.file, fields.path(key), "want \(type), got \(IRType.name(value))")
                continue
            }
            if key == "traceLevel", let level = value.stringValue, !IRVocabulary.traceLevels.contains(level) {
                errors.add(fields.file, fields.path(key), "trace level \"\(level)\" is not one of \(IRVocabulary.traceLevels.joined(separator: ", "))")
                continue
            }
            ir.global[key] = (value, IROrigin(file: fields.file, path: fields.path(key)))
        }
    }

    static func readModel(_ fields: IRFields, errors: inout IRErrors) -> IRModel? {
        fields.checkKnown(IRVocabulary.model, errors: &errors)
        let name = fields.string("name", required: true, errors: &errors)
        let format = fields.string("format", required: true, errors: &errors)
        let location = fields.string("location", required: true, errors: &errors)
        let version = fields.scalarString("version", required: true, errors: &errors)
        let server = fields.string("server", required: false, errors: &errors)
        if let name, !name.isEmpty, !DNSLabel.isValid(name, maxLength: 63) {
            errors.add(fields.file, fields.path("name"), "\"\(name)\" is not a valid model name (lower case letters, digits and '-')")
        }
        if let server, !DNSLabel.isValid(server, maxLength: 20) {
            errors.add(fields.file, fields.path("server"), "\"\(server)\" is not a valid server name (lower case letters, digits and '-', at most 20 characters)")
        }
        guard let name, let format, let location, let version else { return nil }
        return IRModel(name: name, format: format, location: location, version: version, server: server,
                       origin: IROrigin(file: fields.file, path: fields.path))
    }

    static func readFlow(_ fields: IRFields, errors: inout IRErrors) -> IRFlow? {
        fields.checkKnown(IRVocabulary.flow, errors: &errors)
        let name = fields.string("name", required: true, errors: &errors)
        let source = fields.string("source", required: true, errors: &errors)
        let sink = fields.string("sink", required: true, errors: &errors)
        let models = fields.strings("models", errors: &errors)
        switch fields.map["models"] {
        case nil, .nil?: errors.add(fields.file, fields.path("models"), "required")
        case .list(let l)? where l.elements.isEmpty:
            errors.add(fields.file, fields.path("models"), "a flow needs at least one model")
        default: break
        }
        let parameters = fields.mapping("parameters", errors: &errors) ?? GoMap()
        if let name, !name.isEmpty, !DNSLabel.isValid(name, maxLength: 40) {
            errors.add(fields.file, fields.path("name"), "\"\(name)\" is not a valid flow name (lower case letters, digits and '-', at most 40 characters)")
        }
        guard let name, let source, let sink else { return nil }
        return IRFlow(name: name, models: models, source: source, sink: sink, parameters: parameters,
                      origin: IROrigin(file: fields.file, path: fields.path))
    }

    static func readChannel(_ fields: IRFields, errors: inout IRErrors) -> IRChannel? {
        fields.checkKnown(IRVocabulary.channel, errors: &errors)
        let name = fields.string("name", required: true, errors: &errors)
        let kind = fields.string("kind", required: true, errors: &errors)
        if let kind, !kind.isEmpty, !IRVocabulary.channelKinds.contains(kind) {
            errors.add(fields.file, fields.path("kind"), "data channel kind \"\(kind)\" is not one of \(IRVocabulary.channelKinds.joined(separator: ", "))")
        }
        if let name, !name.isEmpty, !DNSLabel.isValid(name, maxLength: 40) {
            errors.add(fields.file, fields.path("name"), "\"\(name)\" is not a valid data channel name (lower case letters, digits and '-', at most 40 characters)")
        }
        let settings = fields.mapping("settings", errors: &errors) ?? GoMap()
        let source = role("source", fields, errors: &errors)
        let sink = role("sink", fields, errors: &errors)
        if fields.map["source"] == nil && fields.map["sink"] == nil {
            errors.add(fields.file, fields.path, "a data channel needs a source or a sink")
        }
        guard let name, let kind else { return nil }
        return IRChannel(name: name, kind: kind, settings: settings, source: source, sink: sink,
                         origin: IROrigin(file: fields.file, path: fields.path))
    }

    /// A channel role: present (even empty or null) means the role is offered.
    static func role(_ key: String, _ fields: IRFields, errors: inout IRErrors) -> GoMap? {
        guard let value = fields.map[key] else { return nil }
        if value.isNil { return GoMap() }
        return fields.mapping(key, errors: &errors)
    }
}

/// Kubernetes DNS label names (RFC 1123), which object names are built from.
enum DNSLabel {
    static func isValid(_ s: String, maxLength: Int) -> Bool {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        func alnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }
        guard let first = bytes.first, let last = bytes.last, alnum(first), alnum(last) else { return false }
        return bytes.allSatisfy { alnum($0) || $0 == 0x2D }
    }
}
