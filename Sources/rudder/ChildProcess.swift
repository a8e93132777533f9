#if canImport(Glibc)
import Glibc
#endif

/// Runs a program (found on `PATH` when the name has no `/`) and collects its standard
/// output and error, without Foundation.
enum ChildProcess {
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `program`; `input` is written to its standard input (which is closed after it;
    /// without input the child inherits ours).
    static func run(_ program: String, _ arguments: [String], input: [UInt8]? = nil) throws -> Result {
        var out: [Int32] = [0, 0], err: [Int32] = [0, 0], inp: [Int32] = [-1, -1]
        guard pipe(&out) == 0 else { throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&err) == 0 else {
            close(out[0]); close(out[1])
            throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        if input != nil {
            guard pipe(&inp) == 0 else {
                for fd in out + err { close(fd) }
                throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil { posix_spawn_file_actions_adddup2(&actions, inp[0], 0) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in out + err + inp where fd >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        close(out[1]); close(err[1])
        if inp[0] >= 0 { close(inp[0]) }
        guard spawned == 0 else {
            close(out[0]); close(err[0])
            if inp[1] >= 0 { close(inp[1]) }
            throw SpawnError(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        var result = Result(status: 0, stdout: [], stderr: [])
        if let input, inp[1] >= 0 {
            // Non-blocking, so a child that stops reading cannot stall us; SIGPIPE ignored.
            _ = fcntl(inp[1], F_SETFL, fcntl(inp[1], F_GETFL) | O_NONBLOCK)
            signal(SIGPIPE, SIG_IGN)
            drain(out[0], into: &result.stdout, err[0], into: &result.stderr, writing: input, to: inp[1])
        } else {
            drain(out[0], into: &result.stdout, err[0], into: &result.stderr)
        }
        close(out[0]); close(err[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out: Swift does not import the macros.
        result.status = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return result
    }

    /// Reads both pipes to their end (one at a time would block when the other fills up).
    /// With `input`, also writes it to `sink` as the child reads, then closes `sink`.
    private static func drain(_ a: Int32, into first: inout [UInt8], _ b: Int32, into second: inout [UInt8],
                              writing input: [UInt8] = [], to sink: Int32 = -1) {
        var fds = [pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: sink, events: Int16(POLLOUT), revents: 0)]
        var written = 0
        if sink >= 0 && input.isEmpty {
            close(sink)
            fds[2].fd = -1
        }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var open = 2
        while open > 0 {
            if poll(&fds, 3, -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[2].fd >= 0 && fds[2].revents != 0 {
                let n = input[written...].withUnsafeBytes { write(sink, $0.baseAddress, $0.count) }
                if n > 0 { written += n }
                if written >= input.count || (n < 0 && errno != EAGAIN && errno != EINTR) || fds[2].revents & Int16(POLLERR | POLLHUP) != 0 {
                    close(sink)
                    fds[2].fd = -1
                }
            }
            for i in 0..<2 where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = read(fds[i].fd, &buffer, buffer.count)
                if n > 0 {
                    if i == 0 { first += buffer[0..<n] } else { second += buffer[0..<n] }
                } else if n == 0 || errno != EINTR {
                    fds[i].fd = -1
                    open -= 1
                }
            }
        }
        if fds[2].fd >= 0 { close(fds[2].fd) }
    }
}
