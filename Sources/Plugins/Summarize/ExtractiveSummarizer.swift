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
        let ranked = ranker.rank(sentences)
        var picked: [(index: Int, score: Double)] = []
        var words = 0
        let count: Int
        if options.maxWords > 0 {
            for entry in ranked where words < options.maxWords {
                picked.append(entry)
                words += sentences[entry.index].words
            }
            count = picked.count
        } else if options.ratio > 0 {
            count = max(1, Int((options.ratio * Double(sentences.count)).rounded()))
        } else {
            count = options.maxSentences
        }
        if picked.isEmpty { picked = Array(ranked.prefix(count)) }
        return picked.enumerated().map { rank, entry in
            let range = sentences[entry.index].range
            return Annotation(kind: "summary", start: range.lowerBound, end: range.upperBound,
                              data: ["rank": .int(rank + 1), "score": .double((entry.score * 1000).rounded() / 1000)])
        }
    }
}
