/// Everything wrong with a step's options and resources, thrown from a processor's `init`
/// when there is more than one problem: option problems are reported at their key paths in
/// the chain file, diagnostics in their own files (`glossaries/kz.tsv:12: error: …`).
public struct SetupError: Error, Sendable {
    public var options: [OptionProblem]
    public var diagnostics: [Diagnostic]

    public init(options: [OptionProblem] = [], diagnostics: [Diagnostic] = []) {
        self.options = options
        self.diagnostics = diagnostics
    }
}
