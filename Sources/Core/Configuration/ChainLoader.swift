import Foundation

/// Loads a chain file and builds its processors, or reports every problem in it at once.
///
/// Checks, in order: JSON syntax (with line and column); the file's structure (`version`,
/// `chain`, step keys); each step's plugin name; each option key against the plugin's
/// documented options; option types and values; resources the processors load; and finally
/// that every step's required annotations are produced by an earlier step.
public enum ChainLoader {
    /// Loads the chain file at `path`, with options set from the command line applied on top.
    /// Relative paths inside options resolve against its folder.
    public static func load(path: String, registry: PluginRegistry,
                            overrides: [OptionOverride] = []) throws(DiagnosticList) -> Chain {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw DiagnosticList([Diagnostic(file: path, message: "the chain file is not UTF-8 text")])
            }
            text = decoded
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(file: path, message: "cannot read the chain file: \(FileErrors.reason(error))")])
        }
        let folder = (path as NSString).deletingLastPathComponent
        var configuration = try ChainConfiguration.parse(text, file: path)
        try OptionOverride.apply(overrides, to: &configuration, file: path)
        return try build(configuration, file: path, context: ProcessorContext(baseDirectory: folder.isEmpty ? "." : folder),
                         registry: registry)
    }

    /// Loads a chain from text; `file` is the name used in messages.
    public static func load(text: String, file: String, context: ProcessorContext = ProcessorContext(),
                            registry: PluginRegistry) throws(DiagnosticList) -> Chain {
        let configuration = try ChainConfiguration.parse(text, file: file)
        return try build(configuration, file: file, context: context, registry: registry)
    }

    /// Builds a parsed configuration.
    public static func build(_ configuration: ChainConfiguration, file: String, context: ProcessorContext,
                             registry: PluginRegistry) throws(DiagnosticList) -> Chain {
        var problems: [Diagnostic] = []
        func report(_ path: KeyPath, _ message: String) {
            problems.append(Diagnostic(file: file, path: path, message: message))
        }
        var steps: [Chain.Step] = []
        var produced = Set<String>()
        for (index, step) in configuration.steps.enumerated() {
            let path = KeyPath([.key("chain"), .index(index)])
            guard let factory = registry.factory(named: step.use) else {
                report(path.appending("use"), "unknown plugin '\(step.use)'.\(Suggestions.didYouMean(step.use, in: registry.names)) "
                    + "Available plugins: \(registry.names.joined(separator: ", "))")
                continue
            }
            let descriptor = factory.descriptor
            let optionNames = descriptor.options.map(\.name)
            var knownOptions = step.options
            for key in step.options.keys where !optionNames.contains(key) {
                knownOptions[key] = nil
                let valid = optionNames.isEmpty ? "'\(descriptor.name)' takes no options"
                    : "Options of '\(descriptor.name)': \(optionNames.joined(separator: ", "))"
                report(path.appending("options"), "unknown option '\(key)'.\(Suggestions.didYouMean(key, in: optionNames)) \(valid)")
            }
            for required in descriptor.requires where !produced.contains(required) {
                let producers = registry.producers(of: required)
                let fix = producers.isEmpty ? "" : " Add a '\(producers[0])' step before it."
                report(path, "'\(descriptor.name)' needs '\(required)' annotations, but no earlier step produces them.\(fix)")
            }
            for kind in descriptor.produces { produced.insert(kind.kind) }
            // The known keys are still decoded, so that their errors are reported too.
            switch factory.make(options: knownOptions, at: path.appending("options"), context: context) {
            case .success(let built):
                steps.append(Chain.Step(index: index, name: step.name, descriptor: descriptor,
                                        options: built.options, processor: built.processor))
            case .failure(let failure):
                for problem in failure.problems { report(problem.path, problem.message) }
                problems += failure.external
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return Chain(steps: steps, origin: file)
    }
}
