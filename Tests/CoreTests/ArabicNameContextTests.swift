import Testing
@testable import Core

/// When a bare nisba is a given name: from the word before (kinship, honorific, with و/ف
/// stripped), the word after (بن، آل), or a family name after a nisba that is a given name.
@Suite struct ArabicNameContextTests {
    static func isName(_ word: String, _ previous: String?, _ next: String?) -> Bool {
        let normalizer = ArabicNormalizer()
        func bytes(_ s: String) -> [UInt8] { normalizer.normalize(s).bytes }
        let w = bytes(word), p = previous.map(bytes), n = next.map(bytes)
        return w.withUnsafeBufferPointer { wb in
            (p ?? []).withUnsafeBufferPointer { pb in
                (n ?? []).withUnsafeBufferPointer { nb in
                    ArabicNameContext.isGivenName(wb, previous: p == nil ? nil : pb, next: n == nil ? nil : nb)
                }
            }
        }
    }

    @Test(arguments: [
        ("تركي", "الأمير", nil, true),
        ("تركي", "والأمير", nil, true),
        ("تركي", "فالشيخ", "وفيصل", true),
        ("تركي", "بن", nil, true),
        ("تركي", "للأمير", "وللمسؤولين", true),
        ("تركي", "للجيش", nil, false),
        ("تركي", nil, "بن", true),
        ("تركي", nil, "آل", true),
        ("تركي", "كان", "السديري", true),
        ("تركي", "جندي", "وأصيب", false),
        ("تركي", "مواطن", "الأصل", false),
        ("تركي", "فريق", "الثلاثاء", false),
        ("تركي", "مسؤول", "الذي", false),
        ("أمريكي", "دولار", "المحتجزة", false),
        ("أمريكي", "الأمير", nil, true),
        ("تركي", "وال", nil, false),
        ("تركي", nil, nil, false),
    ] as [(String, String?, String?, Bool)])
    func decides(word: String, previous: String?, next: String?, expected: Bool) {
        #expect(Self.isName(word, previous, next) == expected)
    }

    /// After عبد (with و, ف, ب or ل before it) a word with the article is the rest of a name.
    @Test(arguments: [
        ("الملك", "عبد", true),
        ("الملك", "وعبد", true),
        ("الملك", "لعبد", true),
        ("السلام", "فبعبد", true),
        ("السلام", "عبد", true),
        ("مَلِك", "عبد", false),      // no article
        ("الملك", "العبد", false),    // the slave, then the King
        ("الملك", "كعبد", false),
        ("الملك", "عبدي", false),
        ("الملك", "سعبد", false),
        ("الملك", nil, false),
    ] as [(String, String?, Bool)])
    func afterAbd(word: String, previous: String?, expected: Bool) {
        let normalizer = ArabicNormalizer()
        let w = normalizer.normalize(word).bytes, p = previous.map { normalizer.normalize($0).bytes }
        let result = w.withUnsafeBufferPointer { wb in
            (p ?? []).withUnsafeBufferPointer { pb in
                ArabicNameContext.isSecondHalfOfAbdName(wb, previous: p == nil ? nil : pb)
            }
        }
        #expect(result == expected)
    }

    /// على and علي are one key after normalization; the letter written last tells them apart,
    /// whatever diacritics or tatweel follow it.
    @Test(arguments: [
        ("على", true),
        ("عَلَى", true),
        ("علــى", true),
        ("وعلى", true),
        ("علی", true),         // the Persian ye, which writes both
        ("علي", false),
        ("عَلِيّ", false),     // shadda and kasra after the ye
        ("عليـ", false),       // tatweel after it
        ("ـ", false),          // no letter at all
        ("", false),
    ] as [(String, Bool)])
    func prepositionAla(written: String, expected: Bool) {
        #expect(ArabicNameContext.isPrepositionAla(written: written.unicodeScalars) == expected)
    }
}
