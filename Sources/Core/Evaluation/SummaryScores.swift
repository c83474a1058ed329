/// ROUGE of one summary against several references, aggregated as the EASC protocol does:
/// per metric the mean over the references (`average`, the headline figure) and the best
/// single reference (`best`, by F1).
public struct SummaryScores: Sendable, Equatable {
    public var average: Rouge.Scores
    public var best: Rouge.Scores

    public init(summary: String, references: [String]) {
        let candidate = RougeTokenizer.tokens(summary)
        let all = references.map { Rouge.scores(candidate: candidate, reference: RougeTokenizer.tokens($0)) }
        func mean(_ pick: (Rouge.Scores) -> Rouge.Score) -> Rouge.Score { Self.mean(all.map(pick)) }
        func top(_ pick: (Rouge.Scores) -> Rouge.Score) -> Rouge.Score {
            all.map(pick).max { $0.f1 < $1.f1 } ?? .zero
        }
        average = Rouge.Scores(rouge1: mean(\.rouge1), rouge2: mean(\.rouge2), rougeL: mean(\.rougeL))
        best = Rouge.Scores(rouge1: top(\.rouge1), rouge2: top(\.rouge2), rougeL: top(\.rougeL))
    }

    /// The mean of several articles' scores (the corpus figure).
    public static func mean(_ scores: [SummaryScores]) -> (average: Rouge.Scores, best: Rouge.Scores) {
        func meanOf(_ pick: (SummaryScores) -> Rouge.Score) -> Rouge.Score { mean(scores.map(pick)) }
        return (Rouge.Scores(rouge1: meanOf(\.average.rouge1), rouge2: meanOf(\.average.rouge2), rougeL: meanOf(\.average.rougeL)),
                Rouge.Scores(rouge1: meanOf(\.best.rouge1), rouge2: meanOf(\.best.rouge2), rougeL: meanOf(\.best.rougeL)))
    }

    /// The mean precision, recall and F1 of several scores (F1 averaged, not recomputed); zero for none.
    static func mean(_ scores: [Rouge.Score]) -> Rouge.Score {
        guard !scores.isEmpty else { return .zero }
        let n = Double(scores.count)
        var mean = Rouge.Score(precision: scores.map(\.precision).reduce(0, +) / n, recall: scores.map(\.recall).reduce(0, +) / n)
        mean.f1 = scores.map(\.f1).reduce(0, +) / n
        return mean
    }

    /// The first `limit` ROUGE tokens of `text`, cut at white space: the words are kept whole
    /// until their tokens reach the limit (how the reference scorer truncates, like ROUGE -l).
    public static func truncate(_ text: String, toTokens limit: Int) -> String {
        var lines: [String] = []
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept: [Substring] = []
            for word in line.split(whereSeparator: { $0.isWhitespace }) {
                if count >= limit { break }
                kept.append(word)
                count += RougeTokenizer.count(String(word))
            }
            if !kept.isEmpty { lines.append(kept.joined(separator: " ")) }
            if count >= limit { break }
        }
        return lines.joined(separator: "\n")
    }
}
