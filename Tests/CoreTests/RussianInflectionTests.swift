import Core
import Testing

/// `RussianInflection`: the case forms a glossary lists for a Russian nominative, by its ending.
struct RussianInflectionTests {
    @Test(arguments: [
        // A consonant-final name whose last letters look like an ending (-ам, -им, -ет).
        ("Амстердам", ["амстердама", "амстердаму", "амстердамом", "амстердаме"]),
        ("Абделкрим", ["абделкрима", "абделкримом"]),
        ("Ахмет", ["ахмета", "ахмету", "ахметом", "ахмете"]),
        // -а: the genitive -ы, and -и after a velar or sibilant.
        ("Гватемала", ["гватемалы", "гватемале", "гватемалу", "гватемалой"]),
        ("Америка", ["америки", "америке", "америку", "америкой"]),
        // -я, -ь, -й.
        ("Индия", ["индии", "индию", "индией"]),
        ("Исеть", ["исети", "исетью"]),
        ("Китай", ["китая", "китаю", "китаем", "китае"]),
        // A plural name and its genitive -ов; after к, the -ов and -ей of Березники.
        ("Штаты", ["штатов", "штатам", "штатами", "штатах"]),
        ("Березники", ["березников", "березникам"]),
        // Adjectives.
        ("Южная", ["южной", "южную"]),
        ("Соединенные", ["соединенных", "соединенным"]),
        // The fleeting vowel of -ец; a hyphenated name on its last part.
        ("Кузнец", ["кузнеца", "кузнецу", "кузнецом"]),
        ("Касым-Жомарт", ["касым-жомарта", "касым-жомарту", "касым-жомартом"]),
    ])
    func formsOfANominative(word: String, expected: [String]) {
        let forms = RussianInflection.forms(of: word)
        for form in expected { #expect(forms.contains(form), "\(word) → \(form)") }
        #expect(!forms.contains(word.lowercased()))
    }

    /// Forms left out on purpose: a name's genitive plural, which is a surname of its own
    /// (Аббас, Аббасов); a made-up `-ами` after a hard consonant, which the stemmer would cut to
    /// `ман`; the -ка of -ок, the stem of the -ко surnames (Антоненок, Антоненко).
    @Test func formsThatWouldMeetAnotherName() {
        #expect(!RussianInflection.forms(of: "Аббас").contains("аббасов"))
        #expect(!RussianInflection.forms(of: "Манама").contains("манами"))
        #expect(RussianInflection.forms(of: "Манама").contains("манамы"))
        #expect(!RussianInflection.forms(of: "Антоненок").contains("антоненка"))
    }

    /// No forms for what is not declined: an abbreviation, a figure, a word ending in a sign,
    /// a name in a vowel (Баку, Осло), a short word, a short plural-looking name (Мали, Чили),
    /// or a name in -и after another consonant (Тбилиси, Сомали).
    @Test(arguments: ["ООН", "СНГ", "2024", "«Самрук»", "Баку", "Осло", "Ош", "Мали", "Чили", "Тбилиси", "Сомали", "Kazinform", ""])
    func wordsThatAreNotDeclined(word: String) {
        #expect(RussianInflection.forms(of: word) == [])
    }
}
