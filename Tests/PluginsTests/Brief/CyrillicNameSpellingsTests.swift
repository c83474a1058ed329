import Core
@testable import Plugins
import Testing

/// `CyrillicNameSpellings`: the agencies' spelling of a Russian or Kazakh word where the table
/// has it, letter by letter (`CyrillicRomanizer`) where it does not.
struct CyrillicNameSpellingsTests {
    @Test(arguments: [
        // Leaders the region's news names after their office (Makron, Guterrish letter by letter).
        ("Эммануэль Макрон", "Emmanuel Macron"),
        ("Антониу Гутерриш", "António Guterres"),
        ("Джо Байден", "Joe Biden"),
        ("Реджеп Тайип Эрдоган", "Recep Tayyip Erdoğan"),
        // Given names in -ий and -ей (Dmitriy, Sergey letter by letter); a capital or ё aside.
        ("Дмитрий Песков", "Dmitry Peskov"),
        ("СЕРГЕЙ", "Sergei"),
        // Not in the table: letter by letter, Kazakh letters too.
        ("Ерлан Қошанов", "Yerlan Qoshanov"),
        ("Пётр Иванов", "Pyotr Ivanov"),
    ])
    func suggestions(name: String, expected: String) {
        #expect(CyrillicNameSpellings.suggestion(for: name) == expected)
    }

    /// Every line of the table is a pair, each Cyrillic key once.
    @Test func theTableIsWellFormed() {
        let lines = CyrillicNameSpellings.table.split(separator: "\n")
        #expect(lines.allSatisfy { $0.split(separator: " ").count >= 2 })
        #expect(CyrillicNameSpellings.spellings.count == lines.count)
    }
}
