import Core
import Foundation
import Plugins
import Testing
import TestSupport

/// Counting the summarizer's terms across a corpus: one count per document, over clitics,
/// diacritics, tatweel and Latin case, function words left out, and a file that reads back.
@Suite struct TermFrequencyCounterTests {
    @Test func aTermCountsOncePerDocumentWhateverItsForm() {
        var counter = TermFrequencyCounter()
        counter.add("التعاونُ مهمٌّ في الاقتصاد.")              // diacritics
        counter.add("والتعاون والتعاون مع OPEC.")               // conjunction + article, twice in one document
        counter.add("بتعاونها مع opec ومع الـــتعاون 2024.")    // preposition + pronoun suffix, tatweel, Latin case
        #expect(counter.documents == 3)
        #expect(counter.count(ofTerm: "تعاون") == 3)
        #expect(counter.count(ofTerm: "opec") == 2)
        #expect(counter.count(ofTerm: "OPEC") == 2)
        #expect(counter.count(ofTerm: "2024") == 1)
        // Function words are not terms.
        #expect(counter.count(ofTerm: "في") == 0)
        #expect(counter.count(ofTerm: "مع") == 0)
    }

    @Test func russianFormsAndCapitalsAreOneTerm() throws {
        var counter = TermFrequencyCounter()
        counter.add("Президент Токаев провел переговоры.")
        counter.add("Встреча с Токаевым прошла в Астане.")
        counter.add("ТОКАЕВУ вручили орден. В Астане тепло.")
        #expect(counter.count(ofTerm: "токаев") == 3)
        #expect(counter.count(ofTerm: "астан") == 2)
        #expect(counter.count(ofTerm: "в") == 0)   // a function word
        let file = counter.file(minimum: 2).text
        #expect(file.hasSuffix("documents\t3\nтокаев\t3\nастан\t2\n"))
        #expect(try TermFrequencyParser.parse(Array(file.utf8), fileName: "ru.idf.tsv").get().terms == 2)
    }

    /// In Kazakh documents a name's case endings are one term, and so are the possessive and
    /// its case (министрлігі, министрлігінің); the Russian layer would count each form apart.
    /// A common noun's genitive plural in `-ов` (written in lower case) is the noun's term; a
    /// capitalised `-ов` word is a surname and keeps it.
    @Test func aGenitivePluralMeetsItsNoun() {
        var counter = TermFrequencyCounter()
        counter.add("Стороны провели переговоры.", language: "ru")
        counter.add("Итоги переговоров подвели в Астане.", language: "ru")
        counter.add("Министр Умаров и министра Умарова встретили.", language: "ru")
        #expect(counter.count(ofTerm: "переговор") == 2)
        #expect(counter.count(ofTerm: "переговоров") == 0)
        #expect(counter.count(ofTerm: "умаров") == 1)
    }

    @Test func kazakhFormsAreOneTermInKazakhDocuments() throws {
        let documents = ["Президент Тоқаев Астанада келіссөздер жүргізді.",
                         "Тоқаевтың сапары және министрлігінің мәлімдемесі.",
                         "ТОҚАЕВПЕН кездесу Астанадағы министрлігі ғимаратында өтті."]
        var counter = TermFrequencyCounter()
        for text in documents { counter.add(text, language: "kk") }
        #expect(counter.count(ofTerm: "тоқаев") == 3)
        #expect(counter.count(ofTerm: "астан") == 2)
        #expect(counter.count(ofTerm: "министрлік") == 2)
        #expect(counter.count(ofTerm: "және") == 0)   // a function word
        let file = counter.file(minimum: 2).text
        #expect(file.hasSuffix("documents\t3\nтоқаев\t3\nастан\t2\nминистрлік\t2\n"))
        #expect(try TermFrequencyParser.parse(Array(file.utf8), fileName: "kk.idf.tsv").get().terms == 3)
        // The same documents read as Russian: the forms stay apart.
        var russian = TermFrequencyCounter()
        for text in documents { russian.add(text, language: "ru") }
        #expect(russian.count(ofTerm: "тоқаев") < 3)
    }

    @Test func theFileListsTheMostFrequentFirstAndReadsBack() throws {
        var counter = TermFrequencyCounter()
        for path in TestData.seedPaths { counter.add(try TestData.read(path)) }
        let (file, terms) = counter.file(minimum: 2, comments: ["the seeds"])
        let lines = file.split(separator: "\n").map(String.init)
        #expect(lines[0] == "# the seeds")
        #expect(lines[1] == "documents\t5")
        #expect(lines.count == terms + 2)
        let counts = lines.dropFirst(2).map { Int($0.split(separator: "\t")[1])! }
        #expect(counts == counts.sorted(by: >))
        #expect(counts.allSatisfy { $0 >= 2 && $0 <= 5 })
        // Every seed names President Tokayev.
        #expect(lines.contains("توكاييف\t5"))
        // Read back, each term has the count the counter gave it.
        let read = try TermFrequencyParser.parse(Array(file.utf8), fileName: "seeds.idf.tsv").get()
        #expect(read.documents == 5)
        #expect(read.terms == terms)
        // The same corpus gives the same file, byte for byte.
        var again = TermFrequencyCounter()
        for path in TestData.seedPaths { again.add(try TestData.read(path)) }
        #expect(again.file(minimum: 2, comments: ["the seeds"]).text == file)
        // Terms in one document only are left out unless the minimum is 1.
        #expect(counter.file(minimum: 1).terms > terms)
    }
}
