/// Folds text to the form that matching compares, keeping a map back to the original.
///
/// Core is language-neutral: each language's text layer supplies its own normalizer
/// (`ArabicNormalizer` for Arabic); plugins choose one by the document's language.
public protocol TextNormalizer: Sendable {
    /// The normalized form of `text` with its offset map.
    func normalize(_ text: String) -> NormalizedText
}

extension TextNormalizer {
    /// The normalized form of `text` as a plain string (for keys built once at load time).
    public func normalizedString(_ text: String) -> String { normalize(text).string }
}

/// A normalizer that works on contiguous UTF-8 bytes; `normalize(_:)` comes with it.
public protocol UTF8TextNormalizer: TextNormalizer {
    /// Normalizes valid UTF-8 bytes.
    func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText
}

extension UTF8TextNormalizer {
    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { normalize(utf8: $0) }
    }
}
