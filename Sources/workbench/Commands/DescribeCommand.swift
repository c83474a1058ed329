import Core
import Plugins

/// `workbench describe NAME`: everything a plugin says about itself.
enum DescribeCommand: Command {
    static let name = "describe"
    static let abstract = "Show a plugin's description, options with defaults, and examples."
    static let usage = "describe NAME [--markdown]"
    static let details = """
        ARGUMENTS:
          NAME         A plugin name, as listed by 'workbench plugins'.

        OPTIONS:
          --markdown   Print the README's reference section for the plugin instead.
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: [], flags: ["--markdown"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard parsed.positionals.count == 1 else {
            return usageError(UsageError("expected one plugin NAME"), console: console)
        }
        let registry = BuiltinPlugins.registry
        let wanted = parsed.positionals[0]
        guard let factory = registry.factory(named: wanted) else {
            return usageError(UsageError("unknown plugin '\(wanted)'.\(Suggestions.didYouMean(wanted, in: registry.names)) "
                + "Available plugins: \(registry.names.joined(separator: ", "))"), console: console)
        }
        console.out(parsed.has("--markdown") ? PluginDocumentation.markdown(factory) : PluginDocumentation.text(factory))
        return ExitStatus.success
    }
}
