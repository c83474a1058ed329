import Core

/// Names news writes in Russian and Kazakh, in the spelling English-language agencies use
/// (AP, Reuters, the person's own government), one `cyrillic english` pair per line: the world's
/// leaders whom the region's news names after their office (`Эммануэль Макрон` is Emmanuel
/// Macron, not Emmanuel Makron), the Russian given names in `-ий` and `-ей` that a
/// letter-by-letter reading ends in `-iy`, `-ey` (`Дмитрий` is Dmitry, `Сергей` Sergei), and
/// the women's names in `-ия` it ends in `-iya` (`Мария` is Maria). Each word of a name no
/// glossary knows is looked up here first (lower case, `ё` as `е`), then romanised letter by
/// letter (`CyrillicRomanizer`). Suggestions for a translator to check, like
/// `BuiltinNameSpellings` for Arabic.
enum CyrillicNameSpellings {
    static let table = """
        эммануэль Emmanuel
        макрон Macron
        джо Joe
        байден Biden
        дональд Donald
        трамп Trump
        барак Barack
        обама Obama
        хиллари Hillary
        клинтон Clinton
        джордж George
        буш Bush
        керри Kerry
        энтони Antony
        блинкен Blinken
        майк Mike
        помпео Pompeo
        антониу António
        гутерриш Guterres
        реджеп Recep
        тайип Tayyip
        эрдоган Erdoğan
        нарендра Narendra
        моди Modi
        олаф Olaf
        шольц Scholz
        ангела Angela
        меркель Merkel
        франсуа François
        олланд Hollande
        николя Nicolas
        саркози Sarkozy
        борис Boris
        джонсон Johnson
        риши Rishi
        сунак Sunak
        кир Keir
        стармер Starmer
        тереза Theresa
        мэй May
        дэвид David
        кэмерон Cameron
        йенс Jens
        столтенберг Stoltenberg
        жозеп Josep
        боррель Borrell
        шарль Charles
        мишель Michel
        синдзо Shinzo
        абэ Abe
        фумио Fumio
        кисида Kishida
        си Xi
        цзиньпин Jinping
        ильхам Ilham
        мехрибан Mehriban
        никол Nikol
        пашинян Pashinyan
        александр Alexander
        лукашенко Lukashenko
        владимир Vladimir
        зеленский Zelensky
        сергей Sergei
        алексей Alexei
        андрей Andrei
        николай Nikolai
        матвей Matvei
        дмитрий Dmitry
        юрий Yury
        евгений Yevgeny
        георгий Georgy
        виталий Vitaly
        анатолий Anatoly
        аркадий Arkady
        василий Vasily
        валерий Valery
        григорий Grigory
        геннадий Gennady
        иннокентий Innokenty
        мария Maria
        юлия Yulia
        анастасия Anastasia
        виктория Viktoria
        валерия Valeria
        софия Sofia
        евгения Yevgenia
        ксения Ksenia
        лидия Lidia
        эмилия Emilia
        """

    /// The table as a dictionary, built once.
    static let spellings: [String: String] = {
        var map: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            map[String(parts[0])] = String(parts[1])
        }
        return map
    }()

    /// Each word of `name` as the table spells it, else romanised letter by letter.
    static func suggestion(for name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            spellings[CyrillicFold.folded(word)] ?? CyrillicRomanizer.romanize(String(word))
        }.joined(separator: " ")
    }
}
