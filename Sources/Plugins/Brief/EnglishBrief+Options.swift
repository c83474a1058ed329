import Core

extension EnglishBrief {
    /// Options of the `brief` plugin.
    public struct Options: PluginOptions {
        /// How many summary sentences become points (the summary's own budget still applies).
        public var points = 5
        /// List name-like words no glossary knows, with a romanised suggestion.
        public var unknownNames = true

        public init() {}

        enum CodingKeys: String, CodingKey {
            case points, unknownNames
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            points = try c.value(forKey: .points, default: 5)
            unknownNames = try c.value(forKey: .unknownNames, default: true)
        }

        public func problems() -> [OptionProblem] {
            points < 0 ? [OptionProblem(key: "points", "must be 0 or more; found \(points)")] : []
        }
    }
}
