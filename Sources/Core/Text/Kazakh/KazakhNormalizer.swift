/// Normalization of Kazakh text (Cyrillic script) for matching terms, glossary keys and running
/// text alike: Cyrillic and Latin letters to lower case, and every Cyrillic word cut to its
/// match stem (`KazakhMatchStem`), so that `Тоқаевтың`, `Астанадағы` and `Қытаймен` meet
/// `Тоқаев`, `Астана` and `Қытай`. Kazakh letters stay themselves (`қ` is not `к`).
///
/// The letters cut off belong, in the offset map, to the range of the text before them, so a
/// match covers the whole written word. Everything else is copied unchanged.
public struct KazakhNormalizer: TextNormalizer, Equatable {
    public init() {}

    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        CyrillicWordNormalizing.normalize(utf8: bytes, cut: KazakhMatchStem.stem)
    }
}
