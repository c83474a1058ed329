/// Provenance: what one step of the chain did to a document.
public struct StepRecord: Sendable, Equatable {
    /// What happened to the document in this step.
    public enum Outcome: String, Sendable, Equatable {
        /// The step ran.
        case ran
        /// The step does not handle the document's language and left it alone.
        case skippedLanguage = "skipped-language"
    }

    /// 0-based position of the step in the chain.
    public var index: Int
    /// The plugin's registered name.
    public var plugin: String
    /// The step's instance name (the plugin name unless the chain file names it).
    public var name: String
    public var outcome: Outcome
    /// How many annotations the step added.
    public var added: Int

    public init(index: Int, plugin: String, name: String, outcome: Outcome, added: Int) {
        self.index = index
        self.plugin = plugin
        self.name = name
        self.outcome = outcome
        self.added = added
    }
}
