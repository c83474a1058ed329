import Core
import Plugins
import Testing
import TestSupport

/// The `boilerplate` plugin on Russian and Kazakh pages (Kazinform's, in both languages): each
/// signal on a chrome line after the body, a whole page, and the page's own short lines kept.
@Suite struct BoilerplateStripperCyrillicTests {
    static let russian = (
        title: "Токаев провел переговоры с Мирзиёевым в Астане",
        body1: "Президент Казахстана Касым-Жомарт Токаев провел в Астане переговоры с Президентом Узбекистана Шавкатом Мирзиёевым, сообщает пресс-служба Акорды.",
        body2: "Стороны обсудили вопросы торгово-экономического сотрудничества, транспортной связанности и водно-энергетического комплекса региона.")
    static let kazakh = (
        title: "Тоқаев Астанада Мирзиёевпен келіссөздер жүргізді",
        body1: "Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер жүргізді, деп хабарлайды Ақорданың баспасөз қызметі.",
        body2: "Тараптар сауда-экономикалық ынтымақтастық, көлік байланысы және су-энергетика кешені мәселелерін талқылады.")

    @Test(arguments: [
        // (language, line after the body, expected reason or nil when kept)
        ("ru", "Поделиться", "phrase"),
        ("ru", "ПОДЕЛИТЬСЯ:", "phrase"),
        ("ru", "Читайте также: Токаев принял министра иностранных дел Узбекистана", "phrase"),
        ("ru", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "phrase"),
        ("ru", "Фото: Акорда", "phrase"),
        ("ru", "12 мая 2024, 14:35", "date"),
        ("ru", "3 часа назад", "date"),
        ("ru", "1,2 тыс. просмотров", "counter"),
        ("ru", "ВКонтакте Телеграм Одноклассники", "buttons"),
        ("ru", "Главная » Новости » Политика", "navigation"),
        ("ru", "Автор: Алия Серикова", "byline"),
        ("ru", "Tags: Kazakhstan, Uzbekistan", "latin-ui"),
        ("ru", "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы принимаете политику конфиденциальности.", "notice"),
        // Kept: a sentence of the article, a short line of the page's own words, the sources.
        ("ru", "Визит продлится два дня.", nil),
        ("ru", "Источник: Акорда", nil),
        ("kk", "Бөлісу", "phrase"),
        ("kk", "Сондай-ақ оқыңыз: Тоқаев Өзбекстанның Сыртқы істер министрін қабылдады", "phrase"),
        ("kk", "12 мамыр 2024, 14:35", "date"),
        ("kk", "1 250 қаралым", "counter"),
        ("kk", "Басты бет » Жаңалықтар » Саясат", "navigation"),
        ("kk", "Барлық құқықтар қорғалған. Материалдарды пайдалану кезінде сілтеме міндетті.", "notice"),
        ("kk", "Сапар екі күнге созылады.", nil),
    ] as [(String, String, String?)])
    func signalAfterTheBody(language: String, line: String, reason: String?) throws {
        let page = language == "ru" ? Self.russian : Self.kazakh
        let source = [page.title, "", page.body1, "", page.body2, "", line].joined(separator: "\n")
        let document = try annotate(plugin: "boilerplate", language: language, source)
        let marked = document.annotations(ofKind: "boilerplate")
        #expect(marked.map { document.text(of: $0.range) } == (reason == nil ? [] : [line]))
        #expect(marked.first?.data["reason"]?.stringValue == reason)
    }

    /// A whole Russian page: menu and date above, share bar, related headlines and the legal
    /// notice below go; the title, a short subheading and the paragraphs stay. On an Arabic page
    /// the short Cyrillic lines would be foreign interface text; here they are the page's own.
    @Test func aRussianPageKeepsItsTitleAndText() throws {
        let page = [
            "Главная | Новости | Политика | Экономика",
            "12 мая 2024, 14:35",
            Self.russian.title,
            Self.russian.body1,
            "Водные ресурсы",
            Self.russian.body2,
            "Поделиться",
            "Читайте также",
            "Токаев принял министра иностранных дел Узбекистана",
            "В Астане прошел форум регионов",
            "© 2024 Kazinform. Все права защищены. Использование материалов разрешено при гиперссылке.",
        ].joined(separator: "\n")
        let document = try annotate(plugin: "boilerplate", language: "ru", page)
        let marked = document.annotations(ofKind: "boilerplate").map { document.text(of: $0.range) }
        #expect(marked == [
            "Главная | Новости | Политика | Экономика", "12 мая 2024, 14:35", "Поделиться", "Читайте также",
            "Токаев принял министра иностранных дел Узбекистана", "В Астане прошел форум регионов",
            "© 2024 Kazinform. Все права защищены. Использование материалов разрешено при гиперссылке.",
        ])
        // The same short lines on an Arabic-language run are foreign interface text.
        let arabic = try annotate(plugin: "boilerplate", language: "ar", ["Водные ресурсы", "", Self.russian.body1].joined(separator: "\n"))
        #expect(arabic.annotations(ofKind: "boilerplate").first?.data["reason"]?.stringValue == "latin-ui")
    }
}
