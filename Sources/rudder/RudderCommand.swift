import ArgumentParser

/// The `rudder` command: renders Helm charts natively.
struct RudderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rudder",
        abstract: "Render Helm charts natively, byte-identical to `helm template`.",
        subcommands: [TemplateCommand.self, PreprocessCommand.self, PipelineCommand.self]
    )
}
