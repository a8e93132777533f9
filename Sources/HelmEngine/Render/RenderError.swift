import GoTemplate

/// A rendering failure, printed as helm v4 prints it (`parse error at (LOC): msg`,
/// `execution error at (LOC): msg` for `fail`/`required`, or the traced form).
public enum RenderError: Error, CustomStringConvertible {
    case parse(file: String, error: TemplateError)
    /// `traced`: v4 rewrites Go's one-line error into its multi-line trace; v3 prints Go's text.
    case exec(file: String, error: TemplateError, traced: Bool = true)
    /// A nesting limit of Rudder's own where helm has none (helm overflows its stack).
    case limit(file: String, message: String)

    static let warnStart = "HELM_ERR_START"
    static let warnEnd = "HELM_ERR_END"

    static func warnWrap(_ message: String) -> String { warnStart + message + warnEnd }

    public var description: String {
        switch self {
        case .parse(let file, let error):
            let tokens = error.description.components(separatedBy: ": ")
            if tokens.count == 1 { return "parse error in (\(file)): \(error)" }
            return "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])"
        case .exec(let file, let error, let traced):
            return RenderError.formatExec(file: file, error, traced: traced)
        case .limit(let file, let message):
            return "\(file): \(message)"
        }
    }

    static func formatExec(file: String, _ error: TemplateError, traced withTrace: Bool = true) -> String {
        let text = error.description
        let tokens = text.splitN(": ", 3)
        if tokens.count != 3 { return "execution error in (\(file)): \(text)" }
        let detail = tokens[2][...]
        if let start = detail.range(of: warnStart), let end = detail.range(of: warnEnd, backwards: true),
           start.upperBound <= end.lowerBound {
            return "execution error at (\(tokens[1])): \(detail[start.upperBound..<end.lowerBound])"
        }
        return withTrace ? traced(error) ?? text : text
    }

    /// helm v4's traced error: one `LOCATION / executing ... / message` block per
    /// template error in the chain; falls back to Go's text when a link is not a template error.
    static func traced(_ error: Error) -> String? {
        var blocks: [String] = []
        var current: Error? = error
        var previous = ""
        while let link = current {
            let text = "\(link)"
            if text == previous {
                current = (link as? TemplateError)?.underlying
                continue
            }
            previous = text
            if let parts = parseExecText(text) {
                blocks.append("\(parts.location)\n  executing \(parts.function) at \(parts.context):\n    \(parts.message)\n")
            } else if text.hasPrefix("template: ") {
                blocks.append(text + "\n")
            } else {
                return nil
            }
            current = (link as? TemplateError)?.underlying
        }
        return blocks.joined().trimmingWhitespace()
    }

    /// Splits `template: LOC: executing "NAME" at <CTX>: MSG[ template: ...]`.
    static func parseExecText(_ text: String) -> (location: String, function: String, context: String, message: String)? {
        guard text.hasPrefix("template: ") else { return nil }
        let rest = text.dropFirst("template: ".count)
        guard let exec = rest.range(of: ": executing ") else { return nil }
        let location = rest[..<exec.lowerBound]
        let afterExec = rest[exec.upperBound...]
        guard let at = afterExec.range(of: " at <") else { return nil }
        let function = afterExec[..<at.lowerBound]
        let afterAt = afterExec[afterExec.index(before: at.upperBound)...]
        guard let close = afterAt.range(of: ">: ") else { return nil }
        let context = afterAt[..<afterAt.index(after: close.lowerBound)]
        var message = afterAt[close.upperBound...]
        if let next = message.range(of: " template:") { message = message[..<next.lowerBound] }
        return (String(location), String(function), String(context), String(message))
    }
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    /// Go's `strings.SplitN`.
    func splitN(_ separator: String, _ n: Int) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while parts.count < n - 1, let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    /// `trimmingWhitespace` in place, without copying a large text.
    mutating func trimWhitespace() {
        let range: Range<Int>? = utf8.withContiguousStorageIfAvailable { GoSpace.trimmed($0) }
        let kept = range ?? GoSpace.trimmed(Array(utf8))
        let count = utf8.count
        guard kept.lowerBound > 0 || kept.upperBound < count else { return }
        let view = utf8
        let end = view.index(view.startIndex, offsetBy: kept.upperBound)
        let start = view.index(view.startIndex, offsetBy: kept.lowerBound)
        if kept.upperBound < count { removeSubrange(end...) }
        if kept.lowerBound > 0 { removeSubrange(..<start) }
    }

    /// Go's `strings.TrimSpace` (Unicode white space, as `unicode.IsSpace` has it).
    func trimmingWhitespace() -> String {
        let bytes = Array(utf8)
        return String(decoding: bytes[GoSpace.trimmed(bytes)], as: UTF8.self)
    }
}

extension Substring {
    func range(of needle: String, backwards: Bool) -> Range<Substring.Index>? {
        guard backwards else { return range(of: needle) }
        var last: Range<Substring.Index>? = nil
        var rest = self
        while let r = rest.range(of: needle) {
            last = r
            rest = rest[r.upperBound...]
        }
        return last
    }
}
