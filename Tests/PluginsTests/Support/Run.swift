import Core
import Plugins
import TestSupport

/// Runs one plugin with options over a text and returns the covered texts of one kind.
func texts(of kind: String, field: String? = nil, plugin: String, options: JSONObject = [:], language: String = "ar",
           _ source: String) throws -> [String] {
    let document = try annotate(plugin: plugin, options: options, language: language, source)
    return document.annotations(ofKind: kind).map { annotation in
        field.map { annotation.data[$0]?.stringValue ?? "" } ?? document.text(of: annotation.range)
    }
}

/// Runs one plugin with options over a text. When the plugin requires annotations, the
/// plugin that produces each of them runs first, with its defaults (as a chain would).
func annotate(plugin: String, options: JSONObject = [:], language: String = "ar", _ source: String) throws -> Document {
    let registry = BuiltinPlugins.registry
    let producers = registry.factory(named: plugin)!.descriptor.requires.map { kind in
        (registry.factories.first { $0.descriptor.produces.contains { $0.kind == kind } }!.descriptor.name, JSONObject())
    }
    return try run(producers + [(plugin, options)], language: language, source)
}

/// Runs plugins in order over a text, as a chain of those steps would (paths in options are
/// relative to the repository).
func run(_ steps: [(plugin: String, options: JSONObject)], language: String = "ar", _ source: String) throws -> Document {
    let context = ProcessorContext(baseDirectory: TestData.root.path)
    var document = Document(id: "test", language: language, source: source)
    for step in steps {
        let built = try BuiltinPlugins.registry.factory(named: step.plugin)!.make(options: step.options, at: KeyPath(), context: context).get()
        document.annotations += try built.processor.annotate(document)
    }
    return document
}

extension PluginFactory.DiagnosticsAtPath: CustomStringConvertible {
    public var description: String { problems.map { "\($0.path): \($0.message)" }.joined(separator: "\n") }
}
