/// Normalization of Kazakh text (Cyrillic script) for matching glossary terms, entries and
/// running text alike: Cyrillic and Latin letters to lower case (`CyrillicFold`), everything
/// else copied. Words keep their endings: a Kazakh glossary lists each entry's case forms
/// (`KazakhInflection`), so `Тоқаевтың` matches because `Тоқаев` + `тың` is one of them, and
/// `президенті` because `президент` + `і` is.
public struct KazakhNormalizer: UTF8TextNormalizer, Equatable {
    public init() {}

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        CyrillicWordNormalizing.normalize(utf8: bytes) { _ in }
    }
}
