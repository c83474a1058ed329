import Core
import Testing

/// A document no one named gets its language from its letters; Arabic stays the default.
@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("قال الرئيس قاسم جومارت توكاييف إن كازاخستان تولي أهمية قصوى للتعاون.", "ar"),
        // Arabic with page chrome in Latin and a Russian name in the text.
        ("SHARE: Facebook Twitter\nاستقبل توكاييف (Токаев) نظيره الأوزبكي في أستانا اليوم.", "ar"),
        ("Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане.", "ru"),
        // Russian quoting a Kazakh name: two Kazakh letters are not Kazakh.
        ("Выступил Қасым-Жомарт Тоқаев, затем министры обсудили сотрудничество двух стран и планы.", "ru"),
        ("Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президентімен кездесті.", "kk"),
        ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ПРЕЗИДЕНТІ ӨЗБЕКСТАНҒА САПАРМЕН БАРДЫ", "kk"),
        ("Kazakhstan and Uzbekistan agreed to raise trade.", "ar"),
        ("", "ar"),
    ])
    func guess(text: String, expected: String) {
        #expect(LanguageGuess.language(of: text) == expected)
    }

    /// One letter only Kazakh writes is enough for a term (`glossary find`); Russian letters,
    /// Arabic and Latin are not.
    @Test(arguments: [("Тоқаевтың", true), ("Исландияның", true), ("ІС", true), ("әлем", true),
                      ("Токаева", false), ("Исландией", false), ("توكاييف", false), ("Tokayev", false), ("", false)])
    func aTermWritesAKazakhLetter(term: String, expected: Bool) {
        #expect(LanguageGuess.writesKazakhLetter(term) == expected)
    }

    @Test func onlyAutoIsGuessed() {
        #expect(LanguageGuess.resolve("auto", text: "Токаев провел переговоры.") == "ru")
        #expect(LanguageGuess.resolve("ar", text: "Токаев провел переговоры.") == "ar")
    }
}
