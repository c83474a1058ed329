/// Russian and Kazakh names in Latin letters, as English-language news writes most of them
/// (close to BGN/PCGN without its diacritics): `Лавров` → Lavrov, `Токаев` → Tokayev (`е` is
/// `ye` at the start of a word and after a vowel), `Мирзиёев` → Mirziyoyev; Kazakh `қ ғ ң ә ө ұ
/// ү һ і` → q gh ng a o u u h i. Where usage differs (`Жапаров` is Japarov in the agencies'
/// English, Zhaparov here) the glossary decides: this is a suggestion for a translator to
/// check, never an agreed spelling.
public enum CyrillicRomanizer {
    static let letters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    ]
    static let vowels = Set("аеёиоуыэюяәөұүі")

    /// Each word of `name` romanized, with a capital where the name has one.
    public static func romanize(_ name: String) -> String {
        var out = ""
        var previous: Character? = nil
        for character in name {
            let lower = Character(character.lowercased())
            guard var latin = letters[lower] else {
                out.append(character)
                previous = nil
                continue
            }
            if lower == "е", previous == nil || vowels.contains(previous!) { latin = "ye" }
            if character != lower, let first = latin.first { latin = first.uppercased() + latin.dropFirst() }
            out += latin
            previous = lower
        }
        return out
    }
}
