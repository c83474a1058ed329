import Core

extension EnglishBrief {
    /// Options of the `brief` plugin.
    public struct Options: PluginOptions {
        /// How many summary sentences become points (the summary's own budget still applies).
        public var points = 5
        /// List name-like words no glossary knows, with a romanised suggestion.
        public var unknownNames = true
        /// Word lists of name spellings (`arabic<TAB>english`) for those suggestions, before the
        /// built-in table; relative to the chain file.
        public var spellings: [String] = []

        public init() {}

        enum CodingKeys: String, CodingKey {
            case points, unknownNames, spellings
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            points = try c.value(forKey: .points, default: 5)
            unknownNames = try c.value(forKey: .unknownNames, default: true)
            spellings = try c.value(forKey: .spellings, default: [])
        }

        public func problems() -> [OptionProblem] {
            points < 0 ? [OptionProblem(key: "points", "must be 0 or more; found \(points)")] : []
        }
    }
}
