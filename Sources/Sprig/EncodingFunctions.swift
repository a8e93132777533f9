import GoRuntime
import GoTemplate

extension Sprig {
    /// Sprig's base64/base32 functions. Decoding errors are returned as the result text, as
    /// Sprig does (`illegal base64 data at input byte N`).
    static var encodingFunctions: FunctionMap {
        [
            "b64enc": TemplateFunction([.string]) { args in
                .string(Base64.encode(bytes(args[0])))
            },
            "b64dec": TemplateFunction([.string]) { args in
                do {
                    return .string(goString(try Base64.decode(bytes(args[0]))))
                } catch {
                    return .string(String(describing: error))
                }
            },
            "b32enc": TemplateFunction([.string]) { args in
                .string(Base32.encode(bytes(args[0])))
            },
            "b32dec": TemplateFunction([.string]) { args in
                do {
                    return .string(goString(try Base32.decode(bytes(args[0]))))
                } catch {
                    return .string(String(describing: error))
                }
            },
        ]
    }
}

private func bytes(_ v: Value) -> [UInt8] { GoBytes.bytes(v.stringValue ?? "") }

/// Go's `string(bytes)`, invalid UTF-8 kept (`GoBytes`).
private func goString(_ bytes: [UInt8]) -> String { GoBytes.string(bytes) }
