import Core
import Plugins
import Testing
import TestSupport

/// The `glossary` plugin on Russian documents: the shipped `kazakhstan-ru.tsv` found in the
/// cases Russian news writes, the capital rule, and each language's entries kept to its own
/// documents.
struct GlossaryMapperRussianTests {
    /// `surface→English` for every term found in a Russian `text`.
    func terms(_ text: String, language: String = "ru", entries: [GlossaryEntry]? = nil) throws -> [String] {
        let document: Document
        if let entries {
            let mapper = try GlossaryMapper(entries: entries)
            var d = Document(id: "t", language: language, source: text)
            d.annotations = try mapper.annotate(d)
            document = d
        } else {
            document = try annotate(plugin: "glossary", options: GlossaryMapperTests.options, language: language, text)
        }
        return document.annotations.map { "\(document.text(of: $0.range))→\($0.data["target"]?.stringValue ?? "?")" }
    }

    @Test(arguments: [
        // A name in the cases a sentence puts it in; the whole written word is the term's range.
        ("Токаев, Токаева, Токаеву, Токаевым, о Токаеве", ["Токаев→Tokayev", "Токаева→Tokayev", "Токаеву→Tokayev",
                                                          "Токаевым→Tokayev", "Токаеве→Tokayev"]),
        ("Президент Касым-Жомарт Токаев встретился с Сергеем Лавровым", ["Президент→President",
            "Касым-Жомарт Токаев→Kassym-Jomart Tokayev", "Сергеем Лавровым→Sergei Lavrov"]),
        ("главе государства Касым-Жомарту Токаеву", ["главе государства→Head of State", "Касым-Жомарту Токаеву→Kassym-Jomart Tokayev"]),
        // Titles in their cases; посол only in the nominative (посла's stem is после's).
        ("с министром обороны, заместителю министра иностранных дел, посол и после",
         ["министром обороны→Defence Minister", "заместителю министра иностранных дел→Deputy Foreign Minister", "посол→Ambassador"]),
        // Places whose stems end in a soft letter or a vowel: Россия/России, Китай/Китая/Китаю, Астана/Астане.
        ("Россия, России, Россию; Китай, Китая, Китаю", ["Россия→Russia", "России→Russia", "Россию→Russia",
                                                          "Китай→China", "Китая→China", "Китаю→China"]),
        ("в Астане и в Алматы, в Нур-Султане", ["Астане→Astana", "Алматы→Almaty", "Нур-Султане→Astana"]),
        // ё written or not; capitals of a headline.
        // A plural name in the genitive, as "the president of the United States" writes it.
        ("президент Соединенных Штатов и ОАЭ (Объединенных Арабских Эмиратов)",
         ["президент→President", "Соединенных Штатов→United States", "ОАЭ→United Arab Emirates",
          "Объединенных Арабских Эмиратов→United Arab Emirates"]),
        ("Организации Объединенных Наций и ООН", ["Организации Объединенных Наций→United Nations", "ООН→United Nations"]),
        ("МИНИСТР ИНОСТРАННЫХ ДЕЛ РОССИИ", ["МИНИСТР ИНОСТРАННЫХ ДЕЛ→Foreign Minister", "РОССИИ→Russia"]),
        // Longest entry wins; mixed Cyrillic and Latin.
        ("Министерство иностранных дел Казахстана (MFA)", ["Министерство иностранных дел→Ministry of Foreign Affairs",
                                                           "Казахстана→Kazakhstan"]),
        // Negative: a name inside a longer word, or a word sharing only its first letters.
        ("казахстанский и Путинцев", []),
    ])
    func russianNewsIsMatched(text: String, expected: [String]) throws {
        #expect(try terms(text) == expected)
    }

    /// Names whose nominative ends in what looks like an ending (`Амстердам`'s `-ам`,
    /// `Рустам`'s, `Гватемала`'s `-ала`) and plural names in their genitive (`Штатов`) are found
    /// through the case forms the glossary lists (`RussianInflection`); `Аббасов`, a surname, is
    /// not `Аббас`.
    @Test func namesWhoseNominativeLooksInflected() throws {
        let entries = [
            GlossaryEntry(source: "Амстердам", english: "Amsterdam", kind: .place, language: "ru"),
            GlossaryEntry(source: "Рустам Минниханов", english: "Rustam Minnikhanov", kind: .person, language: "ru"),
            GlossaryEntry(source: "Гватемала", english: "Guatemala", kind: .place, language: "ru"),
            GlossaryEntry(source: "Нидерланды", english: "Netherlands", kind: .place, language: "ru"),
            GlossaryEntry(source: "Махмуд Аббас", english: "Mahmoud Abbas", kind: .person, language: "ru"),
            GlossaryEntry(source: "Аббас", english: "Abbas", kind: .person, language: "ru"),
        ]
        #expect(try terms("в Амстердаме, из Амстердама, с Рустамом Миннихановым, у Рустама Минниханова",
                          entries: entries) == ["Амстердаме→Amsterdam", "Амстердама→Amsterdam",
                                                "Рустамом Миннихановым→Rustam Minnikhanov",
                                                "Рустама Минниханова→Rustam Minnikhanov"])
        #expect(try terms("посол Гватемалы в Нидерландах и король Нидерландов", entries: entries)
                    == ["Гватемалы→Guatemala", "Нидерландах→Netherlands", "Нидерландов→Netherlands"])
        #expect(try terms("с Махмудом Аббасом; Ильгар Аббасов", entries: entries) == ["Махмудом Аббасом→Mahmoud Abbas"])
    }

    /// A woman's surname where the glossary has the man's (`FeminineSurnames`): `-ой` is hers
    /// alone; `-а`, `-у` are hers after a woman's given name in a form no man's takes, at a
    /// clause's start before a feminine past, or when the article writes her forms and none of
    /// his; else his (the genitive `Назарбаева` beside `Назарбаев`).
    @Test func aWomansSurnameIsNotTheMans() throws {
        let entries = [GlossaryEntry(source: "Назарбаев", english: "Nazarbayev", kind: .person, language: "ru"),
                       GlossaryEntry(source: "Захаров", english: "Zakharov", kind: .person, language: "ru"),
                       GlossaryEntry(source: "Сергей Лавров", english: "Sergei Lavrov", kind: .person, language: "ru"),
                       GlossaryEntry(source: "Лавров", english: "Lavrov", kind: .person, language: "ru")]
        // Hers by the form, by the given name, by the verb.
        #expect(try terms("Дарига Назарбаева встретилась с Марией Захаровой.", entries: entries)
                    == ["Назарбаева→Nazarbayeva", "Захаровой→Zakharova"])
        #expect(try terms("Журналисты спросили Марию Захарову. Захарова заявила, что…", entries: entries)
                    == ["Захарову→Zakharova", "Захарова→Zakharova"])
        // His: the genitive of a man named in the article, a twin given name (Александра is
        // also "of Alexander"), a lower-case noun before the verb.
        #expect(try terms("Визит Назарбаева. Назарбаев прибыл.", entries: entries)
                    == ["Назарбаева→Nazarbayev", "Назарбаев→Nazarbayev"])
        #expect(try terms("визит Александра Захарова", entries: entries) == ["Захарова→Zakharov"])
        #expect(try terms("встреча Лаврова прошла в Москве", entries: entries) == ["Лаврова→Lavrov"])
        // Hers by the article's other forms, unless it writes his too.
        #expect(try terms("Слова Захаровой. Позже Захарова повторила их, Захарову поддержали.", entries: entries)
                    == ["Захаровой→Zakharova", "Захарова→Zakharova", "Захарову→Zakharova"])
        #expect(try terms("Захаров и Захаровой: у Захарова", entries: entries)
                    == ["Захаров→Zakharov", "Захаровой→Zakharova", "Захарова→Zakharov"])
        // A full-name entry is the man.
        #expect(try terms("Сергея Лаврова", entries: entries) == ["Сергея Лаврова→Sergei Lavrov"])
    }

    /// A place in `-ия` is found in its own endings only: the match stem cuts `Александрия` to
    /// `александр`, the man's name (`Александр Лукашенко` was "Alexandria").
    @Test func aPlaceInIyaIsNotAName() throws {
        #expect(try terms("Александр Лукашенко и Герман Греф, Армен Саркисян") == [])
        #expect(try terms("Германия, Германии, Германию, Германией; Армения; Александрия")
                    == ["Германия→Germany", "Германии→Germany", "Германию→Germany", "Германией→Germany",
                        "Армения→Armenia", "Александрия→Alexandria"])
    }

    /// A term the file writes that is a case form of another entry is a conflict, named so.
    @Test func aCaseFormOfAnotherEntryIsAConflict() throws {
        let entries = [
            GlossaryEntry(source: "Фазил", english: "Fazil", kind: .person, file: "names.tsv", line: 2, language: "ru"),
            GlossaryEntry(source: "Фазиле", english: "Fazile", kind: .person, file: "names.tsv", line: 3, language: "ru"),
        ]
        guard case .failure(let problems) = Glossary.build(entries) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(problems.description == "names.tsv:3: error: conflict: 'Фазиле' → Fazile, but line 2 has 'Фазил' → Fazil, "
                    + "and 'Фазиле' is one of its case forms; keep one English rendering\n1 error in names.tsv")
    }

    /// A word the entry writes with a capital needs one in the text: `Мир` (the station) is not
    /// `мир` (peace); a lower-case entry matches any case.
    @Test func aCapitalInTheEntryIsRequired() throws {
        let entries = [GlossaryEntry(source: "Мир", english: "Mir", kind: .organisation, language: "ru"),
                       GlossaryEntry(source: "министр", english: "Minister", kind: .title, language: "ru")]
        #expect(try terms("станция Мир и мир во всём мире", entries: entries) == ["Мир→Mir"])
        #expect(try terms("Министр и министра", entries: entries) == ["Министр→Minister", "министра→Minister"])
    }

    /// Russian entries match Russian documents only, Arabic entries Arabic ones; a language
    /// without entries gets no terms.
    @Test func eachLanguageKeepsToItsDocuments() throws {
        #expect(try terms("Токаев в Астане", language: "ar") == [])
        #expect(try terms("توكاييف في أستانا", language: "ru") == [])
        #expect(try terms("توكاييف في أستانا", language: "ar") == ["توكاييف→Tokayev", "أستانا→Astana"])
        #expect(try terms("Токаев", language: "kk") == [])
    }

    /// Every Russian entry finds itself in its genitive, as "the visit of …" writes it.
    @Test func everyRussianEntryIsFoundInTheGenitive() throws {
        let file = "glossaries/kazakhstan-ru.tsv"
        let entries = try GlossaryFileParser.parse(Array(try TestData.read(file).utf8), displayName: file, fileName: file).get()
        #expect(entries.count >= 40)
        // The shipped glossaries loaded once, as a run loads them.
        let glossary = try BuiltinPlugins.registry.factory(named: "glossary")!
            .make(options: GlossaryMapperTests.options, at: KeyPath(), context: ProcessorContext(baseDirectory: TestData.root.path))
            .get().processor
        for entry in entries where entry.kind == .person || entry.kind == .place {
            // The genitive of the last word: -а after a consonant, -ы/-и for -а/-я, -я for -й; Алматы does not decline.
            var words = entry.source.split(separator: " ").map(String.init)
            let last = words.removeLast()
            let genitive: String
            // A vowel that drops in the other cases, as the glossary's variant for it says.
            let fleeting = ["Египет": "Египта"]
            switch last.last {
            case _ where fleeting[last] != nil: genitive = fleeting[last]!
            case "а": genitive = String(last.dropLast()) + (last.dropLast().last.map { "кгхжшщч".contains($0) } == true ? "и" : "ы")
            case "я": genitive = String(last.dropLast()) + "и"
            case "й": genitive = String(last.dropLast()) + "я"
            case "ы", "и", "о", "у", "ь": genitive = last
            default: genitive = last + "а"
            }
            let text = "визит " + (words + [genitive]).joined(separator: " ")
            var document = Document(id: "t", language: "ru", source: text)
            document.annotations = try glossary.annotate(document)
            let found = document.annotations.map { "\(document.text(of: $0.range))→\($0.data["target"]?.stringValue ?? "?")" }
            #expect(found == ["\((words + [genitive]).joined(separator: " "))→\(entry.english)"], "\(entry.source)")
        }
    }
}
