import Core

extension SentenceSplitter {
    /// Options of the `sentences` plugin.
    public struct Options: PluginOptions {
        /// Join a line that does not end a sentence with the line after it (hard-wrapped text).
        public var joinWrappedLines = true
        /// A line shorter than this many characters is never joined (it is a title or a label).
        public var minWrappedLineLength = 40
        /// Also end sentences at `؛` and `;`.
        public var splitAtSemicolons = true

        public init() {}

        enum CodingKeys: String, CodingKey, CaseIterable {
            case joinWrappedLines, minWrappedLineLength, splitAtSemicolons
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            joinWrappedLines = try c.value(forKey: .joinWrappedLines, default: defaults.joinWrappedLines)
            minWrappedLineLength = try c.value(forKey: .minWrappedLineLength, default: defaults.minWrappedLineLength)
            splitAtSemicolons = try c.value(forKey: .splitAtSemicolons, default: defaults.splitAtSemicolons)
        }

        public func problems() -> [OptionProblem] {
            minWrappedLineLength < 1
                ? [OptionProblem(key: "minWrappedLineLength", "must be at least 1, found \(minWrappedLineLength)")] : []
        }
    }
}
