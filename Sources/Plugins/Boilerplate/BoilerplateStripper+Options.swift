import Core

extension BoilerplateStripper {
    /// Options of the `boilerplate` plugin.
    public struct Options: PluginOptions {
        /// Extra phrase files (RULE<TAB>PHRASE lines), relative to the chain file.
        public var phrases: [String] = []
        /// Use the phrases that ship with the workbench.
        public var builtinPhrases = true
        /// A line found on at least this many documents of one site is template; 0 turns it off.
        public var repeatedLines = 3
        /// Protect the title: the first headline-like line before the body.
        public var keepTitle = true

        public init() {}

        enum CodingKeys: String, CodingKey {
            case phrases, builtinPhrases, repeatedLines, keepTitle
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            phrases = try c.value(forKey: .phrases, default: [])
            builtinPhrases = try c.value(forKey: .builtinPhrases, default: true)
            repeatedLines = try c.value(forKey: .repeatedLines, default: 3)
            keepTitle = try c.value(forKey: .keepTitle, default: true)
        }

        public func problems() -> [OptionProblem] {
            var problems: [OptionProblem] = []
            if repeatedLines < 0 || repeatedLines == 1 {
                problems.append(OptionProblem(key: "repeatedLines",
                    "must be 0 (off) or at least 2 documents; found \(repeatedLines)"))
            }
            if !builtinPhrases && phrases.isEmpty {
                problems.append(OptionProblem(key: "builtinPhrases",
                    "with builtinPhrases false, name your own phrase files in \"phrases\""))
            }
            return problems
        }
    }
}
