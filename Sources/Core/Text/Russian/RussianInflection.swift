/// The case forms of a Russian word written in the nominative, for a glossary to match beside
/// the word's match stem (`RussianNormalizer`).
///
/// The match stem alone folds most cases of a name onto its nominative, but not where the
/// nominative's own last letters look like an ending: `Амстердам`, `Рустам`, `Абделкрим`,
/// `Ахмет` lose `-ам`, `-им`, `-ет` while `Амстердама` keeps them; `Гватемала` loses `-ала`
/// while `Гватемале` keeps it; and the genitive plural `-ов` is kept whole for the surnames
/// news names most, so `Штаты` and `Штатов` never met. Listing the case forms of the entry, and
/// letting the normalizer cut them as it cuts text, closes those gaps; a form no text writes
/// costs a little memory and never matches.
///
/// The forms come from the word's ending alone — its declension class as a dictionary would
/// give it — in lower case, in the singular (and the plural of a plural name: `Штаты`), with
/// the fleeting vowel of `-ец` (`Кузнец` → `Кузнеца`). Other fleeting vowels (`Египет` →
/// `Египта`, `Городок` → `Городка`) depend on the word, not its ending: a glossary lists that
/// stem as a variant.
public enum RussianInflection {
    // Singular endings only, but for the names that are plural (Штаты): a name's plural is
    // rare, and its genitive `-ов` is a surname of its own (Аббас, Аббасов; Бек, Беков).
    static let consonantEndings = ["а", "у", "ом", "ем", "е"]
    static let aEndings = ["е", "у", "ой", "ою"]
    static let yaEndings = ["и", "е", "ю", "ей", "ею"]
    static let softSignEndings = ["я", "ю", "ем", "е", "и", "ью"]
    static let shortIEndings = ["я", "ю", "ем", "е", "и"]
    static let pluralEndings = ["ов", "ам", "ами", "ах"]
    static let softPluralEndings = ["ов", "ей", "ам", "ами", "ах"]
    static let adjectiveEndings = ["ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю",
                                   "ых", "их", "ыми", "ими"]

    static let vowels = Set("аеёиоуыэюя")

    /// Whether `letter` is a letter of the Russian alphabet (either case).
    static func isRussianLetter(_ letter: Character) -> Bool {
        guard let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 else { return false }
        return (0x0410...0x044F).contains(scalar.value) || scalar.value == 0x0401 || scalar.value == 0x0451
    }

    /// The other case forms of one word, in lower case (the word itself not among them); none
    /// for a word that does not end in a Russian letter (`ООН`'s capitals aside, `2024`, `»`).
    /// A hyphenated word is inflected on its last part (`Касым-Жомарт` → `касым-жомарта`).
    public static func forms(of word: String) -> [String] {
        guard let last = word.last, isRussianLetter(last) else { return [] }
        // An abbreviation in capitals (ООН, СНГ) is not declined.
        if word.count > 1, word.allSatisfy({ $0.isUppercase || $0 == "-" }) { return [] }
        let lower = word.lowercased()
        let letters = Array(lower)
        guard letters.count >= 3 else { return [] }
        let base = String(letters.dropLast())
        let lastTwo = String(letters.suffix(2))
        var forms: [String] = []
        func add(_ stem: String, _ endings: [String]) { forms += endings.map { stem + $0 } }

        switch lastTwo {
        case "ый", "ий", "ой":
            add(String(letters.dropLast(2)), adjectiveEndings)   // Толстой, Северный
            add(base, shortIEndings)                            // Юрий, Дмитрий
            return unique(forms, except: lower)
        case "ая", "яя", "ое", "ее", "ые", "ие":
            add(String(letters.dropLast(2)), adjectiveEndings)   // Южная, Соединенные
            if lastTwo == "ие" { add(base, ["я", "ю", "ем", "и"]) }
            return unique(forms, except: lower)
        default:
            break
        }
        switch last {
        case "а":
            // The genitive is -и after г к х ж ш ч щ, else -ы (so no `Манами`, whose `-ами`
            // the stemmer would cut to `ман`).
            add(base, aEndings + ["гкхжшчщ".contains(letters[letters.count - 2]) ? "и" : "ы"])
        case "я": add(base, yaEndings)
        case "ь": add(base, softSignEndings)
        case "й": add(base, shortIEndings)
        case "ы":
            // A plural-only name (Штаты, Нидерланды); short words are left alone.
            if letters.count >= 5 { add(base, pluralEndings) }
        case "и":
            // After к г х only (Березники): Тбилиси, Сомали, Хельсинки's neighbours in -ни, -ли
            // are not declined, and `Арсени` + `ов` is a surname.
            if letters.count >= 5, "кгх".contains(letters[letters.count - 2]) { add(base, softPluralEndings) }
        case _ where vowels.contains(last):
            break   // Осло, Кобе, Баку: not declined
        default:
            add(lower, consonantEndings)
            // The fleeting vowel of -ец (Кузнец → Кузнеца); not of -ок, whose `-ка` would be the
            // `-ко` surnames' stem (Антоненок, Антоненко).
            if lastTwo == "ец", letters.count >= 4 {
                add(String(letters.dropLast(2)) + "ц", ["а", "у", "ом", "ем", "е"])
            }
        }
        return unique(forms, except: lower)
    }

    static func unique(_ forms: [String], except word: String) -> [String] {
        var seen: Set<String> = [word]
        return forms.filter { seen.insert($0).inserted }
    }
}
