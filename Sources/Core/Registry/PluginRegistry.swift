/// The plugins a chain file can `use`, by name. The built-in list lives in one file,
/// `Plugins/BuiltinPlugins.swift`; an embedding program may build its own registry.
public struct PluginRegistry: Sendable {
    public let factories: [PluginFactory]

    public init(_ factories: [PluginFactory]) {
        var seen = Set<String>()
        for factory in factories {
            precondition(seen.insert(factory.descriptor.name).inserted,
                         "two plugins are registered as '\(factory.descriptor.name)'")
        }
        self.factories = factories
    }

    /// Plugin names in registration order.
    public var names: [String] { factories.map(\.descriptor.name) }

    public func factory(named name: String) -> PluginFactory? {
        factories.first { $0.descriptor.name == name }
    }

    /// The plugins that produce annotations of `kind`.
    public func producers(of kind: String) -> [String] {
        factories.filter { $0.descriptor.produces.contains { $0.kind == kind } }.map(\.descriptor.name)
    }
}
