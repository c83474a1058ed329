/// "Did you mean …?" suggestions by edit distance.
public enum Suggestions {
    /// The candidate nearest to `word`, if it is close enough to be a likely typo:
    /// a case-only difference; an edit distance of at most 3 and at most half of the longer
    /// word's length; or, failing those, a candidate that starts with a word of 4+ letters
    /// (`joinWrapped` → `joinWrappedLines`).
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates {
            if candidate.lowercased() == word.lowercased() { return candidate }
            let distance = levenshtein(word, candidate)
            let limit = min(3, max(1, max(word.unicodeScalars.count, candidate.unicodeScalars.count) / 2))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        guard word.unicodeScalars.count >= 4 else { return nil }
        return candidates.first { $0.lowercased().hasPrefix(word.lowercased()) }
    }

    /// `" Did you mean 'x'?"` or the empty string.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        guard let suggestion = nearest(to: word, in: candidates) else { return "" }
        return " Did you mean '\(suggestion)'?"
    }

    /// The edit distance between two strings in Unicode scalars: insertions, deletions,
    /// substitutions and transpositions of neighbours (`rnu` → `run` is 1), each costing 1.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
