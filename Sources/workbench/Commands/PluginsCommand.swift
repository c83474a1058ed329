import Core
import Plugins

/// `workbench plugins`: the registered plugins with their one-line summaries.
enum PluginsCommand: Command {
    static let name = "plugins"
    static let abstract = "List the plugins a chain file can use."
    static let usage = "plugins"
    static let details = "Run 'workbench describe NAME' for a plugin's options and examples."

    static func run(_ arguments: [String], console: Console) -> Int32 {
        do {
            let parsed = try ArgumentScanner(valued: [], flags: []).parse(arguments)
            if let extra = parsed.positionals.first {
                return usageError(UsageError("unexpected argument '\(extra)'"), console: console)
            }
        } catch {
            return usageError(error, console: console)
        }
        let descriptors = BuiltinPlugins.registry.factories.map(\.descriptor)
        let width = descriptors.map(\.name.count).max() ?? 0
        for d in descriptors {
            console.out("\(d.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(d.summary)\n")
        }
        return ExitStatus.success
    }
}
