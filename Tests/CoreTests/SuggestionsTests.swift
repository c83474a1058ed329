import Core
import Testing

struct SuggestionsTests {
    @Test(arguments: [
        ("sentence", ["sentences", "summarize"], "sentences"),
        ("maxSentence", ["maxSentences", "maxWords", "ratio"], "maxSentences"),
        ("MAXWORDS", ["maxSentences", "maxWords"], "maxWords"),
        ("glosary", ["glossary", "boilerplate"], "glossary"),
        ("joinWrapped", ["joinWrappedLines", "minWrappedLineLength"], "joinWrappedLines"),
    ])
    func suggestsTheNearest(word: String, candidates: [String], expected: String) {
        #expect(Suggestions.nearest(to: word, in: candidates) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestions.nearest(to: "translate", in: ["sentences", "glossary"]) == nil)
        #expect(Suggestions.nearest(to: "ab", in: ["xy"]) == nil)
        #expect(Suggestions.didYouMean("zzz", in: ["sentences"]) == "")
    }

    @Test func levenshteinCountsScalars() {
        #expect(Suggestions.levenshtein("توكاييف", "توكايف") == 1)
        #expect(Suggestions.levenshtein("", "abc") == 3)
        #expect(Suggestions.levenshtein("kitten", "sitting") == 3)
        #expect(Suggestions.levenshtein("rnu", "run") == 1)
        #expect(Suggestions.nearest(to: "rnu", in: ["run", "check"]) == "run")
    }
}
