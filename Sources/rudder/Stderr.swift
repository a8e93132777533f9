import GoRuntime
import HelmEngine

#if canImport(Glibc)
import Glibc
#endif

/// Writing to the standard streams without Foundation.
enum Console {
    /// Writes the text's Go bytes (`GoBytes`: stand-ins for bytes that are not UTF-8 go out
    /// as those bytes).
    static func out(_ text: String) {
        write(text, to: stdout)
        fflush(stdout)
    }

    static func err(_ text: String) {
        write(text, to: stderr)
    }

    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>?) {
        if GoBytes.hasRawBytes(text) {
            let bytes = GoBytes.bytes(text)
            bytes.withUnsafeBufferPointer { buf in _ = fwrite(buf.baseAddress, 1, buf.count, stream) }
            return
        }
        var text = text
        text.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, stream) }
    }

    /// Prints `Error: MESSAGE` as helm does and exits with status 1.
    static func fail(_ message: String) -> Never {
        err("Error: " + message + "\n")
        exit(1)
    }

    /// A Go runtime fatal error of the helm reproduced: its text as is, exit status 2.
    static func die(_ fatal: GoRuntimeFatal) -> Never {
        err(fatal.text)
        exit(2)
    }

    /// `fail`, with `--explain`'s text after helm's message.
    static func fail(_ message: String, explanation: String?, status: Int32 = 1) -> Never {
        err("Error: " + message + "\n" + (explanation ?? ""))
        exit(status)
    }
}
