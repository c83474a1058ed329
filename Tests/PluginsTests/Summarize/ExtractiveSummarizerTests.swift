import Core
import Foundation
import Plugins
import Testing
import TestSupport

/// The `summarize` plugin: rankings on the seeds, every budget and its edge cases, and the
/// option errors.
@Suite struct ExtractiveSummarizerTests {
    /// Runs sentences (and boilerplate first when asked) then summarize; returns the summary
    /// sentences in rank order.
    func summary(_ source: String, options: JSONObject = [:], boilerplate: Bool = false, language: String = "ar") throws -> [String] {
        var steps: [(plugin: String, options: JSONObject)] = [("sentences", [:]), ("summarize", options)]
        if boilerplate { steps.insert(("boilerplate", [:]), at: 0) }
        let document = try run(steps, language: language, source)
        return document.annotations(ofKind: "summary")
            .sorted { $0.data["rank"]!.intValue! < $1.data["rank"]!.intValue! }
            .map { document.text(of: $0.range) }
    }

    @Test func seedRankings() throws {
        // 004: after the chrome is gone, the headline is the first sentence and ranks first;
        // the lead paragraph (Tokayev meets Saidov, with the date) follows.
        let s004 = try summary(try TestData.read(TestData.path("seeds/004_4c5a7fcac4536ac5.txt")), boilerplate: true)
        #expect(s004.first == "تلتزم كازاخستان وأوزبكستان بتعزيز العلاقات وزيادة حجم التجارة")
        #expect(s004.count == 3)
        #expect(s004[1].hasPrefix("قال رئيس كازاخستان قاسم جومارت توكاييف خلال اجتماعه يوم 19 فبراير"))
        // 002: the opening sentence (the Luxembourg meeting) first; the third pick is not the
        // third sentence but the one naming who represented Kazakhstan, which shares the most
        // with the rest of the article and the opening.
        let s002 = try summary(try TestData.read(TestData.path("seeds/002_e01f2f0b8491ee8f.txt")), boilerplate: true)
        #expect(s002[0].hasPrefix("عُقد في لوكسمبورغ اجتماعٌ لممثلي وزارات خارجية دول آسيا الوسطى"))
        #expect(s002[2] == "ومثّل كازاخستان في المحادثات نائب وزير الخارجية، أرمان إيسيتوف، وفقًا لمراسل كازينفورم.")
    }

    @Test func theLeadMethodIsDocumentOrderAndGraphRanksEverySentence() throws {
        let text = "الجملة الأولى عن الاقتصاد. الجملة الثانية عن الطاقة. الجملة الثالثة عن الاقتصاد والطاقة."
        #expect(try summary(text, options: ["method": "lead", "maxSentences": 2])
                == ["الجملة الأولى عن الاقتصاد.", "الجملة الثانية عن الطاقة."])
        #expect(try summary(text, options: ["method": "graph", "ratio": 1.0]).count == 3)
    }

    @Test func budgets() throws {
        let text = try TestData.read(TestData.path("seeds/000_ca2d6911c8ab9504.txt"))
        #expect(try summary(text, options: ["maxSentences": 1]).count == 1)
        // ratio: a fraction of the sentences, at least one; 1.0 ranks them all.
        let all = try summary(text, options: ["ratio": 1.0])
        #expect(all.count > 5)
        #expect(try summary(text, options: ["ratio": 0.5]).count == Int((Double(all.count) * 0.5).rounded()))
        // maxWords: sentences in rank order until the words reach the budget.
        let words = try summary(text, options: ["maxWords": 40])
        let counts = words.map { Tokenizer.tokens(in: $0).count }
        #expect(counts.dropLast().reduce(0, +) < 40)
        #expect(counts.reduce(0, +) >= 40)
    }

    /// The ranking stops where the budget is filled (so a three-sentence summary of a long
    /// document is three greedy rounds); what it takes is the head of the whole ranking, in the
    /// same order, for every method and budget.
    @Test func aBudgetTakesTheHeadOfTheWholeRanking() throws {
        let text = try TestData.read(TestData.path("seeds/001_3eaf0c2c6a670f93.txt"))
        for method in ["news", "graph", "lead"] {
            let all = try summary(text, options: ["method": .string(method), "ratio": 1.0])
            for k in [1, 3, 5] {
                #expect(try summary(text, options: ["method": .string(method), "maxSentences": .int(k)]) == Array(all.prefix(k)), "\(method) \(k)")
            }
            let words = try summary(text, options: ["method": .string(method), "maxWords": 60])
            #expect(words == Array(all.prefix(words.count)), "\(method) maxWords")
        }
    }

    @Test func edgeCases() throws {
        // A budget larger than the article: every sentence, once.
        #expect(try summary("زار الرئيس أستانا. ثم عاد إلى بلاده.", options: ["maxSentences": 10]).count == 2)
        // One sentence.
        #expect(try summary("زار الرئيس أستانا", options: ["maxWords": 100]) == ["زار الرئيس أستانا"])
        // Nothing left after boilerplate: no summary, no failure.
        #expect(try summary("زر الذهاب إلى الأعلى\nSHARE:\n133", boilerplate: true).isEmpty)
        #expect(try summary("").isEmpty)
    }

    @Test func optionErrors() {
        let factory = BuiltinPlugins.registry.factory(named: "summarize")!
        let result = factory.make(options: ["maxWords": 50, "ratio": 0.5, "maxSentences": 0], at: KeyPath(),
                                  context: ProcessorContext())
        guard case .failure(let problems) = result else {
            Issue.record("expected option problems")
            return
        }
        #expect(problems.description == """
            maxSentences: must be at least 1; found 0
            ratio: give one budget: maxWords or ratio, not both
            """)
    }

    /// With a feed's counts, what every article of the feed repeats weighs less than what is
    /// this article's own: of two sentences that share words with the lead, the one about the
    /// new energy plan passes the one that repeats the feed's usual line on relations.
    @Test func corpusCountsWeighTheFeedsUsualWordsLess() throws {
        let article = """
            أعلن الرئيس الكازاخستاني توكاييف في أستانا عن خطة جديدة لتطوير الطاقة المتجددة وتعزيز العلاقات مع الدول الشقيقة.
            وحضر الاجتماع عدد من المسؤولين والخبراء.
            وجرى خلال الاجتماع استعراض عدد من الملفات.
            كما ناقش المجتمعون جدول الأعمال المقبل.
            وأكد توكاييف أهمية تعزيز العلاقات مع الدول الشقيقة.
            وتشمل الخطة محطات جديدة للطاقة المتجددة.
            وانتهى الاجتماع في المساء.
            ومن المقرر عقد اجتماع آخر.
            """
        var counter = TermFrequencyCounter()
        for n in 1...6 {
            counter.add("قال الرئيس الكازاخستاني توكاييف إن كازاخستان تولي أهمية كبيرة لتعزيز العلاقات والتعاون مع الدول الشقيقة، "
                + "خلال لقائه في أستانا بوزير خارجية الدولة رقم \(n).")
        }
        counter.add("أعلنت وزارة الطاقة عن مشروع جديد.")
        let folder = NSTemporaryDirectory() + "workbench-idf-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try counter.file(minimum: 1).text.write(toFile: folder + "/feed.idf.tsv", atomically: true, encoding: .utf8)

        let relations = "وأكد توكاييف أهمية تعزيز العلاقات مع الدول الشقيقة."
        let plan = "وتشمل الخطة محطات جديدة للطاقة المتجددة."
        let alone = try summary(article, options: ["ratio": 1.0])
        let withFeed = try summary(article, options: ["ratio": 1.0, "idf": .string(folder + "/feed.idf.tsv")])
        #expect(alone.firstIndex(of: relations)! < alone.firstIndex(of: plan)!)
        #expect(withFeed.firstIndex(of: plan)! < withFeed.firstIndex(of: relations)!)
        #expect(withFeed.first == alone.first)
    }

    @Test func aMissingCountsFileIsAnOptionProblem() {
        let factory = BuiltinPlugins.registry.factory(named: "summarize")!
        let result = factory.make(options: ["idf": "no/such.idf.tsv"], at: KeyPath(), context: ProcessorContext())
        guard case .failure(let problems) = result else {
            Issue.record("expected an option problem")
            return
        }
        #expect(problems.description == """
            idf: no such file: no/such.idf.tsv (a relative path is read from the chain file's folder; make it with: workbench idf --output no/such.idf.tsv CORPUS…)
            """)
    }

    /// A Russian article (as a Kazakh agency writes one): the lead first; then the talks'
    /// subject, which shares "сотрудничество" in its other forms with the lead's story and
    /// comes early; the weather aside and the closing formula last.
    @Test func aRussianArticleIsRankedLikeAnArabicOne() throws {
        let article = """
            Президент Казахстана Касым-Жомарт Токаев провел в Астане переговоры с Президентом Узбекистана Шавкатом Мирзиёевым, сообщает пресс-служба Акорды.
            В ходе встречи стороны обсудили вопросы торгово-экономического сотрудничества и транспортной связанности.
            Товарооборот между странами в 2023 г. превысил 4 млрд долларов, т.е. вырос на 12%.
            Погода в столице была солнечной.
            «Мы намерены довести объём взаимной торговли до 10 млрд долларов», – отметил Токаев.
            По словам Мирзиёева, Узбекистан заинтересован в расширении сотрудничества с Казахстаном в сфере транспорта.
            Встреча прошла в дружественной атмосфере.
            """
        let ranked = try summary(article, options: ["ratio": 1.0], language: "ru")
        #expect(ranked.count == 7)   // "2023 г. превысил" is no sentence end
        #expect(ranked[0].hasPrefix("Президент Казахстана Касым-Жомарт Токаев провел"))
        #expect(ranked[1].hasPrefix("В ходе встречи стороны обсудили"))
        #expect(Array(ranked.suffix(2)) == ["Погода в столице была солнечной.", "Встреча прошла в дружественной атмосфере."])
    }

    /// A Kazakh article (Kazinform's Kazakh service): the lead first; then the talks' subject,
    /// which shares ынтымақтастық and the two presidents, in other cases, with the lead and comes
    /// early; the weather aside and the closing formula last.
    @Test func aKazakhArticleIsRankedLikeTheOthers() throws {
        let article = """
            Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер жүргізді, деп хабарлайды Ақорданың баспасөз қызметі.
            Кездесу барысында тараптар сауда-экономикалық ынтымақтастық пен көлік байланысы мәселелерін талқылады.
            Екі ел арасындағы тауар айналымы 2023 жылы 4 миллиард доллардан асты.
            Астанада күн шуақты болды.
            «Біз өзара сауда көлемін 10 миллиард долларға жеткізуге ниеттіміз», – деді Тоқаев.
            Мирзиёевтің айтуынша, Өзбекстан Қазақстанмен көлік саласындағы ынтымақтастықты кеңейтуге мүдделі.
            Кездесу достық ахуалда өтті.
            """
        let ranked = try summary(article, options: ["ratio": 1.0], language: "kk")
        #expect(ranked.count == 7)
        #expect(ranked[0].hasPrefix("Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада"))
        #expect(ranked[1].hasPrefix("Кездесу барысында тараптар"))
        #expect(Array(ranked.suffix(2)) == ["Астанада күн шуақты болды.", "Кездесу достық ахуалда өтті."])
    }

    /// A dateline in capitals (Kazinform's АСТАНА., TASS's МОСКВА, 5 мая. /ТАСС/.) is no key
    /// point: the lead is the sentence after it. A short sentence that only starts with an acronym stays.
    @Test func aDatelineInCapitalsIsNoKeyPoint() throws {
        let kazinform = """
            АСТАНА. КАЗИНФОРМ – Президент Казахстана К.-Ж. Токаев провел переговоры с Президентом Узбекистана Ш. Мирзиёевым.
            В ходе встречи стороны обсудили вопросы торгово-экономического сотрудничества.
            """
        #expect(try summary(kazinform, options: ["maxSentences": 1], language: "ru")
                == ["КАЗИНФОРМ – Президент Казахстана К.-Ж. Токаев провел переговоры с Президентом Узбекистана Ш. Мирзиёевым."])
        let tass = "МОСКВА, 5 мая. /ТАСС/. Россия и Казахстан подписали соглашение о сотрудничестве.\nСША ответили отказом."
        #expect(try summary(tass, options: ["ratio": 1.0], language: "ru")
                == ["Россия и Казахстан подписали соглашение о сотрудничестве.", "США ответили отказом."])
        // Latin capitals too, with the month as English writes it.
        let reuters = "WASHINGTON, May 5. Kazakhstan and the United States signed a trade agreement.\nTalks resume in June."
        #expect(try summary(reuters, options: ["maxSentences": 1], language: "ru")
                == ["Kazakhstan and the United States signed a trade agreement."])
    }
}
