extension BriefText {
    /// The text of a range as the brief quotes it beside its English: widened to take in the
    /// partner of a bracket or quotation mark it leaves open when that partner stands right
    /// outside it, past spaces (`«24» شوال` rather than `24» شوال`, `يتجاوز ( 10%)` rather than
    /// `يتجاوز ( 10%`), so that a translator reads a quote as the article wrote it. A mark whose
    /// partner is further away stays as it is.
    func quote(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<scalars.count)
        var lower = range.lowerBound, upper = range.upperBound
        for (open, close) in Self.quotePairs {
            var opened = 0, strayClosers = 0
            for scalar in scalars[range] {
                if open == close {
                    if scalar == open { opened = opened == 0 ? 1 : 0 }
                } else if scalar == open {
                    opened += 1
                } else if scalar == close {
                    if opened > 0 { opened -= 1 } else { strayClosers += 1 }
                }
            }
            if open == close, opened == 1 {
                // A lone straight quote: its partner after the range, else before it.
                if let after = partner(close, after: upper) { upper = after }
                else if let before = partner(open, before: lower) { lower = before }
                continue
            }
            if opened == 1, let after = partner(close, after: upper) { upper = after }
            if strayClosers == 1, let before = partner(open, before: lower) { lower = before }
        }
        return text(lower..<upper)
    }

    /// The end of a `mark` that follows offset `end` past spaces, if one does.
    private func partner(_ mark: Unicode.Scalar, after end: Int) -> Int? {
        var i = end
        while i < scalars.count, scalars[i] == " " { i += 1 }
        return i < scalars.count && scalars[i] == mark ? i + 1 : nil
    }

    /// The start of a `mark` that comes before offset `start` past spaces, if one does.
    private func partner(_ mark: Unicode.Scalar, before start: Int) -> Int? {
        var i = start - 1
        while i >= 0, scalars[i] == " " { i -= 1 }
        return i >= 0 && scalars[i] == mark ? i : nil
    }

    /// Brackets and quotation marks news writes in pairs (a straight quote is its own partner).
    static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("(", ")"), ("«", "»"), ("\u{201C}", "\u{201D}"), ("[", "]"), ("\"", "\""),
    ]
}
