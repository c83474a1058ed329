import Core

/// The words of a document as the brief's readers see them: each token with its source range,
/// its text as written, its normalized form, and the text between it and the previous token.
struct BriefText {
    /// A token, packed (64 bytes: a long article has a hundred thousand of them, and every
    /// reader walks them): offsets as 32-bit integers (`BriefText` refuses a text past 2 GiB),
    /// no number as NaN.
    struct Word {
        private var start: UInt32, end: UInt32
        private var normStart: UInt32, normEnd: UInt32
        private var gapStart: UInt32
        private var letterCount: UInt32 = 0
        private var value: Double
        /// Hashes of the normalized word (`BriefKey`): as it is, without one leading و/ب/ل
        /// (`bare`), without one leading و/ف (`conjunctionless`). Look-ups compare these, never strings.
        var key: UInt64 = 0
        var bareKey: UInt64 = 0
        var conjunctionlessKey: UInt64 = 0
        var kind: Token.Kind
        /// With the article, alone or after a one-letter prefix (ال، لل، بال، وال، فال، كال).
        var definite = false

        init(range: Range<Int>, normRange: Range<Int>, number: Double?, kind: Token.Kind, gapRange: Range<Int>) {
            (start, end) = (UInt32(range.lowerBound), UInt32(range.upperBound))
            (normStart, normEnd) = (UInt32(normRange.lowerBound), UInt32(normRange.upperBound))
            gapStart = UInt32(gapRange.lowerBound)
            value = number ?? .nan
            self.kind = kind
        }

        /// Its scalars in the source.
        var range: Range<Int> { Int(start)..<Int(end) }
        /// Where its normalized form (`ArabicNormalizer`: alef forms, ى/ي, ة/ه, digits folded)
        /// is in `normalizedBytes`; `BriefText.norm(of:)` gives it as a string.
        var normRange: Range<Int> { Int(normStart)..<Int(normEnd) }
        /// Where the text between the previous word and this one is (punctuation, spaces).
        var gapRange: Range<Int> { Int(gapStart)..<Int(start) }
        /// The value of a number word (`10`, `1,000`, `2.5`, `٣٫٥`).
        var number: Double? { value.isNaN ? nil : value }
        /// Letters (scalars) of the normalized word.
        var letters: Int {
            get { Int(letterCount) }
            set { letterCount = UInt32(clamping: newValue) }
        }
    }

    /// A text the packed words cannot address (2 GiB of UTF-8 or more).
    struct TooLong: Error, CustomStringConvertible {
        var bytes: Int
        var description: String { "the text is \(bytes) bytes long; the brief reads texts of up to 2 GiB" }
    }

    let scalars: [Unicode.Scalar]
    let words: [Word]
    /// The whole text, normalized, as UTF-8.
    let normalizedBytes: [UInt8]

    init(_ source: String) throws(TooLong) {
        // Normalizing never makes the text longer than twice its bytes (a Latin letter stays
        // one byte, an Arabic one two), so offsets of the normalized bytes fit as well.
        guard source.utf8.count < Int(UInt32.max) / 2 else { throw TooLong(bytes: source.utf8.count) }
        scalars = UTF8Scalars.scalars(of: source)
        // One normalization for the whole text; each word's normalized form is a slice of it,
        // its source range comes back through the offset map.
        let normalized = ArabicNormalizer().normalize(source)
        var words: [Word] = []
        var previousEnd = 0
        normalized.bytes.withUnsafeBufferPointer { bytes in
            // Made at about its size at once (a word and its space take six bytes or more in
            // Arabic): growing it by doubling held the old and the new copy together, the peak
            // of a long text's brief.
            words.reserveCapacity(bytes.count / 6 + 16)
            Tokenizer.forEachToken(inUTF8: bytes) { token in
                let range = normalized.originalRange(ofBytes: token.byteStart..<token.byteEnd)
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd])
                var word = Word(range: range, normRange: token.byteStart..<token.byteEnd,
                                number: token.kind == .number ? Self.number(String(decoding: wordBytes, as: UTF8.self)) : nil,
                                kind: token.kind, gapRange: min(previousEnd, range.lowerBound)..<range.lowerBound)
                word.key = LineKey.word(wordBytes)
                word.letters = wordBytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                word.bareKey = Self.keyWithout(prefixes: [0x88, 0xA8, 0x84], wordBytes, minimumLetters: 4) ?? word.key
                // لل is ل and the article: للملك without its preposition is الملك, not لملك.
                if wordBytes.count >= 10, wordBytes[0] == 0xD9, wordBytes[1] == 0x84, wordBytes[2] == 0xD9, wordBytes[3] == 0x84 {
                    word.bareKey = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: wordBytes.count) { buffer in
                        buffer[0] = 0xD8
                        buffer[1] = 0xA7
                        for i in 2..<wordBytes.count { buffer[i] = wordBytes[i] }
                        return LineKey.word(UnsafeBufferPointer(buffer))
                    }
                }
                word.conjunctionlessKey = Self.keyWithout(prefixes: [0x88, 0x81], wordBytes, minimumLetters: 5) ?? word.key
                word.definite = Self.isDefinite(wordBytes)
                words.append(word)
                previousEnd = range.upperBound
            }
        }
        self.words = words
        self.normalizedBytes = normalized.bytes
    }

    /// A word's normalized form as a string (for the rare checks that need one).
    func norm(of word: Word) -> String {
        String(decoding: normalizedBytes[word.normRange], as: UTF8.self)
    }

    /// The key of a word without its first letter, when that letter is one of `prefixes` (the
    /// second UTF-8 byte of و ب ل ف, all D8/D9 xx) and the word has at least `minimumLetters`.
    static func keyWithout(prefixes: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, minimumLetters: Int) -> UInt64? {
        guard bytes.count >= 2 * minimumLetters, bytes[0] == 0xD9 || bytes[0] == 0xD8, prefixes.contains(bytes[1]),
              !(bytes[0] == 0xD8 && bytes[1] != 0xA8) else { return nil }
        return LineKey.word(UnsafeBufferPointer(rebasing: bytes[2...]))
    }

    /// ال، لل، بال، وال، فال، كال at the start; after a one-letter prefix, with three letters
    /// at least after the article (فالون is Fallon, والد a father, والي a governor).
    static func isDefinite(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let alef: [UInt8] = [0xD8, 0xA7], lam: [UInt8] = [0xD9, 0x84]
        func at(_ i: Int, _ letter: [UInt8]) -> Bool { bytes.count >= i + 2 && bytes[i] == letter[0] && bytes[i + 1] == letter[1] }
        if at(0, alef) && at(2, lam) { return true }
        if at(0, lam) && at(2, lam) { return true }
        let prefixes: [[UInt8]] = [[0xD8, 0xA8], [0xD9, 0x88], [0xD9, 0x81], [0xD9, 0x83]]
        return prefixes.contains { at(0, $0) } && at(2, alef) && at(4, lam) && bytes.count >= 12
    }

    /// A word as written in the source.
    func text(of word: Word) -> String { text(word.range) }

    /// The text between word `i` and the one before it.
    func gap(_ i: Int) -> String { text(words[i].gapRange) }

    /// Only spaces and tabs, or nothing, between word `i` and the one before it: what
    /// `gap(i).trimmingSpaces.isEmpty` says, without making a string.
    func gapIsBlank(_ i: Int) -> Bool {
        scalars[words[i].gapRange].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether a word of `set` lies wholly between two source offsets.
    func hasWord(between start: Int, and end: Int, in set: WordKeySet) -> Bool {
        guard start < end else { return false }
        var i = word(atOrAfter: start)
        while i < words.count, words[i].range.upperBound <= end {
            if set.contains(words[i].key) { return true }
            i += 1
        }
        return false
    }

    /// Only spaces (at least one) between word `i` and the one before it.
    func gapIsSpaces(_ i: Int) -> Bool {
        !words[i].gapRange.isEmpty && scalars[words[i].gapRange].allSatisfy { $0 == " " }
    }

    /// Whether a source range holds nothing but spaces (an empty one does): what
    /// `text(range).allSatisfy { $0 == " " }` says, without making the string.
    func isSpaces(_ range: Range<Int>) -> Bool {
        scalars[range.clamped(to: 0..<scalars.count)].allSatisfy { $0 == " " }
    }

    /// The source text of a scalar range, as the page showed it (`&quot;` as `"`).
    func text(_ range: Range<Int>) -> String {
        let slice = scalars[range.clamped(to: 0..<scalars.count)]
        guard slice.contains("&") else { return UTF8Scalars.string(slice) }
        return UTF8Scalars.string(CharacterReferences.decoded(slice))
    }

    /// The indices of the words `range` covers, with the word it starts inside: a glossary
    /// mention starts after its word's proclitics (و + لرئيس), a title may span several words.
    func wordIndices(of range: Range<Int>) -> Range<Int> {
        var first = word(atOrAfter: range.lowerBound)
        if first > 0, words[first - 1].range.upperBound > range.lowerBound { first -= 1 }
        var end = first
        while end < words.count, words[end].range.lowerBound < range.upperBound { end += 1 }
        return first..<end
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

    /// The number value of a number word (`10`, `1,000`, `2.5`, `٣٫٥`, `1,6`), if it is one. A
    /// comma before groups of exactly three digits separates thousands (`12,500,000`); one comma
    /// before anything else is a decimal comma, as many Arabic sites write it (`1,6 تريليون`).
    /// Two full stops or more before groups of three digits separate thousands too
    /// (`19.589.137 ريالا`); one full stop is a decimal point.
    static func number(_ norm: String) -> Double? {
        let text = norm.replacingOccurrences(of: "٬", with: ",").replacingOccurrences(of: "٫", with: ".")
        let stops = text.split(separator: ".", omittingEmptySubsequences: false)
        if stops.count > 2, !text.contains(","), stops.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(stops[0].count) {
            return Double(stops.joined())
        }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count == 1 { return Double(text) }
        if groups.dropFirst().allSatisfy({ $0.count == 3 }) { return Double(groups.joined()) }
        return groups.count == 2 ? Double(groups.joined(separator: ".")) : nil
    }
}
