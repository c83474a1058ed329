import Core

/// Dispatches `workbench <command> …` to the commands.
enum WorkbenchCLI {
    static let version = "0.1.0"

    static let commands: [any Command.Type] = [
        RunCommand.self, CheckCommand.self, PluginsCommand.self, DescribeCommand.self, BenchCommand.self,
        EvalCommand.self, GlossaryCommand.self, IdfCommand.self,
    ]

    static var overview: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let list = commands.map { "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.abstract)" }
        return """
            OVERVIEW: Turns Arabic news articles into English briefs through a chain of plugins.

            USAGE: workbench <command> [options]

            COMMANDS:
            \(list.joined(separator: "\n"))

            OPTIONS:
              --help, -h   Show help (also after a command: workbench run --help).
              --version    Show the version.

            Start with: workbench run --chain chains/default.json seeds/

            """
    }

    /// Runs the command line (without the program name) and returns the exit status.
    static func run(arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.err(overview)
            return ExitStatus.usage
        }
        switch first {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.help + "\n")
            } else {
                console.out(overview)
            }
            return ExitStatus.success
        case "--version":
            console.out("workbench \(version)\n")
            return ExitStatus.success
        default:
            guard let command = commands.first(where: { $0.name == first }) else {
                let names = commands.map { $0.name }
                console.err("workbench: error: unknown command '\(first)'.\(Suggestions.didYouMean(first, in: names))"
                    + " Commands: \(names.joined(separator: ", "))")
                console.err("See 'workbench --help'.")
                return ExitStatus.usage
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                console.out(command.help + "\n")
                return ExitStatus.success
            }
            return command.run(rest, console: console)
        }
    }
}
