import Core
import Foundation

/// In how many documents of a corpus each summary term occurs: what the `summarize` step's
/// `idf` option loads, so that words every article of a feed repeats (the country it follows,
/// its president) weigh less than what sets one article apart. `workbench idf` writes the
/// file; `TermFrequencyParser` reads it.
public struct TermFrequencies: Sendable {
    /// The number of documents counted.
    public let documents: Int
    /// Term hash (`SummaryTerms`) → the number of documents it occurs in.
    let counts: UInt64Map

    init(documents: Int, counts: [UInt64: Int32]) {
        self.documents = documents
        self.counts = UInt64Map(counts)
    }

    /// How many terms have a count.
    public var terms: Int { counts.count }

    /// The inverse document frequency of each of `terms` (a document's), smoothed so that a term
    /// the corpus never saw weighs most and one in every document still weighs 1:
    /// log((N + 1) / (df + 1)) + 1. Looked up without reference counting.
    func idf(of terms: [UInt64]) -> [Double] {
        let total = log(Double(documents + 1))
        return withExtendedLifetime(counts) {
            let view = counts.view
            return terms.map { term in
                let df = term == .max ? 0 : max(0, Int(view[term]))
                return total - log(Double(df + 1)) + 1
            }
        }
    }
}
