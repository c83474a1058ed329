extension BriefText {
    /// The spans a reader finds, left to right: at each word that `starts` admits, `read` gives a
    /// span and the index of the word after it, or nil to try the next word. The scan the
    /// amount and date readers share.
    func spans(startingAt starts: (Word) -> Bool = { _ in true }, _ read: (Int) -> (BriefSpan, Int)?) -> [BriefSpan] {
        var result: [BriefSpan] = []
        var i = 0
        while i < words.count {
            if starts(words[i]), let (span, next) = read(i) {
                result.append(span)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }
}
