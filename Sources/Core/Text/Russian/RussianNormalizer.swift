/// Normalization of Russian text for matching terms (glossary keys and running text alike):
/// Cyrillic and Latin letters to lower case, `ё` to `е`, and every Cyrillic word cut to its
/// *match stem* — the light stem (`RussianLightStemmer`) with any vowel, `й` or `ь` left at its
/// end taken off too, keeping three letters — so that the cases of a name meet: `Россия`,
/// `России`, `Россию` → `росс`; `Китай`, `Китая`, `Китаю` → `кит`; `Токаев`, `Токаева`,
/// `Токаевым` → `токаев`; `Астана`, `Астане`, `Астаной` → `астан`.
///
/// The letters cut off belong, in the offset map, to the range of the text before them, so a
/// match covers the whole written word. Everything else is copied unchanged.
public struct RussianNormalizer: TextNormalizer, Equatable {
    public init() {}

    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var origin: [Int32] = []
        origin.reserveCapacity(bytes.count + 1)
        var word: [UInt32] = []
        var wordStart: Int32 = 0
        var scalarIndex: Int32 = 0

        func flushWord() {
            guard !word.isEmpty else { return }
            let kept = Self.matchStem(word)
            for (k, value) in word[kept].enumerated() {
                let before = out.count
                UTF8Scalars.append(value, to: &out)
                origin.append(contentsOf: repeatElement(wordStart + Int32(k), count: out.count - before))
            }
            word.removeAll(keepingCapacity: true)
        }

        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            if Self.isCyrillicLetter(value) {
                if word.isEmpty { wordStart = scalarIndex }
                word.append(CyrillicFold.fold(value))
            } else {
                flushWord()
                let folded = (0x41...0x5A).contains(value) ? value + 0x20 : value
                let before = out.count
                if folded == value {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                } else {
                    UTF8Scalars.append(folded, to: &out)
                }
                origin.append(contentsOf: repeatElement(scalarIndex, count: out.count - before))
            }
            i += length
            scalarIndex += 1
        }
        flushWord()
        origin.append(scalarIndex)
        return NormalizedText(bytes: out, origin: origin)
    }

    /// Letters of the Cyrillic block and its supplement (Russian and Kazakh letters).
    @inline(__always)
    static func isCyrillicLetter(_ v: UInt32) -> Bool {
        (0x0400...0x0481).contains(v) || (0x048A...0x052F).contains(v)
    }

    /// `а е и о у ы э ю я й ь`, folded.
    static let softEnds: Set<UInt32> = Set("аеиоуыэюяйь".unicodeScalars.map(\.value))

    /// The part of a folded word that matching compares.
    static func matchStem(_ word: [UInt32]) -> Range<Int> {
        var end = RussianLightStemmer.stem(word).upperBound
        while end > 3, softEnds.contains(word[end - 1]) { end -= 1 }
        return 0..<end
    }
}
