/// How far a ranking goes: sentences in rank order until either count is reached (the last
/// sentence may pass the word count). Ranking stops there, so a three-sentence summary of a
/// book-length document costs three greedy rounds, not one per sentence.
struct RankingBudget: Equatable {
    /// At most this many sentences.
    var sentences: Int = .max
    /// Stop once the sentences taken hold at least this many words.
    var words: Int = .max

    /// Every sentence, in rank order.
    static let everything = RankingBudget()

    /// True when sentences holding `words` words, `count` of them, fill the budget.
    func isFilled(count: Int, words taken: Int) -> Bool {
        count >= sentences || taken >= words
    }
}
