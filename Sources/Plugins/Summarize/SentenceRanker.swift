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

    func rank(_ sentences: [SummarySentence]) -> [(index: Int, score: Double)] {
        guard !sentences.isEmpty else { return [] }
        switch method {
        case .lead:
            return sentences.indices.map { ($0, 1.0 / Double($0 + 1)) }
        case .graph:
            let vectors = Self.tfidf(sentences)
            let scores = Self.pageRank(vectors)
            return sentences.indices.sorted { scores[$0] > scores[$1] || scores[$0] == scores[$1] && $0 < $1 }
                .map { ($0, scores[$0]) }
        case .news:
            return news(sentences)
        }
    }

    /// A linear score: the lead bonus, position (absolute and relative), centrality, overlap with
    /// the first sentence, opening a paragraph, glossary names, and a penalty for run-on
    /// sentences; then ranked greedily with a redundancy penalty (MMR).
    private func news(_ sentences: [SummarySentence]) -> [(index: Int, score: Double)] {
        let vectors = Self.tfidf(sentences)
        var centroid: [UInt64: Double] = [:]
        for v in vectors { for (t, w) in v { centroid[t, default: 0] += w } }
        let first = vectors[0]
        var base = [Double](repeating: 0, count: sentences.count)
        // The lead: the first sentence, with the headline before it when the article has one.
        let leadEnd = sentences.firstIndex { $0.terminated } ?? 0
        for (i, s) in sentences.enumerated() {
            let relative = 1 - Double(i) / Double(sentences.count)
            // Centrality against the rest of the article (the sentence's own weight taken out).
            var rest = centroid
            for (t, w) in vectors[i] { rest[t]! -= w }
            let centrality = Self.cosine(vectors[i], rest)
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
        while !left.isEmpty {
            var best = 0
            for k in left.indices where base[left[k]] - weights.redundancy * closest[left[k]]
                > base[left[best]] - weights.redundancy * closest[left[best]] {
                best = k
            }
            let pick = left.remove(at: best)
            chosen.append(pick)
            for i in left { closest[i] = max(closest[i], Self.cosine(vectors[i], vectors[pick])) }
        }
        return chosen.map { ($0, base[$0]) }
    }

    /// tf·idf vectors, idf over the document's sentences: log(N / df) + 1.
    static func tfidf(_ sentences: [SummarySentence]) -> [[UInt64: Double]] {
        var df: [UInt64: Double] = [:]
        for s in sentences { for t in s.terms.keys { df[t, default: 0] += 1 } }
        let n = Double(sentences.count)
        return sentences.map { s in
            var v: [UInt64: Double] = [:]
            for (t, tf) in s.terms { v[t] = tf * (log(n / df[t]!) + 1) }
            return v
        }
    }

    static func cosine(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (t, w) in small { if let x = large[t] { dot += w * x } }
        guard dot > 0 else { return 0 }
        let na = a.values.reduce(0) { $0 + $1 * $1 }, nb = b.values.reduce(0) { $0 + $1 * $1 }
        return dot / (na.squareRoot() * nb.squareRoot())
    }

    /// LexRank: a graph of sentences joined when their cosine similarity is at least 0.1,
    /// ranked by PageRank (damping 0.85).
    static func pageRank(_ vectors: [[UInt64: Double]]) -> [Double] {
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
