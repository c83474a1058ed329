/// The case forms of a Kazakh term, for a glossary to list: Kazakh puts the case on the last
/// word of a phrase, so `Қасым-Жомарт Тоқаев` is also written `Қасым-Жомарт Тоқаевтың`,
/// `… Тоқаевқа`, `… Тоқаевпен`, and `Сыртқы істер министрлігі` also `… министрлігінің`.
///
/// Every ending of `KazakhEndings` is put on, in every harmony variant, whether or not the
/// word takes it: a form no text writes costs a little memory and never matches, while
/// choosing the variant from the word's vowels and last sound would miss the names whose
/// spelling bends the rules. Before an ending that starts with a vowel a final `к қ п` is also
/// written voiced, `г ғ б` (`Одақ` → `Одағы`).
public enum KazakhInflection {
    /// Every ending, the possessive ones included, each once.
    public static let endings: [String] = {
        var seen = Set<String>()
        return (KazakhEndings.cases + KazakhEndings.possessives + KazakhEndings.possessiveAndCase
                + KazakhEndings.afterPossessive.back + KazakhEndings.afterPossessive.front).filter { seen.insert($0).inserted }
    }()

    static let voiced: [Character: Character] = ["к": "г", "қ": "ғ", "п": "б", "К": "Г", "Қ": "Ғ", "П": "Б"]
    static let vowels = Set("аәеиоөуұүыіэюя")

    /// The endings that start with a vowel (before which `к қ п` is voiced).
    public static let vowelEndings: [String] = endings.filter { vowels.contains($0.first!) }

    /// The voiced letter for a final `к қ п` (either case), or nil.
    public static func voiced(_ letter: Character) -> Character? { voiced[letter] }

    /// Whether a term takes endings: it ends in a Cyrillic letter (not `Kazinform`, `2024`).
    public static func takesEndings(_ term: String) -> Bool {
        guard let last = term.last else { return false }
        return last.isLetter && last.unicodeScalars.allSatisfy { (0x0400...0x052F).contains($0.value) }
    }

    /// The forms of `term` with an ending on its last word (the term itself not among them);
    /// none for a term that does not end in a Cyrillic letter.
    public static func forms(of term: String) -> [String] {
        guard takesEndings(term), let last = term.last else { return [] }
        var forms = endings.map { term + $0 }
        if let voicedLast = voiced[last] {
            let stem = String(term.dropLast()) + String(voicedLast)
            forms += vowelEndings.map { stem + $0 }
        }
        return forms
    }
}
