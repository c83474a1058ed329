import Core

/// Counts, document by document, how many documents each summary term occurs in, and writes
/// the counts in the file format `TermFrequencyParser` reads. Memory grows with the corpus's
/// vocabulary, not with its documents: a feed can be counted as it streams by.
public struct TermFrequencyCounter {
    /// The documents counted so far.
    public private(set) var documents = 0
    /// Term hash → the documents it occurred in, and the term as the file writes it.
    private var counts: [UInt64: (documents: Int, text: String)] = [:]

    public init() {}

    /// How many different terms were seen.
    public var terms: Int { counts.count }

    /// Counts the terms of one document's text, in its language (which picks the Cyrillic
    /// layer: Kazakh for `kk`, else Russian).
    public mutating func add(_ source: String, language: String = "ar") {
        documents += 1
        let normalized = SummarySentence.normalizer.normalize(source)
        var seen = DenseIds()
        normalized.bytes.withUnsafeBufferPointer { text in
            SummaryTerms.forEach(in: text, language: language) { token, word, term in
                guard let term else { return }
                let before = seen.count
                guard seen.id(term) == Int32(before) else { return }
                if counts[term] != nil {
                    counts[term]!.documents += 1
                } else {
                    counts[term] = (1, SummaryTerms.text(of: word, kind: token.kind, language: language))
                }
            }
        }
    }

    /// The number of documents `term` (as `SummaryTerms.text` writes it) occurred in.
    public func count(ofTerm term: String) -> Int {
        SummaryTerms.hash(ofTerm: term).flatMap { counts[$0]?.documents } ?? 0
    }

    /// The file: comment lines, `documents<TAB>N`, then one `term<TAB>count` line per term that
    /// occurred in at least `minimum` documents, most frequent first (ties in term order, so the
    /// same corpus always gives the same file); and how many terms it holds.
    public func file(minimum: Int = 2, comments: [String] = []) -> (text: String, terms: Int) {
        let kept = counts.values.filter { $0.documents >= minimum }
            .sorted { $0.documents != $1.documents ? $0.documents > $1.documents : $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
        var out = ""
        for comment in comments { out += "# \(comment)\n" }
        out += "documents\t\(documents)\n"
        for row in kept { out += "\(row.text)\t\(row.documents)\n" }
        return (out, kept.count)
    }
}
