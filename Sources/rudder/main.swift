import ArgumentParser
import GoRuntime
#if canImport(Glibc)
import Glibc
#endif

/// Runs the command on a thread with a large stack: deeply nested templates recurse deeply.
/// `template`'s arguments are read with helm's (pflag's) rules first, so flag errors read
/// as helm's (`Error: unknown flag: --bogus`); `diff` and `watch` take out their own flags
/// and read the rest the same way.
BigStack.run {
    // One render per process: skip freeing parsed templates just before exit.
    ProcessLifetime.isEnabled = true
    MapChangeLog.enable()
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "watch" {
        do throws(InvocationError) {
            try WatchCommand(Array(arguments.dropFirst())).run()
        } catch {
            Console.fail(error.message)
        }
    }
    if arguments.first == "diff" {
        do throws(InvocationError) {
            try DiffCommand(Array(arguments.dropFirst())).run()
        } catch {
            Console.fail(error.message, explanation: nil, status: 2)
        }
    }
    if arguments.first == "template" {
        do {
            let flags = try TemplateFlags(Array(arguments.dropFirst()))
            for notice in flags.notices { Console.err(notice + "\n") }
            if !flags.forwardedBools.contains("help") {
                // The fast path: pflag already read everything; ArgumentParser's start-up
                // (reflection over the command's properties) would cost more than a small chart.
                TemplateInvocation(flags: flags).run()
                return
            }
            arguments = ["template"] + flags.canonical
        } catch {
            Console.fail("\(error)")
        }
    }
    do {
        var command = try RudderCommand.parseAsRoot(arguments)
        try command.run()
    } catch {
        RudderCommand.exit(withError: error)
    }
}
