import Testing
@testable import Core

/// ROUGE checked against small examples computed by hand.
@Suite struct RougeTests {
    @Test func tokenizerNormalizesLikeTheReferenceScorer() {
        // Diacritics and tatweel go, hamza-alef becomes bare alef, ى and ة stay, digits map,
        // Latin is lower-cased, punctuation separates.
        #expect(RougeTokenizer.tokens("أعلنَ الرئيـس توكاييف، في ٢٠٢٣ عن «CICA» مستشفى المدينة.")
                == ["اعلن", "الرئيس", "توكاييف", "في", "2023", "عن", "cica", "مستشفى", "المدينة"])
        #expect(RougeTokenizer.tokens("إلى آسيا ٱلوسطى") == ["الى", "اسيا", "الوسطى"])
        #expect(RougeTokenizer.tokens("") == [])
    }

    @Test func unigramsAndBigramsByHand() {
        // candidate: a b c a (4 tokens), reference: a b d (3 tokens)
        // unigrams: overlap min(a:2,1) + b:1 = 2 → P 2/4, R 2/3, F1 = 2·.5·.667/(1.167) = 4/7
        let c = ["a", "b", "c", "a"], r = ["a", "b", "d"]
        let one = Rouge.ngram(1, candidate: c, reference: r)
        #expect(one.precision == 0.5)
        #expect(abs(one.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(one.f1 - 4.0 / 7.0) < 1e-12)
        // bigrams: candidate ab bc ca, reference ab bd → overlap 1 → P 1/3, R 1/2, F1 0.4
        let two = Rouge.ngram(2, candidate: c, reference: r)
        #expect(abs(two.precision - 1.0 / 3.0) < 1e-12)
        #expect(two.recall == 0.5)
        #expect(abs(two.f1 - 0.4) < 1e-12)
    }

    @Test func longestCommonSubsequenceByHand() {
        // LCS of (a b c d e) and (a x c e y): a c e = 3 → P 3/5, R 3/5, F1 0.6
        let score = Rouge.lcs(candidate: ["a", "b", "c", "d", "e"], reference: ["a", "x", "c", "e", "y"])
        #expect(abs(score.f1 - 0.6) < 1e-12)
        // Order matters for L but not for 1: reversed text shares every unigram, LCS 1.
        let reversed = Rouge.scores(candidate: ["c", "b", "a"], reference: ["a", "b", "c"])
        #expect(reversed.rouge1.f1 == 1)
        #expect(abs(reversed.rougeL.f1 - 1.0 / 3.0) < 1e-12)
    }

    @Test func emptyAndTooShortTextsScoreZero() {
        #expect(Rouge.scores(candidate: [], reference: ["a"]).rouge1 == .zero)
        #expect(Rouge.ngram(2, candidate: ["a"], reference: ["a", "b"]) == .zero)
        #expect(Rouge.lcs(candidate: ["a"], reference: []) == .zero)
    }
}
