import Core
import Testing

/// Kazakh stems for look-ups: the case endings of a name meet its dictionary form, and
/// ranges map back to the whole written word.
struct KazakhStemNormalizerTests {
    let normalizer = KazakhStemNormalizer()

    @Test(arguments: [
        // A surname in every case news puts it in, and a headline's capitals.
        (["Тоқаев", "Тоқаевтың", "Тоқаевқа", "Тоқаевты", "Тоқаевта", "Тоқаевтан", "Тоқаевпен", "ТОҚАЕВ"], "тоқаев"),
        // A stem ending in a vowel; the attributive locative (Астанадағы кездесу, the meeting in Astana).
        (["Астана", "Астананың", "Астанаға", "Астананы", "Астанада", "Астанадан", "Астанадағы"], "астан"),
        // -стан is no ablative: Қазақстан keeps it.
        (["Қазақстан", "Қазақстанның", "Қазақстанға", "Қазақстанды", "Қазақстанда", "Қазақстаннан", "Қазақстанмен"], "қазақстан"),
        (["Қытай", "Қытайдың", "Қытайға", "Қытайда", "Қытаймен"], "қытай"),
        (["Ресей", "Ресейдің", "Ресейге", "Ресейде", "Ресеймен", "Ресейдегі"], "ресей"),
        // The possessive with the case after it, and к voiced to г before a vowel.
        (["министрлік", "министрлігі", "министрлігінің", "министрлігіне", "министрлігін", "министрлігінде", "министрлігімен"], "министрлік"),
        (["Республика", "Республикасы", "Республикасының", "Республикасына", "Республикасында", "Республикасымен"], "республик"),
        (["Одақ", "Одағы", "Одаққа", "Одақтың", "Одағының"], "одақ"),
        // A word that only looks inflected meets its inflected forms too.
        (["Канада", "Канадада", "Канадаға", "Канаданың"], "кан"),
        (["Алматы", "Алматының", "Алматыда", "Алматыға", "Алматыдағы"], "алмат"),
        // A voiceless ending (-ті) follows only a voiceless consonant: Президенті is the
        // possessive of президент, not президен + the accusative.
        (["Президент", "Президенті", "Президентті", "Президентінің", "Президентіне", "Президентпен"], "президент"),
    ])
    func casesOfAWordMeet(forms: [String], stem: String) {
        for form in forms { #expect(normalizer.normalizedString(form) == stem, "\(form)") }
    }

    /// Kazakh letters stay themselves (Тоқаев is not the Russian spelling Токаев); short words
    /// and abbreviations are kept; Latin is lower-cased; a case ending after a hyphen is a word
    /// of its own (АҚШ-тың).
    @Test func otherTextIsFoldedOnly() {
        #expect(normalizer.normalizedString("Токаев") != normalizer.normalizedString("Тоқаев"))
        #expect(normalizer.normalizedString("БҰҰ мен ЕО, Си Цзиньпин: KAZINFORM 2024") == "бұұ мен ео, си цзиньпин: kazinform 2024")
        #expect(normalizer.normalizedString("АҚШ-тың") == "ақш-тың")
    }

    /// The letters cut off belong to the word's range, so a match covers all of it.
    @Test func rangesCoverTheWholeWord() {
        let text = "Тоқаевтың сапары"
        let normalized = normalizer.normalize(text)
        #expect(normalized.string == "тоқаев сапар")
        #expect(normalized.originalRange(ofBytes: 0..<"тоқаев".utf8.count) == 0..<9)
        #expect(normalized.originalRange(ofBytes: 0..<normalized.bytes.count) == 0..<16)
    }

    /// Any text, however odd (endings alone, endings stacked, letters of both alphabets, marks):
    /// the offset map has one entry per byte plus the end, never goes back, and ends at the
    /// text's length.
    @Test func theOffsetMapHoldsForAnyText() {
        let pieces = ["ның", "да", "сы", "ы", "стан", "Қ", "ә", "ё", "Ж", "-", " ", "тың", "\u{301}", "а", "б", "A", "1", "🇰🇿"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let normalized = normalizer.normalize(text)
            #expect(normalized.origin.count == normalized.bytes.count + 1)
            #expect(zip(normalized.origin, normalized.origin.dropFirst()).allSatisfy { $0 <= $1 }, "\(text)")
            #expect(normalized.origin.last == Int32(text.unicodeScalars.count))
        }
    }
}
