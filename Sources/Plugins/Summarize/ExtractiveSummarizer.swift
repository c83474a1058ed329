import Core

/// The `summarize` plugin: picks the sentences that carry an article (an extractive summary)
/// and marks each with its rank and score.
public struct ExtractiveSummarizer: Processor {
    public let options: Options
    /// The corpus counts the `idf` option names, loaded when the chain is built.
    public let frequencies: TermFrequencies?

    public init(options: Options, context: ProcessorContext) throws {
        self.options = options
        frequencies = options.idf.isEmpty ? nil : try TermFrequencyLoader.load(options.idf, context: context)
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        let (sentences, termHashes) = SummarySentence.sentences(of: document)
        var ranker = SentenceRanker(method: options.method)
        if let frequencies { ranker.corpusIdf = frequencies.idf(of: termHashes) }
        let picked = ranker.rank(sentences, budget: budget(of: sentences.count))
        return picked.enumerated().map { rank, entry in
            let range = sentences[entry.index].range
            return Annotation(kind: "summary", start: range.lowerBound, end: range.upperBound,
                              data: ["rank": .int(rank + 1), "score": .double((entry.score * 1000).rounded() / 1000)])
        }
    }

    /// The options' budget for an article of `sentences` sentences: maxWords, else ratio, else
    /// maxSentences.
    func budget(of sentences: Int) -> RankingBudget {
        if options.maxWords > 0 { return RankingBudget(words: options.maxWords) }
        if options.ratio > 0 {
            return RankingBudget(sentences: max(1, Int((options.ratio * Double(sentences)).rounded())))
        }
        return RankingBudget(sentences: options.maxSentences)
    }
}
