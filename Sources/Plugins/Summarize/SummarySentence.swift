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
    /// are not inside spans marked `boilerplate`, in document order, with their terms; and the
    /// hash of each term id (`SummaryTerms`), for weights from a corpus.
    static func sentences(of document: Document) -> (sentences: [SummarySentence], termHashes: [UInt64]) {
        var sentences = document.sentencesOutsideChrome()
            .map { SummarySentence(range: $0.range, paragraph: $0.data["paragraph"]?.intValue ?? 0) }
        guard !sentences.isEmpty else { return ([], []) }
        let scalars = UTF8Scalars.scalars(of: document.source)
        for i in sentences.indices {
            var end = min(sentences[i].range.upperBound, scalars.count) - 1
            while end >= sentences[i].range.lowerBound, "\"'»”’)]".unicodeScalars.contains(scalars[end]) { end -= 1 }
            sentences[i].terminated = end >= sentences[i].range.lowerBound && ".!?؟…۔".unicodeScalars.contains(scalars[end])
        }
        // A dateline or label in capitals (АСТАНА., /ТАСС/., NEW YORK.) is no key point, and the
        // lead is the sentence after it.
        sentences.removeAll { Self.isCapitalsLabel(scalars[$0.range.clamped(to: 0..<scalars.count)]) }
        guard !sentences.isEmpty else { return ([], []) }
        let normalized = Self.normalizer.normalize(document.source)
        var ids = DenseIds()
        var termHashes: [UInt64] = []
        normalized.bytes.withUnsafeBufferPointer { text in
            var s = 0
            SummaryTerms.forEach(in: text, language: document.language) { token, _, term in
                let start = Int(normalized.origin[token.byteStart])
                while s < sentences.count, sentences[s].range.upperBound <= start { s += 1 }
                guard s < sentences.count, sentences[s].range.contains(start) else { return }
                sentences[s].words += 1
                guard let term else { return }
                let id = ids.id(term)
                if Int(id) == termHashes.count { termHashes.append(term) }
                sentences[s].terms.append(id)
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
        return (sentences, termHashes)
    }

    static let normalizer = ArabicNormalizer()

    /// At most five words, written in Latin or Cyrillic capitals (at least two letters, none
    /// Arabic), but for the name of a month in a date (МОСКВА, 5 мая.): a dateline, an agency's
    /// name, a label. Arabic has no case, so an Arabic sentence is never one.
    static func isCapitalsLabel(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var upper = 0
        var words = 0
        var word = String.UnicodeScalarView()
        var wordHasLower = false
        /// A word with a lower-case letter must be a month's name.
        func wordIsAllowed() -> Bool {
            defer { word.removeAll(keepingCapacity: true); wordHasLower = false }
            return !wordHasLower || monthNames.contains(String(word))
        }
        for scalar in scalars {
            let v = scalar.value
            if v >= 0x0530 && scalar.properties.isAlphabetic { return false }   // Arabic, …
            let isUpper = (0x41...0x5A).contains(v) || (0x0400...0x042F).contains(v)
            let isLower = (0x61...0x7A).contains(v) || (0x0430...0x045F).contains(v)
            if isUpper || isLower {
                if word.isEmpty { words += 1; if words > 5 { return false } }
                if isUpper { upper += 1 } else { wordHasLower = true }
                word.append(Unicode.Scalar(CyrillicFold.fold(v < 0x80 && isUpper ? v + 0x20 : v)) ?? scalar)
            } else if !word.isEmpty, !wordIsAllowed() {
                return false
            }
        }
        if !word.isEmpty, !wordIsAllowed() { return false }
        return upper >= 2
    }

    /// Month names as datelines write them, in lower case (Russian genitive, English).
    static let monthNames: Set<String> = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
}
