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
        // One normalization for the whole text; each word's normalized form is a slice of it,
        // its source range comes back through the offset map.
        let normalized = ArabicNormalizer().normalize(source)
        var words: [Word] = []
        var previousEnd = 0
        let scalars = self.scalars
        normalized.bytes.withUnsafeBufferPointer { bytes in
            Tokenizer.forEachToken(inUTF8: bytes) { token in
                let range = normalized.originalRange(ofBytes: token.byteStart..<token.byteEnd)
                let text = String(String.UnicodeScalarView(scalars[range]))
                let gap = String(String.UnicodeScalarView(scalars[min(previousEnd, range.lowerBound)..<range.lowerBound]))
                words.append(Word(range: range, text: text,
                                  norm: String(decoding: UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd]), as: UTF8.self),
                                  kind: token.kind, gap: gap))
                previousEnd = range.upperBound
            }
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
