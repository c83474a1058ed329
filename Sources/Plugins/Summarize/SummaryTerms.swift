import Core

/// The words of a text as the summarizer counts them: every word and number, and for the
/// content words a term — the light stem of an Arabic word that is not a function word, a
/// Latin word or a number as it is — identified by a hash. One definition for the sentences
/// of an article (`SummarySentence`) and for the corpus counts behind `TermFrequencies`.
enum SummaryTerms {
    /// Calls `body` with each token of `text` (normalized by `ArabicNormalizer`), its bytes and
    /// its term's hash, or nil for a function word. No allocation per word.
    @inline(__always)
    static func forEach(in text: UnsafeBufferPointer<UInt8>,
                        _ body: (Token, UnsafeBufferPointer<UInt8>, UInt64?) -> Void) {
        let functionWords = ArabicFunctionWords.hashes
        Tokenizer.forEachToken(inUTF8: text) { token in
            let word = UnsafeBufferPointer(rebasing: text[token.byteStart..<token.byteEnd])
            let hash = LineKey.word(word)
            if token.kind == .arabic {
                body(token, word, functionWords.contains(hash) ? nil : stemHash(word))
            } else {
                body(token, word, hash)
            }
        }
    }

    /// The hash of an Arabic word's light stem: FNV-1a over the stem's scalar values.
    static func stemHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        withStem(word) { stem in scalarHash(stem) }
    }

    /// FNV-1a over scalar values: how a stem is hashed, in an article and in a counts file.
    static func scalarHash(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in scalars { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The term of a content word as text, as a counts file writes it: the stem of an Arabic
    /// word, a Latin word in lower case, a number as it is.
    static func text(of word: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> String {
        guard kind == .arabic else {
            return String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return withStem(word) { stem in
            var text = String.UnicodeScalarView()
            for v in stem { if let scalar = Unicode.Scalar(v) { text.append(scalar) } }
            return String(text)
        }
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
        guard token.kind == .arabic else { return LineKey.word(bytes) }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            h = (h ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            i += length
        }
        return h
    }

    /// Runs `body` on the scalars of `word`'s light stem, decoded into a temporary buffer (a
    /// word has no more scalars than bytes).
    private static func withStem<T>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt32>) -> T) -> T {
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
            return body(UnsafeBufferPointer(rebasing: scalars[ArabicLightStemmer.stem(scalars)]))
        }
    }
}
