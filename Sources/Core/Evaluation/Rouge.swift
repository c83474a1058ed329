/// ROUGE-1, ROUGE-2 and ROUGE-L between a candidate summary and one reference, on tokens
/// (see `RougeTokenizer`), as Google's `rouge-score` computes them: n-gram counts clipped by
/// the reference's counts; ROUGE-L from the longest common subsequence of the two token
/// sequences taken whole; F1 the harmonic mean of precision and recall (0 when either is 0).
public enum Rouge {
    /// Precision, recall and F1 of one metric.
    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        public static let zero = Score(precision: 0, recall: 0)
    }

    /// The three metrics for one candidate against one reference.
    public struct Scores: Sendable, Equatable {
        public var rouge1: Score
        public var rouge2: Score
        public var rougeL: Score
    }

    public static func scores(candidate: [String], reference: [String]) -> Scores {
        Scores(rouge1: ngram(1, candidate: candidate, reference: reference),
               rouge2: ngram(2, candidate: candidate, reference: reference),
               rougeL: lcs(candidate: candidate, reference: reference))
    }

    /// ROUGE-N: overlapping n-grams (each counted at most as often as in the other text).
    public static func ngram(_ n: Int, candidate: [String], reference: [String]) -> Score {
        let c = counts(candidate, n), r = counts(reference, n)
        let cTotal = max(0, candidate.count - n + 1), rTotal = max(0, reference.count - n + 1)
        guard cTotal > 0, rTotal > 0 else { return .zero }
        var overlap = 0
        for (gram, count) in c { overlap += min(count, r[gram] ?? 0) }
        return Score(precision: Double(overlap) / Double(cTotal), recall: Double(overlap) / Double(rTotal))
    }

    /// ROUGE-L: the longest common subsequence over the whole token sequences.
    public static func lcs(candidate: [String], reference: [String]) -> Score {
        guard !candidate.isEmpty, !reference.isEmpty else { return .zero }
        // Intern tokens so the dynamic programme compares integers.
        var ids: [String: Int] = [:]
        func intern(_ token: String) -> Int {
            if let id = ids[token] { return id }
            ids[token] = ids.count
            return ids.count - 1
        }
        let a = candidate.map(intern)
        let b = reference.map(intern)
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for j in 1...b.count {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        let length = previous[b.count]
        return Score(precision: Double(length) / Double(a.count), recall: Double(length) / Double(b.count))
    }

    private static func counts(_ tokens: [String], _ n: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        guard tokens.count >= n else { return result }
        for i in 0...(tokens.count - n) {
            result[tokens[i..<i + n].joined(separator: " "), default: 0] += 1
        }
        return result
    }
}
