import Core

extension ExtractiveSummarizer {
    /// How sentences are ranked.
    public enum Method: String, OptionEnum {
        /// Position, centrality, title overlap, names and length, with redundancy control (the default).
        case news
        /// A LexRank-style graph: sentences vote for the sentences they resemble.
        case graph
        /// The first sentences, in order: the baseline.
        case lead
    }

    /// Options of the `summarize` plugin. The budget is `maxWords` when set, else `ratio` when
    /// set, else `maxSentences`.
    public struct Options: PluginOptions {
        public var method = Method.news
        public var maxSentences = 3
        /// 0: not used.
        public var maxWords = 0
        /// Fraction of the sentences, 0 < ratio ≤ 1; 0: not used. 1.0 ranks every sentence.
        public var ratio = 0.0
        /// A term-frequency file (`workbench idf`): terms are also weighted across that corpus.
        /// Empty: across the article only.
        public var idf = ""

        public init() {}

        enum CodingKeys: String, CodingKey {
            case method, maxSentences, maxWords, ratio, idf
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            method = try c.value(forKey: .method, default: .news)
            maxSentences = try c.value(forKey: .maxSentences, default: 3)
            maxWords = try c.value(forKey: .maxWords, default: 0)
            ratio = try c.value(forKey: .ratio, default: 0)
            idf = try c.value(forKey: .idf, default: "")
        }

        public func problems() -> [OptionProblem] {
            var problems: [OptionProblem] = []
            if maxSentences < 1 { problems.append(OptionProblem(key: "maxSentences", "must be at least 1; found \(maxSentences)")) }
            if maxWords < 0 { problems.append(OptionProblem(key: "maxWords", "must be positive (or 0: not used); found \(maxWords)")) }
            if ratio < 0 || ratio > 1 {
                problems.append(OptionProblem(key: "ratio", "must be between 0 and 1 (0: not used); found \(ratio)"))
            }
            if maxWords > 0 && ratio > 0 {
                problems.append(OptionProblem(key: "ratio", "give one budget: maxWords or ratio, not both"))
            }
            return problems
        }
    }
}
