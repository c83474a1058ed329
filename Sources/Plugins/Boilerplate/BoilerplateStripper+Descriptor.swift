import Core

extension BoilerplateStripper {
    public static let descriptor = PluginDescriptor(
        name: "boilerplate",
        summary: "Marks the page chrome of scraped articles (menus, share buttons, ads, notices, related headlines) line by line, with the reason.",
        discussion: """
            Works on whole lines, in two passes. First the signals that decide a line alone: a \
            chrome phrase (built-in Arabic, English, Russian and Kazakh lists, plus your own files), a line of \
            numbers or view/comment counts, a date or time line, an agency's dateline, a short byline, share and navigation buttons, \
            a short Latin-only line in an Arabic or a Cyrillic page, a notice with two consent, copyright or \
            disclaimer phrases, and — when the run reads a folder — a line found on several \
            documents of the same site (the folder). Then the layout: the body runs from the \
            first to the last paragraph-like line; the title (the first headline-like line \
            before it) is protected; short labels before or after the body, notices outside it, \
            and the lines after a heading such as مقالات ذات صلة up to the next paragraph are \
            chrome. Inside the body anything not chrome by itself is kept: a lost content line \
            is worse than a kept chrome line. Last, a link to the story glued to the end of a \
            kept line (… رابط الخبر بصحيفة الوئام: عنوان) marks only that part of the line, and \
            the sentence before it ends there. Russian and Kazakh pages get the same rules, with \
            their words for dates, counts, buttons, bylines and sections (Поделиться, Читайте \
            также, 12 мая 2024, 1,2 тыс. просмотров, Бөлісу, Сондай-ақ оқыңыз). Put this step first.
            """,
        languages: ["ar", "ru", "kk"],
        produces: [AnnotationKind("boilerplate", data: [
            ("reason", "phrase, heading, after-heading, counter, date, dateline (later steps still read its place, date and agency), navigation, buttons, byline, latin-ui, notice, repeated, header-label, footer-label, trailer (the end of a line) or leader (the start of a line)"),
            ("detail", "the phrase matched, or what the line looked like"),
            ("line", "the 1-based line number in the source"),
        ])],
        options: [
            OptionDescription("phrases", type: "list of paths",
                              "extra phrase files, one RULE<TAB>PHRASE per line (rules: line, start, tail, notice, trailer, leader); relative to the chain file"),
            OptionDescription("builtinPhrases", type: "boolean", "use the phrase lists that ship with the workbench"),
            OptionDescription("repeatedLines", type: "integer",
                              "a line found on at least this many documents of one site (input folder) is template; 0 turns it off"),
            OptionDescription("keepTitle", type: "boolean", "protect the title: the longest headline-like line before the body"),
        ],
        usesSiteProfile: true,
        examples: [
            PluginExample(
                "Share buttons, a counter and a related-articles block around an article",
                input: """
                    كازاخستان تعزز العلاقات مع زعماء الدول المجاورة
                    SHARE:
                    133
                    افتتح الرئيس توكاييف المؤتمر السادس حول التفاعل وتدابير بناء الثقة في آسيا في أستانا يوم الخميس.

                    مقالات ذات صلة
                    توكاييف يستقبل وزير الخارجية الأوزبكي
                    زر الذهاب إلى الأعلى
                    """,
                kind: "boilerplate",
                expected: ["SHARE:", "133", "مقالات ذات صلة", "توكاييف يستقبل وزير الخارجية الأوزبكي", "زر الذهاب إلى الأعلى"]),
            PluginExample(
                "A body line that merely contains a chrome word is kept",
                input: """
                    شارك الرئيس في القمة التي عقدت في سمرقند مع قادة الدول الأعضاء في المنظمة.
                    شارك
                    """,
                kind: "boilerplate",
                expected: ["شارك"]),
            PluginExample(
                "A link to the story glued to the end of the last paragraph: only the link is chrome",
                input: """
                    وأكد الدكتور الزياني أن دول المجلس ستواصل الحفاظ على مصالحها. رابط الخبر بصحيفة الوئام: الزياني يعرب عن استغرابه
                    """,
                kind: "boilerplate",
                expected: ["رابط الخبر بصحيفة الوئام: الزياني يعرب عن استغرابه"]),
        ])
}
