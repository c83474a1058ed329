/// Kazakh text (Cyrillic script) with every word cut to its match stem (`KazakhMatchStem`), for
/// finding a word whatever its ending where no list of forms is at hand — looking an entry up
/// by any of its case forms (`glossary remove FILE Тоқаевтың`): `Тоқаевтың`, `Астанадағы` and
/// `Қытаймен` meet `Тоқаев`, `Астана` and `Қытай`. Cyrillic and Latin letters are lower-cased;
/// Kazakh letters stay themselves (`қ` is not `к`). Reading endings without a lexicon stays
/// approximate (`KazakhMatchStem` keeps the shortest stem its rules allow), so glossary
/// matching uses `KazakhNormalizer` and the entries' own forms (`KazakhInflection`) instead.
///
/// The letters cut off belong, in the offset map, to the range of the text before them, so a
/// match covers the whole written word. Everything else is copied unchanged.
public struct KazakhStemNormalizer: UTF8TextNormalizer, Equatable {
    public init() {}

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        CyrillicWordNormalizing.normalize(utf8: bytes, cut: KazakhMatchStem.stem)
    }
}
