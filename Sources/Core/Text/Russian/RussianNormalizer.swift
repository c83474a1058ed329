/// Normalization of Russian text for matching terms (glossary keys and running text alike):
/// Cyrillic and Latin letters to lower case, `ё` to `е`, and every Cyrillic word cut to its
/// *match stem* — the light stem (`RussianLightStemmer`) with any vowel, `й` or `ь` left at its
/// end taken off too, keeping three letters — so that the cases of a name meet: `Россия`,
/// `России`, `Россию` → `росс`; `Китай`, `Китая`, `Китаю` → `кит`; `Токаев`, `Токаева`,
/// `Токаевым` → `токаев`; `Астана`, `Астане`, `Астаной` → `астан`.
///
/// The letters cut off belong, in the offset map, to the range of the text before them, so a
/// match covers the whole written word. Everything else is copied unchanged.
public struct RussianNormalizer: UTF8TextNormalizer, Equatable {
    public init() {}

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        CyrillicWordNormalizing.normalize(utf8: bytes) { word in word.removeLast(word.count - Self.matchStem(word).upperBound) }
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
