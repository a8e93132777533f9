import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Runs the command on a thread with a large stack: deeply nested templates recurse deeply.
BigStack.run {
    do {
        var command = try RudderCommand.parseAsRoot()
        try command.run()
    } catch {
        RudderCommand.exit(withError: error)
    }
}
