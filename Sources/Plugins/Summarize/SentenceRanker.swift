import Foundation

/// Ranks the sentences of one document, best first, with a score each. Deterministic: ties
/// keep document order.
struct SentenceRanker {
    /// The weights of the `news` method. Chosen on EASC by a random search over these
    /// features (in a Python prototype of the same features), then checked on the odd and the
    /// even articles separately: the gain over lead holds on both halves (README).
    struct Weights {
        /// The first sentence: first, always (annotators took it most often by far).
        var lead = 5.0
        /// 1 / (index + 1).
        var position = 0.48
        /// 1 − index / sentences.
        var relative = 0.95
        /// Cosine with the rest of the article.
        var centrality = 0.365
        /// Cosine with the first sentence.
        var title = 0.554
        /// The sentence opens a paragraph.
        var paragraphStart = 0.28
        /// Sentences longer than `longWords` (run-on lines, lists) go last.
        var long = 2.0
        var longWords = 60.0
        /// Fragments shorter than `shortWords` (datelines, captions, asides) lose this much.
        var short = 0.5
        var shortWords = 6.0
        /// Share of glossary names (persons, places, organisations) when a glossary step ran.
        var names = 0.2
        /// Maximal marginal relevance: minus this times the cosine with the closest sentence
        /// already ranked, so near-repeats of a chosen sentence fall back.
        var redundancy = 0.1

        static let standard = Weights()
    }

    let method: ExtractiveSummarizer.Method
    var weights = Weights.standard
    /// Each term id's inverse document frequency in a corpus (`TermFrequencies`), when the
    /// step has one; else terms are weighted across the article's sentences only.
    var corpusIdf: [Double]? = nil

    /// The best sentences, best first, with their scores, as far as `budget` goes.
    func rank(_ sentences: [SummarySentence], budget: RankingBudget = .everything) -> [(index: Int, score: Double)] {
        guard !sentences.isEmpty else { return [] }
        switch method {
        case .lead:
            return Self.prefix(sentences.indices.map { ($0, 1.0 / Double($0 + 1)) }, of: sentences, budget: budget)
        case .graph:
            let scores = Self.pageRank(Self.tfidf(sentences, corpusIdf: corpusIdf).vectors)
            let order = sentences.indices.sorted { scores[$0] > scores[$1] || scores[$0] == scores[$1] && $0 < $1 }
            return Self.prefix(order.map { ($0, scores[$0]) }, of: sentences, budget: budget)
        case .news:
            return news(sentences, budget: budget)
        }
    }

    /// The head of a complete ranking that `budget` takes.
    private static func prefix(_ ranked: [(index: Int, score: Double)], of sentences: [SummarySentence],
                               budget: RankingBudget) -> [(index: Int, score: Double)] {
        var words = 0
        for (count, entry) in ranked.enumerated() {
            if budget.isFilled(count: count, words: words) { return Array(ranked.prefix(count)) }
            words += sentences[entry.index].words
        }
        return ranked
    }

    /// A linear score: the lead bonus, position (absolute and relative), centrality, overlap with
    /// the first sentence, opening a paragraph, glossary names, and a penalty for run-on
    /// sentences; then ranked greedily with a redundancy penalty (MMR).
    private func news(_ sentences: [SummarySentence], budget: RankingBudget) -> [(index: Int, score: Double)] {
        let (vectors, termCount) = Self.tfidf(sentences, corpusIdf: corpusIdf)
        var centroid = [Double](repeating: 0, count: termCount)
        for v in vectors { for (t, w) in zip(v.ids, v.weights) { centroid[Int(t)] += w } }
        let centroidSquare = centroid.reduce(0) { $0 + $1 * $1 }
        let first = vectors[0]
        var base = [Double](repeating: 0, count: sentences.count)
        // The lead: the first sentence, with the headline before it when the article has one.
        let leadEnd = sentences.firstIndex { $0.terminated } ?? 0
        for (i, s) in sentences.enumerated() {
            let relative = 1 - Double(i) / Double(sentences.count)
            // Centrality against the rest of the article (the sentence's own weight taken out):
            // v·(c − v) / (|v| |c − v|), in closed form.
            let v = vectors[i]
            var dot = 0.0
            for (t, w) in zip(v.ids, v.weights) { dot += w * centroid[Int(t)] }
            let own = v.norm * v.norm
            let restSquare = centroidSquare - 2 * dot + own
            let centrality = v.norm > 0 && restSquare > 1e-12 ? max(0, dot - own) / (v.norm * restSquare.squareRoot()) : 0
            let title = i == 0 ? 1.0 : Self.cosine(vectors[i], first)
            let names = Double(s.names) / Double(1 + s.names)
            let opensParagraph = i == 0 || sentences[i - 1].paragraph != s.paragraph
            base[i] = (i <= leadEnd ? weights.lead : 0) + weights.position / Double(i + 1) + weights.relative * relative
                + weights.centrality * centrality + weights.title * title + weights.names * names
                + (opensParagraph ? weights.paragraphStart : 0)
                - (Double(s.words) > weights.longWords ? weights.long : 0)
                - (i > 0 && Double(s.words) < weights.shortWords ? weights.short : 0)
        }
        var chosen: [Int] = []
        var closest = [Double](repeating: 0, count: sentences.count)
        var left = Array(sentences.indices)
        var words = 0
        while !left.isEmpty, !budget.isFilled(count: chosen.count, words: words) {
            var best = 0
            for k in left.indices where base[left[k]] - weights.redundancy * closest[left[k]]
                > base[left[best]] - weights.redundancy * closest[left[best]] {
                best = k
            }
            let pick = left.remove(at: best)
            chosen.append(pick)
            words += sentences[pick].words
            for i in left { closest[i] = max(closest[i], Self.cosine(vectors[i], vectors[pick])) }
        }
        return chosen.map { ($0, base[$0]) }
    }

    /// A sentence's terms as a sparse vector: term ids in increasing order, their weights, the norm.
    struct SparseVector {
        var ids: [Int32] = []
        var weights: [Double] = []
        var norm = 0.0
    }

    /// tf·idf vectors, idf over the document's sentences: log(N / df) + 1, times the term's idf
    /// in a corpus when one is given. Terms have dense ids for the document
    /// (`SummarySentence.terms`), so the vectors are sorted arrays, not dictionaries.
    static func tfidf(_ sentences: [SummarySentence], corpusIdf: [Double]? = nil) -> (vectors: [SparseVector], terms: Int) {
        var termCount = 0
        for s in sentences { for id in s.terms where Int(id) >= termCount { termCount = Int(id) + 1 } }
        var df = [Double](repeating: 0, count: termCount)
        var pairs: [[(Int32, Double)]] = []
        pairs.reserveCapacity(sentences.count)
        for s in sentences {
            // Sorted ids, counted in runs: (id, term frequency), each id once.
            let sorted = s.terms.sorted()
            var row: [(Int32, Double)] = []
            var i = 0
            while i < sorted.count {
                var j = i + 1
                while j < sorted.count, sorted[j] == sorted[i] { j += 1 }
                row.append((sorted[i], Double(j - i)))
                df[Int(sorted[i])] += 1
                i = j
            }
            pairs.append(row)
        }
        let n = Double(sentences.count)
        let vectors = pairs.map { row -> SparseVector in
            var v = SparseVector()
            v.ids = row.map(\.0)
            v.weights = row.map { $0.1 * (log(n / df[Int($0.0)]) + 1) * (corpusIdf?[Int($0.0)] ?? 1) }
            v.norm = v.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v
        }
        return (vectors, termCount)
    }

    /// Cosine of two sparse vectors (a merge of their sorted ids).
    static func cosine(_ a: SparseVector, _ b: SparseVector) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var i = 0, j = 0, dot = 0.0
        while i < a.ids.count, j < b.ids.count {
            if a.ids[i] == b.ids[j] { dot += a.weights[i] * b.weights[j]; i += 1; j += 1 }
            else if a.ids[i] < b.ids[j] { i += 1 } else { j += 1 }
        }
        return dot / (a.norm * b.norm)
    }

    /// LexRank: a graph of sentences joined when their cosine similarity is at least 0.1,
    /// ranked by PageRank (damping 0.85).
    static func pageRank(_ vectors: [SparseVector]) -> [Double] {
        let n = vectors.count
        var edges = [[Int]](repeating: [], count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where cosine(vectors[i], vectors[j]) >= 0.1 {
                edges[i].append(j)
                edges[j].append(i)
            }
        }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        for _ in 0..<30 {
            var next = [Double](repeating: 0.15 / Double(n), count: n)
            for i in 0..<n {
                if edges[i].isEmpty {
                    for j in 0..<n { next[j] += 0.85 * rank[i] / Double(n) }
                } else {
                    for j in edges[i] { next[j] += 0.85 * rank[i] / Double(edges[i].count) }
                }
            }
            rank = next
        }
        return rank
    }
}
