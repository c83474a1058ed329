import Core
import Plugins
import Testing

/// Every example in every plugin's descriptor is run: the documentation cannot drift from
/// what the plugin does.
struct PluginExamplesTests {
    static let examples: [(plugin: String, example: PluginExample)] = BuiltinPlugins.registry.factories.flatMap { factory in
        factory.descriptor.examples.map { (factory.descriptor.name, $0) }
    }

    @Test func everyPluginHasAnExample() {
        for factory in BuiltinPlugins.registry.factories {
            #expect(!factory.descriptor.examples.isEmpty, "\(factory.descriptor.name) has no example")
        }
    }

    @Test(arguments: examples.indices)
    func exampleHolds(index: Int) throws {
        let (plugin, example) = Self.examples[index]
        let found = try texts(of: example.kind, field: example.field, plugin: plugin, options: example.options, language: example.language,
                              example.input)
        #expect(found == example.expected, "\(plugin): \(example.title)")
    }
}
