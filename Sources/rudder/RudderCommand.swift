import ArgumentParser

/// The `rudder` command: renders Helm charts natively.
struct RudderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rudder",
        abstract: "Render Helm charts natively, byte-identical to `helm template`.",
        discussion: """
        Common actions for Rudder:

        - rudder template:   render a chart as 'helm template' does
        - rudder diff:       compare a render with helm's output, resource by resource
        - rudder watch:      render again whenever the chart or its values change
        - rudder pipeline:   render the bundled ModelOps scoring pipeline from IR files

        Shell completion: rudder --generate-completion-script bash|zsh|fish
        """,
        version: RudderVersion.current,
        subcommands: [TemplateCommand.self, DiffHelpCommand.self, WatchHelpCommand.self, PreprocessCommand.self,
                      PipelineCommand.self, VersionCommand.self]
    )
}
