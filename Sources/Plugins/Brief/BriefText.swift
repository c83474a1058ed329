import Core

/// The words of a document as the brief's readers see them: each token with its source range,
/// its text as written, its normalized form, and the text between it and the previous token.
struct BriefText {
    struct Word {
        var range: Range<Int>
        var text: String
        /// Normalized (`ArabicNormalizer`): alef forms, ى/ي, ة/ه, digits folded.
        var norm: String
        var kind: Token.Kind
        /// The text between the previous word and this one (punctuation, spaces).
        var gap: String
    }

    let scalars: [Unicode.Scalar]
    let words: [Word]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        let normalizer = ArabicNormalizer()
        var words: [Word] = []
        var previousEnd = 0
        for token in Tokenizer.tokens(in: source) {
            let text = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            let gap = String(String.UnicodeScalarView(scalars[previousEnd..<token.start]))
            words.append(Word(range: token.start..<token.end, text: text, norm: normalizer.normalizedString(text),
                              kind: token.kind, gap: gap))
            previousEnd = token.end
        }
        self.words = words
    }

    /// The source text of a scalar range.
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
    }

    /// The index of the first word starting at or after `offset`.
    func word(atOrAfter offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The number value of a number word (`10`, `1,000`, `2.5`, `٣٫٥`), if it is one.
    static func number(_ norm: String) -> Double? {
        var text = norm.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "٬", with: "")
        text = text.replacingOccurrences(of: "٫", with: ".")
        return Double(text)
    }
}
