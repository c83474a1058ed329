import Core

extension EnglishBrief {
    public static let descriptor = PluginDescriptor(
        name: "brief",
        summary: "An English brief of the article, offline: people with roles, places, organisations, amounts, dates, events, key points.",
        discussion: """
            Built only from what renders reliably without a translation engine: the glossary's \
            names and titles (a title chain right before a name, or between commas after it, \
            becomes the role: رئيس كازاخستان قاسم جومارت توكاييف → Kassym-Jomart Tokayev, \
            President of Kazakhstan; a surname alone is the same person, and so is a king by his \
            given name when the article names him in full: الملك سلمان after خادم الحرمين الشريفين \
            الملك سلمان بن عبدالعزيز is Salman bin Abdulaziz), the news agencies and \
            papers the article cites (its sources), amounts (Western and \
            Arabic-Indic digits, number words such as ثلاثة مليارات or مائة وخمسين ألف, ranges, \
            ألف/مليون/مليار, currencies, tonnes, percentages, with about, more than, less than or at least before them), dates \
            (both month series, paired forms, years, last/next month, weekdays, dates in \
            figures, Hijri dates with their Gregorian day by the Umm al-Qura calendar: \
            الأحد ١٠/١٠/١٤٣٦هـ → Sunday, 10 Shawwal 1436 AH (26 July 2015)), event sentences \
            for meetings, receptions, talks, visits, welcomes and calls — only when every slot is a recognised \
            item or a listed unknown name, marked with a question mark — and the summary's sentences as points with an English gist of the items in \
            them (labelled a gist: not a translation; a name and the role written before it are \
            one item, Kassym-Jomart Tokayev (President of Kazakhstan); a name no glossary knows is \
            in it as its romanisation with a question mark, and so is a place named after a king \
            or a prince, styled as English styles them: مطار الملك خالد الدولي → King Khalid \
            International Airport?). Name-like words no glossary knows (two \
            words after a title — not after a one-word title without the article, which the \
            next words complete: مدير مستشفى —, a kunya such as أبو مازن, a king's or a queen's \
            given name alone after the title, with its regnal number: الملك محمد السادس → \
            Mohammed VI? — not a place named after a king: مستشفى الملك فهد —, a known given name \
            and a family name with the article as in عادل الجبير, after a title or a courtesy \
            word such as الدكتور, Central Asian surname endings; each with its whole lineage, as a \
            royal decree writes it: تركي بن سعود بن محمد بن عبد العزيز آل سعود) are listed with an unverified \
            romanisation: each word as a spelling list gives it (the `spellings` files, then a \
            built-in table of common names), else letter by letter (السيسي → al-Sisi). Russian and \
            Kazakh articles get the same people and roles (Kazakh writes what an office is of \
            before it: Қазақстан Президенті Қасым-Жомарт Тоқаев → President of Kazakhstan), places, \
            organisations, sources and points, with their own readers for amounts (4 млрд \
            долларов → $4 billion, 500 мың теңге → 500,000 tenge) and dates (12 мая 2024 года, 2024 \
            жылғы 12 мамырда → 12 May 2024) and names no glossary knows (surnames in -ов, -ев, -ова, \
            -ева in any case, with the given name before them, both back in the nominative: \
            Ильхамом Алиевым → Ilham Aliyev?, Ерлан Қошановпен → Yerlan Qoshanov?; and any name \
            right after a title: президентом Франции Эммануэлем Макроном, Франция Президенті \
            Эммануэль Макронмен → Emmanuel Macron?, President of France) and events in each language's word \
            order (Токаев провел в Астане переговоры с …, Тоқаев … Мирзиёевпен кездесті → \
            Kassym-Jomart Tokayev held talks with / met Shavkat Mirziyoyev in Astana). Put it after \
            glossary and summarize.
            """,
        languages: ["ar", "ru", "kk"],
        requires: ["sentence"],
        produces: [AnnotationKind("brief", data: [
            ("title", "the gist of the first sentence (the headline)"),
            ("headline", "the headline's machine translation, when a translate step before translated it (else absent)"),
            ("people", "[{name, role}] in order of first mention, each person once, full name"),
            ("places", "English names, in order of first mention"),
            ("organisations", "English names, in order of first mention"),
            ("sources", "the news agencies and papers the article cites (the glossary's publications), in order of first mention"),
            ("figures", "[{source, english}]: the amount as the article writes it and in English"),
            ("dates", "[{source, english}]"),
            ("events", "[{english, start, end}]: an English sentence and the range of the Arabic it comes from"),
            ("points", "[{rank, source, english}]: the summary's sentences as the article writes them in rank order with their English gist (and, after a translate step, translation and issues)"),
            ("unknown", "[{source, suggestion, role}]: name-like words no glossary knows, romanised (unverified), with the role written before them (or \"\")"),
        ])],
        options: [
            OptionDescription("points", type: "integer", "at most this many summary sentences become points"),
            OptionDescription("unknownNames", type: "boolean", "list name-like words no glossary knows, with a romanised suggestion"),
            OptionDescription("spellings", type: "list of paths",
                              "word lists of name spellings (arabic<TAB>english per line) for those suggestions, before the built-in table of common names; relative to the chain file"),
        ],
        examples: [
            PluginExample(
                "A meeting, an amount and a date",
                input: "التقى الرئيس الكازاخستاني قاسم جومارت توكاييف مع وزير الخارجية الأوزبكي بختيور سعيدوف في أستانا يوم 19 فبراير. "
                    + "وبلغ حجم التبادل التجاري 4 مليارات دولار.",
                kind: "brief",
                expected: ["التقى الرئيس الكازاخستاني قاسم جومارت توكاييف مع وزير الخارجية الأوزبكي بختيور سعيدوف في أستانا يوم 19 فبراير. "
                    + "وبلغ حجم التبادل التجاري 4 مليارات دولار."]),
        ])
}
