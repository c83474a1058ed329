import Testing
@testable import Core

/// Spelling comparison for romanisation: folding, exact matches and edit-distance similarity by hand.
@Suite struct SpellingMatchTests {
    @Test func foldsCaseAccentsAndNonLetters() {
        #expect(SpellingMatch.exact("Jozef Síkela", "jozef sikela"))
        #expect(SpellingMatch.exact("Kassym-Jomart", "Kassym Jomart"))
        #expect(!SpellingMatch.exact("Tokayev", "Tokaev"))
    }

    @Test func similarityByHand() {
        // tokayev → tokaev: one deletion over 7 letters.
        #expect(abs(SpellingMatch.similarity("Tokayev", "Tokaev") - (1 - 1.0 / 7)) < 1e-12)
        // kitten → sitting: distance 3 over 7.
        #expect(abs(SpellingMatch.similarity("kitten", "sitting") - (1 - 3.0 / 7)) < 1e-12)
        #expect(SpellingMatch.similarity("", "") == 1)
        #expect(SpellingMatch.similarity("abc", "") == 0)
        #expect(SpellingMatch.similarity("", "abc") == 0)
        #expect(SpellingMatch.similarity("Obama", "OBAMA") == 1)
    }
}
