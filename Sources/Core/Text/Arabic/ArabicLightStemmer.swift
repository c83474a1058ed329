/// A light stemmer for Arabic words already normalized by `ArabicNormalizer` (so `ة` is `ه`,
/// `ى` is `ي`, alef forms are `ا`): it strips a conjunction (`و` `ف`), a preposition with or
/// without the article (`ب` `ك` `ل` + `ال`, `لل`), the article, and one attached pronoun or
/// plural/dual ending, keeping at least three or four letters. In the spirit of Larkey et al.'s
/// light10: no roots, no patterns — enough to make `والتعاون`, `التعاون`, `تعاون` and
/// `بتعاونها` one term for counting, and cheap.
public enum ArabicLightStemmer {
    // Letters as Unicode scalar values.
    static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644, waw: UInt32 = 0x0648, fa: UInt32 = 0x0641
    static let ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643, ha: UInt32 = 0x0647, ya: UInt32 = 0x064A
    static let noon: UInt32 = 0x0646, meem: UInt32 = 0x0645, teh: UInt32 = 0x062A

    /// Suffixes, longest first, as scalar sequences.
    static let suffixes: [[UInt32]] = [
        [ha, meem, alef], [kaf, meem, alef], [teh, ha, alef],
        [ha, alef], [ha, meem], [kaf, meem], [kaf, noon], [noon, alef], [waw, noon], [ya, noon],
        [alef, teh], [alef, noon], [ya, ha], [teh, ha], [ya, ya],
        [ha], [ya], [teh],
    ]

    /// The stem of a word given as scalar values: a range into it.
    public static func stem(_ word: [UInt32]) -> Range<Int> {
        word.withUnsafeBufferPointer { stem($0) }
    }

    /// The same on a buffer (the summarizer decodes each word into a temporary one): no
    /// allocation per word.
    public static func stem(_ word: UnsafeBufferPointer<UInt32>) -> Range<Int> {
        var start = 0
        var end = word.count
        func letters() -> Int { end - start }
        // Conjunction: only before the article, or on a long word (وزير and وزارات keep their و).
        if letters() >= 4, word[start] == waw || word[start] == fa,
           word[start + 1] == alef && word[start + 2] == lam || word[start + 1] == lam && word[start + 2] == lam || letters() >= 7 {
            start += 1
        }
        // Prepositions with the article, the article, لل.
        if letters() >= 5, word[start] == ba || word[start] == kaf || word[start] == fa || word[start] == waw,
           word[start + 1] == alef, word[start + 2] == lam {
            start += 3
        } else if letters() >= 4, word[start] == alef, word[start + 1] == lam {
            start += 2
        } else if letters() >= 4, word[start] == lam, word[start + 1] == lam {
            start += 2
        } else if letters() >= 5, word[start] == ba || word[start] == kaf || word[start] == lam {
            start += 1
        }
        // One suffix, leaving four letters (three after a one-letter suffix): تعاون keeps its ون.
        for suffix in suffixes where letters() - suffix.count >= (suffix.count == 1 ? 3 : 4) {
            if word[(end - suffix.count)..<end].elementsEqual(suffix) {
                end -= suffix.count
                break
            }
        }
        return start..<end
    }
}
