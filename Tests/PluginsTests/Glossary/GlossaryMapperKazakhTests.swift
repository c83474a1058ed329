import Core
import Plugins
import Testing
import TestSupport

/// The `glossary` plugin on Kazakh documents: the shipped `kazakhstan-kk.tsv` found with the case
/// endings Kazakh news writes, and kept to Kazakh documents.
struct GlossaryMapperKazakhTests {
    /// `surface→English` for every term found in a Kazakh `text`.
    func terms(_ text: String, language: String = "kk") throws -> [String] {
        let document = try annotate(plugin: "glossary", options: GlossaryMapperTests.options, language: language, text)
        return document.annotations.map { "\(document.text(of: $0.range))→\($0.data["target"]?.stringValue ?? "?")" }
    }

    @Test(arguments: [
        // A Kazinform lead: dateline, the longest entry first, the accusative of a surname.
        ("АСТАНА. KAZINFORM – Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Ресей Федерациясының Сыртқы істер министрі Сергей Лавровты қабылдады.",
         ["АСТАНА→Astana", "KAZINFORM→Kazinform", "Қасым-Жомарт Тоқаев→Kassym-Jomart Tokayev", "Ақордада→Akorda",
          "Ресей Федерациясының→Russia", "Сыртқы істер министрі→Foreign Minister", "Сергей Лавровты→Sergei Lavrov"]),
        // Bodies of several words with the case on the last one; capitals the entry does not write are free.
        ("Тараптар Еуразиялық экономикалық одақ пен Шанхай ынтымақтастық ұйымы аясындағы ынтымақтастықты, Еуропалық Одақпен байланысты талқылады.",
         ["Еуразиялық экономикалық одақ→Eurasian Economic Union", "Шанхай ынтымақтастық ұйымы→Shanghai Cooperation Organisation",
          "Еуропалық Одақпен→European Union"]),
        ("Президент Тоқаевтың айтуынша, Астанадағы келіссөздер Біріккен Ұлттар Ұйымының Бас Ассамблеясы қарсаңында өтті.",
         ["Президент→President", "Тоқаевтың→Tokayev", "Астанадағы→Astana", "Біріккен Ұлттар Ұйымының→United Nations"]),
        // -стан keeps its ending; the dative of a place; an abbreviation with a hyphenated ending.
        ("Бұған дейін Мұрат Нұртілеу Қытайға, Өзбекстанға және Тәжікстанның астанасына барған, БҰҰ-ның жиынына қатысқан.",
         ["Мұрат Нұртілеу→Murat Nurtleu", "Қытайға→China", "Өзбекстанға→Uzbekistan", "Тәжікстанның→Tajikistan", "БҰҰ→United Nations"]),
        // A title with the possessive (Президенті: read by stems it would be президен + the
        // accusative -ті), and к voiced before a vowel (Одағы).
        ("Қазақстан Президенті Еуропалық Одағының өкілдерін қабылдады.",
         ["Қазақстан→Kazakhstan", "Президенті→President", "Еуропалық Одағының→European Union"]),
        ("Қазақстан Республикасының Сыртқы істер министрлігі мәлімдеме жасады.",
         ["Қазақстан Республикасының→Kazakhstan", "Сыртқы істер министрлігі→Ministry of Foreign Affairs"]),
        // Negative: the Russian spelling is not the Kazakh entry, a lower-case word is not a
        // capitalised name (ресей is no word, but қытай written small is no name either), and a
        // name inside a longer word is not the name.
        ("Токаев, қытай шайы, Тоқаевшыл", []),
    ])
    func kazakhNewsIsMatched(text: String, expected: [String]) throws {
        #expect(try terms(text) == expected)
    }

    /// Kazakh entries match Kazakh documents only.
    @Test func kazakhEntriesKeepToKazakhDocuments() throws {
        #expect(try terms("Тоқаев Астанада", language: "ru") == [])
        #expect(try terms("Тоқаев Астанада", language: "ar") == [])
        #expect(try terms("Токаев в Астане", language: "ru") == ["Токаев→Tokayev", "Астане→Astana"])
    }

    /// Every Kazakh person and place finds itself in its genitive, with the ending vowel harmony
    /// and the last sound choose: "the visit of …".
    @Test func everyKazakhEntryIsFoundInTheGenitive() throws {
        let file = "glossaries/kazakhstan-kk.tsv"
        let entries = try GlossaryFileParser.parse(Array(try TestData.read(file).utf8), displayName: file, fileName: file).get()
        #expect(entries.count >= 40)
        #expect(entries.allSatisfy { $0.language == "kk" })
        // The shipped glossaries loaded once, as a run loads them.
        let glossary = try BuiltinPlugins.registry.factory(named: "glossary")!
            .make(options: GlossaryMapperTests.options, at: KeyPath(), context: ProcessorContext(baseDirectory: TestData.root.path))
            .get().processor
        for entry in entries where entry.kind == .person || entry.kind == .place {
            var words = entry.source.split(separator: " ").map(String.init)
            let last = words.removeLast()
            let front = last.last { "аәеиоөұүыіэуюя".contains($0) }.map { "әеіөүиэ".contains($0) } ?? false
            let consonant: String
            switch last.last! {
            case let c where "аәеиоөұүыіэюямнң".contains(c): consonant = "н"
            case let c where "жзлрйу".contains(c): consonant = "д"
            default: consonant = "т"
            }
            let genitive = last + consonant + (front ? "ің" : "ың")
            let text = (words + [genitive]).joined(separator: " ") + " сапары"
            var document = Document(id: "t", language: "kk", source: text)
            document.annotations = try glossary.annotate(document)
            let found = document.annotations.map { "\(document.text(of: $0.range))→\($0.data["target"]?.stringValue ?? "?")" }
            #expect(found == ["\((words + [genitive]).joined(separator: " "))→\(entry.english)"], "\(entry.source)")
        }
    }
}
