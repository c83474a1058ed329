import Core

/// The words of a text as the summarizer counts them: every word and number, and for the
/// content words a term — the light stem of an Arabic or a Cyrillic word that is not a function
/// word of its language (Kazakh in a Kazakh document, else Russian), a Latin word or a number
/// as it is — identified by a hash.
/// One definition for the sentences of an article (`SummarySentence`) and for the corpus counts
/// behind `TermFrequencies`.
enum SummaryTerms {
    /// Calls `body` with each token of `text` (normalized by `ArabicNormalizer`), its bytes and
    /// its term's hash (`ScalarHash` of a stem, `LineKey.word` of a Latin word or a number), or nil
    /// for a function word. No allocation per word.
    @inline(__always)
    static func forEach(in text: UnsafeBufferPointer<UInt8>, language: String,
                        _ body: (Token, UnsafeBufferPointer<UInt8>, UInt64?) -> Void) {
        let functionWords = ArabicFunctionWords.hashes
        let kazakh = language == "kk"
        Tokenizer.forEachToken(inUTF8: text) { token in
            let word = UnsafeBufferPointer(rebasing: text[token.byteStart..<token.byteEnd])
            if token.kind == .arabic {
                body(token, word, functionWords.contains(LineKey.word(word)) ? nil : stemHash(word))
            } else if token.kind == .letters, Script.isCyrillic(word) {
                body(token, word, kazakh ? kazakhTerm(word) : russianTerm(word))
            } else {
                body(token, word, LineKey.word(word))
            }
        }
    }

    /// The hash of an Arabic word's light stem: FNV-1a over the stem's scalar values.
    static func stemHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        withStem(word) { stem in ScalarHash.of(stem) }
    }

    /// The hash of a Cyrillic word's light stem after case folding, or nil for a Russian
    /// function word.
    static func russianTerm(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let lowerCase = startsInLowerCase(word)
        return withFoldedCyrillic(word) { folded in
            RussianFunctionWords.hashes.contains(ScalarHash.of(folded))
                ? nil : ScalarHash.of(folded[RussianLightStemmer.stem(folded, writtenInLowerCase: lowerCase)])
        }
    }

    /// Whether a word's first letter is a lower-case Russian one (а–я, ѐ–џ): a Russian `-ов`
    /// word so written is a common noun's genitive plural, not a surname.
    static func startsInLowerCase(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        return (0x0430...0x045F).contains(UTF8Scalars.decode(word, at: 0).0)
    }

    /// The hash of a Kazakh word's match stem (`KazakhMatchStem`) after case folding, or nil
    /// for a Kazakh function word.
    static func kazakhTerm(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        withFoldedCyrillic(word) { folded in
            guard !folded.isEmpty, !KazakhFunctionWords.hashes.contains(ScalarHash.of(folded)) else { return nil }
            let (count, last) = KazakhMatchStem.stem(of: folded)
            return ScalarHash.extend(ScalarHash.of(folded[..<(count - 1)]), with: last)
        }
    }

    /// The term of a content word as text, as a counts file writes it: the stem of an Arabic
    /// or a Cyrillic word, a Latin word in lower case, a number as it is.
    static func text(of word: UnsafeBufferPointer<UInt8>, kind: Token.Kind, language: String) -> String {
        if kind == .letters, Script.isCyrillic(word), language == "kk" {
            return withFoldedCyrillic(word) { folded in
                let (count, last) = KazakhMatchStem.stem(of: folded)
                return Self.string(folded[..<(count - 1)] + [last])
            }
        }
        if kind == .letters, Script.isCyrillic(word) {
            let lowerCase = startsInLowerCase(word)
            return withFoldedCyrillic(word) { folded in
                Self.string(UnsafeBufferPointer(rebasing: folded[RussianLightStemmer.stem(folded, writtenInLowerCase: lowerCase)]))
            }
        }
        guard kind == .arabic else {
            return String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return withStem(word) { stem in Self.string(stem) }
    }

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == UInt32 {
        var text = String.UnicodeScalarView()
        for v in scalars { if let scalar = Unicode.Scalar(v) { text.append(scalar) } }
        return String(text)
    }

    /// The hash a term written by `text(of:kind:)` has in an article: nil when `term` is not
    /// one word of one kind (a counts file written by hand may hold anything).
    static func hash(ofTerm term: String) -> UInt64? {
        var copy = term
        return copy.withUTF8 { hash(ofTerm: $0) }
    }

    /// The same on the term's UTF-8 bytes (valid UTF-8).
    static func hash(ofTerm bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var only: Token? = nil
        var count = 0
        Tokenizer.forEachToken(inUTF8: bytes) { token in
            count += 1
            only = token
        }
        guard count == 1, let token = only, token.byteStart == 0, token.byteEnd == bytes.count else { return nil }
        guard token.kind == .arabic || token.kind == .letters && Script.isCyrillic(bytes) else { return LineKey.word(bytes) }
        return withScalars(bytes, mapped: { $0 }) { ScalarHash.of($0) }
    }

    /// Runs `body` on the scalars of a Cyrillic word, case-folded, in a temporary buffer.
    private static func withFoldedCyrillic<T>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt32>) -> T) -> T {
        withScalars(word, mapped: CyrillicFold.fold, body)
    }

    /// Runs `body` on the scalars of `word`'s (Arabic) light stem.
    private static func withStem<T>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt32>) -> T) -> T {
        withScalars(word, mapped: { $0 }) { scalars in body(UnsafeBufferPointer(rebasing: scalars[ArabicLightStemmer.stem(scalars)])) }
    }

    /// Runs `body` on the scalars of `word`, each mapped, decoded into a temporary buffer (a
    /// word has no more scalars than bytes): no allocation per word.
    @inline(__always)
    private static func withScalars<T>(_ word: UnsafeBufferPointer<UInt8>, mapped map: (UInt32) -> UInt32,
                                       _ body: (UnsafeBufferPointer<UInt32>) -> T) -> T {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(word.count, 1)) { buffer in
            var count = 0
            var i = 0
            while i < word.count {
                let (value, length) = UTF8Scalars.decode(word, at: i)
                buffer[count] = map(value)
                count += 1
                i += length
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
