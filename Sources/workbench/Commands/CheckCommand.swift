import Core
import Plugins

/// `workbench check`: validates a chain file and prints its steps.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "Validate a chain file and print its steps with their effective options."
    static let usage = "check FILE"
    static let details = """
        ARGUMENTS:
          FILE   The chain file to check.

        Every problem is reported at once, with the key path (chain[2].options.maxSentences).
        Exit status: 0 when the chain is valid, 64 when it is not.
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: [], flags: []).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard parsed.positionals.count == 1 else {
            return usageError(UsageError(parsed.positionals.isEmpty ? "missing the chain FILE"
                : "expected one chain FILE, found \(parsed.positionals.count) arguments"), console: console)
        }
        let path = parsed.positionals[0]
        let chain: Chain
        do {
            chain = try ChainLoader.load(path: path, registry: BuiltinPlugins.registry)
        } catch {
            console.err(error.description)
            return ExitStatus.usage
        }
        console.out(describe(chain))
        return ExitStatus.success
    }

    /// `chains/default.json: OK, 1 step` and one block per step.
    static func describe(_ chain: Chain) -> String {
        var out = "\(chain.origin): OK, \(chain.steps.count) step\(chain.steps.count == 1 ? "" : "s")\n"
        for step in chain.steps {
            let d = step.descriptor
            let title = step.name == d.name ? d.name : "\(step.name) (\(d.name))"
            out += "  [\(step.index)] \(title)\n"
            out += "      languages: \(d.languages.joined(separator: ", "))"
            out += "   requires: \(d.requires.isEmpty ? "-" : d.requires.joined(separator: ", "))"
            out += "   produces: \(d.produces.isEmpty ? "-" : d.produces.map(\.kind).joined(separator: ", "))\n"
            for member in step.options.members {
                out += "      \(member.key) = \(JSONWriter.string(member.value))\n"
            }
        }
        return out
    }
}
