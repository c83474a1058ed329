import Core
import Plugins
import TestSupport

/// Runs one plugin with options over a text and returns the covered texts of one kind.
func texts(of kind: String, plugin: String, options: JSONObject = [:], language: String = "ar",
           _ source: String) throws -> [String] {
    let document = try annotate(plugin: plugin, options: options, language: language, source)
    return document.annotations(ofKind: kind).map { document.text(of: $0.range) }
}

/// Runs one plugin with options over a text.
func annotate(plugin: String, options: JSONObject = [:], language: String = "ar", _ source: String) throws -> Document {
    let factory = BuiltinPlugins.registry.factory(named: plugin)!
    let built = try factory.make(options: options, at: KeyPath(), context: ProcessorContext(baseDirectory: TestData.root.path)).get()
    var document = Document(id: "test", language: language, source: source)
    document.annotations = try built.processor.annotate(document)
    return document
}

extension PluginFactory.DiagnosticsAtPath: CustomStringConvertible {
    public var description: String { problems.map { "\($0.path): \($0.message)" }.joined(separator: "\n") }
}
