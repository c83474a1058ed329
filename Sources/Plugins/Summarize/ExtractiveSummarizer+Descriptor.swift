import Core

extension ExtractiveSummarizer {
    public static let descriptor = PluginDescriptor(
        name: "summarize",
        summary: "Picks the sentences that carry an article: an extractive summary, ranked.",
        discussion: """
            Works on the sentences an earlier step found, leaving out those in boilerplate and \
            datelines or labels in Latin or Cyrillic capitals (АСТАНА., МОСКВА, 5 мая. /ТАСС/.). Words \
            are normalized, function words dropped (clitic-aware) and light-stemmed (والتعاون, \
            التعاون and بتعاونها count as one term), weighted by tf·idf across the article and, \
            with idf, by how rare they are in a corpus (a feed's counts from workbench idf). Russian \
            articles get the same treatment through the Russian layer: case folded (ё as е), \
            function words dropped, endings stripped (Токаев, Токаева and Токаевым are one term); \
            Kazakh ones through the Kazakh layer (Тоқаев, Тоқаевтың and Тоқаевпен are one term). The \
            default method, news, always puts the first sentence first, then scores the others by \
            position (absolute and relative: news puts the key facts early), closeness to the rest \
            of the article, overlap with the first sentence, opening a paragraph and the glossary \
            names in them (when a glossary step ran before), with penalties for run-on sentences \
            and short asides, and ranks greedily while penalising resemblance to what it already \
            took (MMR). \
            graph is a LexRank-style method and lead takes the first sentences, for comparison. \
            The text renderer prints the summary's sentences in document order.
            """,
        languages: ["ar", "ru", "kk"],
        requires: ["sentence"],
        produces: [AnnotationKind("summary", data: [
            ("rank", "1 for the most important sentence"),
            ("score", "the method's score (higher is better; comparable within one article)"),
        ])],
        options: [
            OptionDescription("method", type: "one of: news, graph, lead", "how sentences are ranked"),
            OptionDescription("maxSentences", type: "integer", "the budget in sentences, unless maxWords or ratio is set"),
            OptionDescription("maxWords", type: "integer",
                              "the budget in words: sentences in rank order until it is reached (the last may pass it); 0: not used"),
            OptionDescription("ratio", type: "number",
                              "the budget as a fraction of the sentences; 1.0 ranks every sentence; 0: not used"),
            OptionDescription("idf", type: "path",
                              "a term-frequency file ('workbench idf' writes it): terms are also weighted by how rare they are in that corpus, so what every article of a feed repeats counts less; relative to the chain file; empty: the article only"),
        ],
        examples: [
            PluginExample(
                "The lead sentence, then the one most about the article's subject, not a short aside",
                options: ["maxSentences": 2],
                input: """
                    التقى الرئيس الكازاخستاني قاسم جومارت توكاييف وزير الخارجية الأوزبكي في أستانا لبحث التعاون الاقتصادي بين البلدين. \
                    وكان الطقس ماطرا. \
                    وأكد توكاييف أن التعاون الاقتصادي والتجاري بين كازاخستان وأوزبكستان يشهد نموا كبيرا في السنوات الأخيرة. \
                    وقدمت فرقة موسيقية عرضا في المساء.
                    """,
                kind: "summary",
                expected: [
                    "التقى الرئيس الكازاخستاني قاسم جومارت توكاييف وزير الخارجية الأوزبكي في أستانا لبحث التعاون الاقتصادي بين البلدين.",
                    "وأكد توكاييف أن التعاون الاقتصادي والتجاري بين كازاخستان وأوزبكستان يشهد نموا كبيرا في السنوات الأخيرة.",
                ]),
        ])
}
