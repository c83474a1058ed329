/// An option set from the command line: `--set glossary.files='["big.tsv"]'` sets the option
/// `files` of the step named `glossary`, over what the chain file says.
public struct OptionOverride: Sendable, Equatable {
    public var step: String
    public var key: String
    public var value: JSONValue

    public init(step: String, key: String, value: JSONValue) {
        self.step = step
        self.key = key
        self.value = value
    }

    /// Parses `STEP.OPTION=VALUE`; the value is JSON when it parses as JSON, else a string.
    public static func parse(_ text: String) -> OptionOverride? {
        guard let equals = text.firstIndex(of: "="), let dot = text[..<equals].firstIndex(of: ".") else { return nil }
        let step = String(text[..<dot])
        let key = String(text[text.index(after: dot)..<equals])
        guard !step.isEmpty, !key.isEmpty else { return nil }
        let raw = String(text[text.index(after: equals)...])
        let value = (try? JSONParser.parse(raw)) ?? .string(raw)
        return OptionOverride(step: step, key: key, value: value)
    }

    /// Applies overrides to a parsed chain; a step name that is not in the chain is an error.
    public static func apply(_ overrides: [OptionOverride], to configuration: inout ChainConfiguration,
                             file: String) throws(DiagnosticList) {
        var problems: [Diagnostic] = []
        for override in overrides {
            guard let index = configuration.steps.firstIndex(where: { $0.name == override.step }) else {
                let names = configuration.steps.map(\.name)
                problems.append(Diagnostic(file: file, message: "--set \(override.step).\(override.key): the chain has no step named "
                    + "'\(override.step)'.\(Suggestions.didYouMean(override.step, in: names)) Steps: \(names.joined(separator: ", "))"))
                continue
            }
            configuration.steps[index].options[override.key] = override.value
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }
}
