import Core
import Plugins
import Testing
import TestSupport

/// The `brief` plugin on Russian and Kazakh articles: roles in both word orders, amounts and
/// dates by the Cyrillic readers, with negative cases.
@Suite struct EnglishBriefCyrillicTests {
    /// The default chain's steps with the shipped glossary of the language.
    func brief(_ source: String, language: String) throws -> JSONObject {
        let glossary = language == "kk" ? "glossaries/kazakhstan-kk.tsv" : "glossaries/kazakhstan-ru.tsv"
        let document = try run([("boilerplate", [:]), ("sentences", [:]), ("glossary", ["files": [.string(glossary)]]),
                                ("summarize", [:]), ("brief", [:])], language: language, source)
        return document.annotations(ofKind: "brief").first!.data
    }

    func list(_ value: JSONValue?, _ key: String) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { $0.objectValue?[key]?.stringValue }
    }

    /// Russian writes the country after the office, Kazakh before it (in the nominative or the
    /// genitive); a place in another case before the office is not what it is of.
    @Test func rolesInBothWordOrders() throws {
        let russian = try brief("""
            Президент Казахстана Касым-Жомарт Токаев провел в Астане переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.
            Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Сергеем Лавровым.
            """, language: "ru")
        #expect(list(russian["people"], "name") == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Murat Nurtleu", "Sergei Lavrov"])
        #expect(list(russian["people"], "role") == ["President of Kazakhstan", "President of Uzbekistan", "Foreign Minister of Kazakhstan", ""])
        let kazakh = try brief("""
            Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер жүргізді.
            Қазақстанның Сыртқы істер министрі Мұрат Нұртілеу Сергей Лавровпен кездесті.
            """, language: "kk")
        #expect(list(kazakh["people"], "name") == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Murat Nurtleu", "Sergei Lavrov"])
        #expect(list(kazakh["people"], "role") == ["President of Kazakhstan", "President of Uzbekistan", "Foreign Minister of Kazakhstan", ""])
        // The gist names the person with the role instead of the chain.
        #expect(kazakh["title"]?.stringValue == "Kassym-Jomart Tokayev (President of Kazakhstan); Astana; Shavkat Mirziyoyev (President of Uzbekistan)")
        // In Russian order a Kazakh reading would be wrong: Russian keeps its own.
        let astana = try brief("Вчера в Астане Президент Токаев провел совещание.", language: "ru")
        #expect(list(astana["people"], "role") == ["President"])
    }

    /// Surnames no glossary knows, in any case, with the given name before them and the role
    /// written before that; places that end like surnames are not names.
    @Test func namesNoGlossaryKnows() throws {
        let russian = try brief("""
            Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Азербайджана Ильхамом Алиевым.
            В переговорах участвовал министр иностранных дел Туркменистана Рашид Мередов. Алиев поблагодарил Токаева.
            Делегация посетила Киев и Пекин, где выступил Алексей Петров.
            """, language: "ru")
        // The given name agrees with the surname and comes back to the nominative with it.
        #expect(list(russian["unknown"], "source") == ["Ильхам Алиев", "Рашид Мередов", "Алексей Петров"])
        #expect(list(russian["unknown"], "suggestion") == ["Ilham Aliyev", "Rashid Meredov", "Alexei Petrov"])
        #expect(list(russian["unknown"], "role") == ["President of Azerbaijan", "Foreign Minister of Turkmenistan", ""])
        #expect(russian["title"]?.stringValue == "Kassym-Jomart Tokayev (President of Kazakhstan); Ilham Aliyev? (President of Azerbaijan)")
        let kazakh = try brief("Кездесуге Ерлан Қошанов пен Әлия Серікова қатысты, Жомартовқа хат жолданды.", language: "kk")
        #expect(list(kazakh["unknown"], "source") == ["Ерлан Қошанов", "Әлия Серікова", "Жомартов"])
        #expect(list(kazakh["unknown"], "suggestion") == ["Yerlan Qoshanov", "Aliya Serikova", "Zhomartov"])
        // Negative: a capitalised common word, a name in capitals (a dateline), a place.
        let none = try brief("АСТАНА. Сегодня Правительство обсудило поставки в Ростов.", language: "ru")
        #expect(list(none["unknown"], "source") == [])
    }

    /// Russian `-ова` is a woman's nominative and a man's genitive: the article decides. The
    /// man's reading needs the masculine surname elsewhere and, after a given name, that name
    /// in another case too; without both the form stays as written.
    @Test func russianGenitiveSurnamesReadFromTheArticle() throws {
        let visit = try brief("""
            Президент Азербайджана Ильхам Алиев прибыл в Астану.
            Программа визита Ильхама Алиева рассчитана на два дня. По словам Алиева, стороны готовы к сотрудничеству.
            """, language: "ru")
        #expect(list(visit["unknown"], "source") == ["Ильхам Алиев"])
        // A woman and a man of the same family name: her given name is in no other case.
        let family = try brief("""
            На форуме выступила Анна Петрова. Ее отец Иван Петров также принял участие.
            """, language: "ru")
        #expect(list(family["unknown"], "source") == ["Анна Петрова", "Иван Петров"])
        // No masculine form in the article: a woman's name, as written.
        let woman = try brief("Министр Айгуль Серикова провела встречу. Серикова подчеркнула важность диалога.", language: "ru")
        #expect(list(woman["unknown"], "source") == ["Айгуль Серикова"])
        // A title in the genitive or accusative before the name puts the name in that case: a
        // woman's would end in -овой or -ову. A title in the nominative leaves it hers.
        let titled = try brief("""
            Касым-Жомарт Токаев принял министра иностранных дел Туркменистана Рашида Мередова.
            Министр иностранных дел Казахстана Айгуль Серикова провела встречу.
            """, language: "ru")
        #expect(list(titled["unknown"], "source") == ["Рашид Мередов", "Айгуль Серикова"])
        #expect(list(titled["unknown"], "role") == ["Foreign Minister of Turkmenistan", "Foreign Minister of Kazakhstan"])
    }

    /// A woman's surname in `-ову` (her accusative, his dative) is hers after a woman's given
    /// name or when the article writes her `-ой` forms and none of his; a capitalised adverb
    /// that opens a sentence (`Позже`) is not a given name; `Мария` is spelled Maria.
    @Test func russianWomensNamesInTheirCases() throws {
        let spokeswoman = try brief("""
            Официальный представитель МИД России Мария Захарова выступила в Москве. Позже Захарова добавила, что визит \
            состоится в мае. Заявление Марии Захаровой опубликовано. Журналисты спросили Захарову о переговорах.
            """, language: "ru")
        #expect(list(spokeswoman["unknown"], "source") == ["Мария Захарова"])
        #expect(list(spokeswoman["unknown"], "suggestion") == ["Maria Zakharova"])
        // His dative beside his nominative.
        let man = try brief("Иван Петров прибыл в Астану. Письмо передали Петрову.", language: "ru")
        #expect(list(man["unknown"], "source") == ["Иван Петров"])
    }

    /// A Russian given name before a surname in another case is in that case too, and comes back
    /// to the nominative with it: a consonant stem, `-й` after a vowel and `-ь` after a consonant,
    /// a name in `-а`; a Kazakh one is never inflected (the case is on the surname only). A
    /// given name that does not end as the surname's case does is left out, as before.
    @Test(arguments: [
        ("ru", "Встреча с Сергеем Ивановым прошла в Астане.", ["Сергей Иванов"]),
        ("ru", "Встреча с Игорем Сидоровым прошла в Астане.", ["Игорь Сидоров"]),
        ("ru", "Письмо направлено Сергею Иванову и Ильхаму Мамедову.", ["Сергей Иванов", "Ильхам Мамедов"]),
        ("ru", "Речь шла о Сергее Иванове и о Рашиде Мередове.", ["Сергей Иванов", "Рашид Мередов"]),
        ("ru", "Документ подписан Никитой Михалковым.", ["Никита Михалков"]),
        ("ru", "Встреча с Айдаром Ибраевым прошла. Ибраев поблагодарил.", ["Айдар Ибраев"]),
        ("ru", "Встреча с Асель Ибраевым прошла.", ["Ибраев"]),
        ("kk", "Кездесуге Ерлан Қошановпен бірге барды.", ["Ерлан Қошанов"]),
    ])
    func givenNamesComeBackWithTheSurname(language: String, sentence: String, expected: [String]) throws {
        #expect(list(try brief(sentence, language: language)["unknown"], "source") == expected)
    }

    /// Names of any origin after a Russian title and its place (the surname rule sees only the
    /// region's endings), back in the nominative in the title's case; a capitalised `-ии` word
    /// between is a country no glossary has. Not after a full stop, a lower-case word or a word
    /// that is no title (директор).
    @Test(arguments: [
        ("Токаев провел переговоры с президентом Франции Эммануэлем Макроном в Астане.",
         ["Эммануэль Макрон"], ["President of France"], ["Tokayev held talks with Emmanuel Macron? in Astana."]),
        ("Министр иностранных дел Сербии Марко Джурич прибыл в Астану.", ["Марко Джурич"], ["Foreign Minister of Serbia"], []),
        ("Министр иностранных дел Исландии Бьярни Бенедиктссон прибыл в Астану.", ["Бьярни Бенедиктссон"], ["Foreign Minister"], []),
        ("Посол вручил верительные грамоты королю Бельгии Филиппу.", ["Филипп"], ["King of Belgium"], []),
        ("С министром культуры Айгуль Сериковой обсудили планы.", ["Айгуль Серикова"], ["Culture Minister"], []),
        ("Генеральный секретарь ООН Антониу Гутерриш прибыл в Астану.", ["Антониу Гутерриш"], ["UN Secretary-General"], []),
        ("Об этом сообщил пресс-секретарь президента. Вчера в Астане прошла встреча. Президент Франции заявил о "
            + "поддержке. Директор Департамента Европы МИД выступил.", [], [], []),
    ])
    func namesAfterRussianTitles(sentence: String, names: [String], roles: [String], events: [String]) throws {
        try expectNamesAfterTitles(sentence, language: "ru", names: names, roles: roles, events: events)
    }

    /// The unknown names, their roles and the events a brief of `sentence` gives.
    func expectNamesAfterTitles(_ sentence: String, language: String, names: [String], roles: [String], events: [String]) throws {
        let data = try brief(sentence, language: language)
        #expect(list(data["unknown"], "source") == names)
        #expect(list(data["unknown"], "role") == roles)
        #expect(list(data["events"], "english") == events)
    }

    /// Kazakh names after a title and the place before it, the case on the last word only: the
    /// genitive and instrumental always come off (no name ends so), another ending only when
    /// the article writes the word without it; `Байден` keeps its `-ден`.
    @Test(arguments: [
        ("Тоқаев Франция Президенті Эммануэль Макронмен кездесті.", ["Эммануэль Макрон"], ["President of France"],
         ["Tokayev met Emmanuel Macron?."]),
        ("АҚШ Президенті Джо Байден Астанаға келді.", ["Джо Байден"], ["President of the United States"], []),
        ("Премьер-министр Олжас Бектеновке хат жолданды. Бектенов жауап берді.", ["Олжас Бектенов"], ["Prime Minister"], []),
        ("Франция Президенті Макронға хат жолданды.", ["Макронға"], ["President of France"], []),
    ])
    func namesAfterKazakhTitles(sentence: String, names: [String], roles: [String], events: [String]) throws {
        try expectNamesAfterTitles(sentence, language: "kk", names: names, roles: roles, events: events)
    }

    /// A woman's surname in another case (`Петровой`) goes back to the nominative only when the
    /// article writes that nominative or the given name's, or the given name is a woman's
    /// (`FeminineGivenNames`, whose own declension brings it back too): `-овой` may be an adjective.
    @Test(arguments: [
        ("На форуме выступила Анна Петрова. Встреча с Анной Петровой прошла в Астане.", ["Анна Петрова"]),
        ("Встреча с Анной Петровой прошла в Астане. Анна выступила первой.", ["Анна Петрова"]),
        ("Встреча с Гульнарой Сеитовой прошла в Астане.", ["Гульнара Сеитова"]),
        ("Марией Ахметовой подписан документ. Мария Ахметова уехала.", ["Мария Ахметова"]),
        ("Встреча с Петровой прошла. Эксперт Всемирной Торговой организации выступил.", []),
    ])
    func russianWomensSurnamesInOtherCases(sentence: String, expected: [String]) throws {
        #expect(list(try brief(sentence, language: "ru")["unknown"], "source") == expected)
    }

    /// Events in Russian (subject, verb, object) and Kazakh (subject, object, verb): only a
    /// person in the nominative is the subject, only a recognised person the object.
    @Test(arguments: [
        ("ru", "Президент Казахстана Касым-Жомарт Токаев провел в Астане переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.",
         ["Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana."]),
        ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Сергеем Лавровым 12 мая 2024 года.",
         ["Murat Nurtleu met Sergei Lavrov on 12 May 2024."]),
        ("ru", "Касым-Жомарт Токаев принял министра иностранных дел Узбекистана Бахтиёра Саидова.",
         ["Kassym-Jomart Tokayev received Bakhtiyor Saidov."]),
        ("ru", "Касым-Жомарт Токаев принял министра иностранных дел Туркменистана Рашида Мередова.",
         ["Kassym-Jomart Tokayev received Rashid Meredov?."]),
        ("ru", "Токаев провел телефонный разговор с Президентом Туркменистана Сердаром Бердымухамедовым.",
         ["Tokayev spoke by phone with Serdar Berdimuhamedov."]),
        ("ru", "Токаев провел официальные переговоры с Шавкатом Мирзиёевым.", ["Tokayev held talks with Shavkat Mirziyoyev."]),
        ("kk", "Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.",
         ["Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Astana."]),
        ("kk", "Мұрат Нұртілеу 2024 жылғы 12 мамырда Сергей Лавровпен телефон арқылы сөйлесті.",
         ["Murat Nurtleu spoke by phone with Sergei Lavrov on 12 May 2024."]),
        ("kk", "Тоқаев Сергей Лавровты қабылдады.", ["Tokayev received Sergei Lavrov."]),
        ("ru", "Президент Казахстана Касым-Жомарт Токаев посетил Узбекистан.", ["Kassym-Jomart Tokayev visited Uzbekistan."]),
        ("ru", "Токаев прибыл с официальным визитом в Москву 12 мая.", ["Tokayev arrived in Moscow on 12 May."]),
        ("kk", "Қасым-Жомарт Тоқаев Өзбекстанға ресми сапармен барды.", ["Kassym-Jomart Tokayev visited Uzbekistan."]),
        ("ru", "В Москву прибыла делегация.", []),
        ("kk", "Делегация Өзбекстанға сапармен барды.", []),
        // Negative: the person before the verb is not its subject (instrumental), the object
        // is no person, the noun is not the verb's (a meeting of the government), the first
        // person is not in the nominative.
        ("ru", "С Токаевым встретился Шавкат Мирзиёев.", []),
        ("ru", "Токаев провел переговоры с делегацией.", []),
        ("ru", "Токаев провел совещание с членами правительства.", []),
        ("kk", "Тоқаевпен Шавкат Мирзиёев кездесті.", []),
        ("kk", "Тоқаев делегациямен кездесті.", []),
    ])
    func events(language: String, sentence: String, expected: [String]) throws {
        #expect(list(try brief(sentence, language: language)["events"], "english") == expected)
    }

    @Test(arguments: [
        ("ru", "Товарооборот в 2023 году превысил 4 млрд долларов и вырос на 12%.", ["$4 billion", "12%"]),
        ("ru", "Стороны намерены довести его до 10 млрд. долларов, а экспорт зерна — до 1,5 млн тонн.", ["$10 billion", "1.5 million tonnes"]),
        ("ru", "Инвестиции составили более 500 млн евро, рост — 7 процентов, сделка — 250 тыс. тенге.",
         ["more than €500 million", "7%", "250,000 tenge"]),
        ("kk", "Тауар айналымы 4 миллиард доллардан асты, 12% өсті.", ["$4 billion", "12%"]),
        ("kk", "Экспорт 500 мың теңгеге жетті, шамамен 1,5 млн тонна астық.", ["500,000 tenge", "about 1.5 million tonnes"]),
        // Negative: a bare number, a year, a count of people are no amounts.
        ("ru", "В 2023 году форум посетили 300 человек из 12 стран.", []),
        ("ru", "Цена выросла в 2 т.е. вдвое, а участников было 40.", []),
        ("kk", "2023 жылы форумға 12 елден 300 адам қатысты.", []),
    ])
    func amounts(language: String, sentence: String, expected: [String]) throws {
        #expect(list(try brief(sentence, language: language)["figures"], "english") == expected)
    }

    @Test(arguments: [
        ("ru", "Встреча прошла 12 мая 2024 года в Астане.", ["12 May 2024"]),
        ("ru", "Соглашение подписано 3 марта, а ратифицировано в мае 2024 г.", ["3 March", "May 2024"]),
        ("ru", "В 2023 году товарооборот вырос.", ["2023"]),
        ("kk", "Кездесу 2024 жылғы 12 мамырда Астанада өтті.", ["12 May 2024"]),
        ("kk", "Келісім 3 наурызда қол қойылды, 2024 жылы қазанда бекітілді.", ["3 March", "October 2024"]),
        // Negative: a month alone (Қазан is also Kazan), a number before a non-month.
        ("kk", "Делегация Қазанға барды, 12 адам қатысты.", []),
        ("ru", "Он говорил 12 минут в мае.", []),
    ])
    func dates(language: String, sentence: String, expected: [String]) throws {
        #expect(list(try brief(sentence, language: language)["dates"], "english") == expected)
    }
}
