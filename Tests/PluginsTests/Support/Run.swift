import Core
import Plugins
import TestSupport

/// Runs one plugin with options over a text and returns the covered texts of one kind.
func texts(of kind: String, plugin: String, options: JSONObject = [:], language: String = "ar",
           _ source: String) throws -> [String] {
    let document = try annotate(plugin: plugin, options: options, language: language, source)
    return document.annotations(ofKind: kind).map { document.text(of: $0.range) }
}

/// Runs one plugin with options over a text. When the plugin requires annotations, the
/// plugin that produces each of them runs first, with its defaults (as a chain would).
func annotate(plugin: String, options: JSONObject = [:], language: String = "ar", _ source: String) throws -> Document {
    let registry = BuiltinPlugins.registry
    let factory = registry.factory(named: plugin)!
    let context = ProcessorContext(baseDirectory: TestData.root.path)
    var document = Document(id: "test", language: language, source: source)
    for kind in factory.descriptor.requires {
        let producer = registry.factories.first { $0.descriptor.produces.contains { $0.kind == kind } }!
        let built = try producer.make(options: [:], at: KeyPath(), context: context).get()
        document.annotations += try built.processor.annotate(document)
    }
    let built = try factory.make(options: options, at: KeyPath(), context: context).get()
    document.annotations += try built.processor.annotate(document)
    return document
}

extension PluginFactory.DiagnosticsAtPath: CustomStringConvertible {
    public var description: String { problems.map { "\($0.path): \($0.message)" }.joined(separator: "\n") }
}
