import Core

/// A sentence as the summarizer sees it: where it is, how long it is, and its content terms
/// (light stems of the words that are not function words, as hashes).
struct SummarySentence {
    var range: Range<Int>
    var paragraph: Int
    /// Every word and number in it.
    var words = 0
    /// The document-wide id of each content term in it (light stems of words that are not
    /// function words; numbers and Latin words as they are), once per occurrence.
    var terms: [Int32] = []
    /// Glossary names (persons, places, organisations) found in it by an earlier step.
    var names = 0
    /// It ends with sentence punctuation (a headline or a label does not).
    var terminated = true

    /// The sentences of a document that the summary may use: the `sentence` annotations that
    /// are not inside spans marked `boilerplate`, in document order, with their terms.
    static func sentences(of document: Document) -> [SummarySentence] {
        var sentences = document.sentencesOutsideChrome()
            .map { SummarySentence(range: $0.range, paragraph: $0.data["paragraph"]?.intValue ?? 0) }
        guard !sentences.isEmpty else { return [] }
        let scalars = UTF8Scalars.scalars(of: document.source)
        for i in sentences.indices {
            var end = min(sentences[i].range.upperBound, scalars.count) - 1
            while end >= sentences[i].range.lowerBound, "\"'»”’)]".unicodeScalars.contains(scalars[end]) { end -= 1 }
            sentences[i].terminated = end >= sentences[i].range.lowerBound && ".!?؟…۔".unicodeScalars.contains(scalars[end])
        }
        let normalized = Self.normalizer.normalize(document.source)
        var ids = DenseIds()
        let functionWords = ArabicFunctionWords.hashes
        normalized.bytes.withUnsafeBufferPointer { text in
            var s = 0
            Tokenizer.forEachToken(inUTF8: text) { token in
                let start = Int(normalized.origin[token.byteStart])
                while s < sentences.count, sentences[s].range.upperBound <= start { s += 1 }
                guard s < sentences.count, sentences[s].range.contains(start) else { return }
                sentences[s].words += 1
                let word = UnsafeBufferPointer(rebasing: text[token.byteStart..<token.byteEnd])
                let hash = LineKey.word(word)
                if token.kind == .arabic {
                    if functionWords.contains(hash) { return }
                    sentences[s].terms.append(ids.id(Self.stemHash(word)))
                } else {
                    sentences[s].terms.append(ids.id(hash))
                }
            }
        }
        let names = document.annotations(ofKind: "term").filter {
            ["person", "place", "organisation"].contains($0.data["type"]?.stringValue ?? "")
        }
        var s = 0
        for name in names.sorted(by: { $0.start < $1.start }) {
            while s < sentences.count, sentences[s].range.upperBound <= name.start { s += 1 }
            if s < sentences.count, sentences[s].range.contains(name.start) { sentences[s].names += 1 }
        }
        return sentences
    }

    static let normalizer = ArabicNormalizer()

    /// The hash of a word's light stem.
    static func stemHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // A word has no more scalars than bytes: decode into a temporary buffer, not an array.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(word.count, 1)) { buffer in
            var count = 0
            var i = 0
            while i < word.count {
                let (value, length) = UTF8Scalars.decode(word, at: i)
                buffer[count] = value
                count += 1
                i += length
            }
            let scalars = UnsafeBufferPointer(rebasing: buffer[0..<count])
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for v in scalars[ArabicLightStemmer.stem(scalars)] { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
            return h
        }
    }
}
