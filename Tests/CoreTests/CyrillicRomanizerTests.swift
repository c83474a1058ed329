import Core
import Testing

/// Russian and Kazakh names in Latin letters: `е` after a vowel, `ё`, the digraphs, Kazakh
/// letters, hyphens and capitals.
struct CyrillicRomanizerTests {
    @Test(arguments: [
        ("Токаев", "Tokayev"), ("Мирзиёев", "Mirziyoyev"), ("Лавров", "Lavrov"), ("Алексей Петров", "Aleksey Petrov"),
        ("Ерлан Қошанов", "Yerlan Qoshanov"), ("Бердымухамедов", "Berdymukhamedov"), ("Щукин", "Shchukin"),
        ("Касым-Жомарт", "Kasym-Zhomart"), ("Әлихан Смайылов", "Alikhan Smayylov"), ("Ғани Нұрланұлы", "Ghani Nurlanuly"),
    ])
    func names(cyrillic: String, latin: String) {
        #expect(CyrillicRomanizer.romanize(cyrillic) == latin)
    }

    /// What is not Cyrillic is copied.
    @Test func otherTextIsCopied() {
        #expect(CyrillicRomanizer.romanize("NATO-2024 и ООН") == "NATO-2024 i OON")
    }
}
