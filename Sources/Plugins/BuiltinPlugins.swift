import Core

/// The plugins a chain file can `use`: the one explicit list, in pipeline order.
public enum BuiltinPlugins {
    public static let registry = PluginRegistry([
        PluginFactory(BoilerplateStripper.self),
        PluginFactory(SentenceSplitter.self),
        PluginFactory(GlossaryMapper.self),
        PluginFactory(ExtractiveSummarizer.self),
        PluginFactory(MachineTranslator.self),
        PluginFactory(EnglishBrief.self),
    ])
}
