import Core

extension SentenceSplitter {
    public static let descriptor = PluginDescriptor(
        name: "sentences",
        summary: "Splits text into sentences, Arabic-aware: ؟ ؛ … « » initials, numbers, URLs, hard-wrapped lines.",
        discussion: """
            A sentence ends at . ! ? ؟ ؛ ; … (and runs of them, with closing quotes or brackets \
            after them), at a blank line, and at a line break after a line that is not a wrapped \
            one. A line that does not end in sentence punctuation is joined with the next when it \
            is long (at least minWrappedLineLength characters and 60% of the paragraph's longest \
            line) or ends in a comma: articles hard-wrapped mid-sentence read as one text, while a \
            short title line stays a sentence of its own. No split inside numbers (10.5), after \
            initials (أ. إيسيتوف, إي. ستيبريس, J. Smith), abbreviations in Arabic letters or letter \
            names with their dots (إم.تي.في, د.ب.أ, أ.د.عبدالله), common abbreviations (Dr., Mr.), \
            a period before a lower-case word in a cased script (в 2023 г. превысил, т.е. вырос) \
            and a list item's number at the start of its sentence (1. من حصلوا …), \
            inside «…» “…” "…" quotes that close in the same paragraph, inside URLs and domains; \
            a sentence glued to the next Arabic word (word.word) is still split. In a title line \
            (one that does not end in sentence punctuation) .. and … are a pause, as Arabic \
            headlines use them, not an end. An HTML character reference a scraper left in the \
            text (&quot;, &#39;, &#8220;, &nbsp;) is read as the character it stands for, so its ; \
            ends nothing and &quot;…&quot; is a quotation; the sentence ranges still count the \
            source as written.
            """,
        languages: ["*"],
        produces: [AnnotationKind("sentence", data: [("paragraph", "0-based index of the paragraph the sentence is in")])],
        options: [
            OptionDescription("joinWrappedLines", type: "boolean",
                              "join a line that does not end a sentence with the next line (hard-wrapped text)"),
            OptionDescription("minWrappedLineLength", type: "integer",
                              "a line shorter than this (in characters) is never joined: it is a title or a label"),
            OptionDescription("splitAtSemicolons", type: "boolean", "also end sentences at ؛ and ;"),
        ],
        examples: [
            PluginExample(
                "Arabic question mark, initials and a decimal number",
                input: "هل وصل الوفد؟ أشار أ. إيسيتوف إلى نمو بنسبة 10.5 في المئة. وانتهى الاجتماع!",
                kind: "sentence",
                expected: ["هل وصل الوفد؟", "أشار أ. إيسيتوف إلى نمو بنسبة 10.5 في المئة.", "وانتهى الاجتماع!"]),
            PluginExample(
                "A short title line stays a sentence; a hard-wrapped line is joined",
                input: "كازاخستان وأوزبكستان\nقال رئيس كازاخستان قاسم جومارت توكاييف خلال اجتماعه يوم 19 فبراير\nمع وزير الخارجية الأوزبكي إن التعاون مهم.",
                kind: "sentence",
                expected: ["كازاخستان وأوزبكستان",
                           "قال رئيس كازاخستان قاسم جومارت توكاييف خلال اجتماعه يوم 19 فبراير\nمع وزير الخارجية الأوزبكي إن التعاون مهم."]),
            PluginExample(
                "Quotes that close keep their sentences together; a glued sentence is split",
                input: "قال الوزير: «نحن مستعدون. سنعمل معاً» ثم غادر.وبدأت المحادثات",
                kind: "sentence",
                expected: ["قال الوزير: «نحن مستعدون. سنعمل معاً» ثم غادر.", "وبدأت المحادثات"]),
            PluginExample(
                "A headline keeps its .. pause; in running text .. ends a sentence",
                input: "«الشؤون القروية» .. ومشاريع البنية التحتية\n"
                    + "قال الوزير إن العمل في مشاريع البنية التحتية في القرى مستمر منذ بداية العام.. وستكتمل المشاريع قريبا.",
                kind: "sentence",
                expected: ["«الشؤون القروية» .. ومشاريع البنية التحتية",
                           "قال الوزير إن العمل في مشاريع البنية التحتية في القرى مستمر منذ بداية العام..",
                           "وستكتمل المشاريع قريبا."]),
            PluginExample(
                "Without semicolon splitting",
                options: ["splitAtSemicolons": false],
                input: "تعزيز تكامل الأسواق ؛ قالت الوزيرة ذلك.",
                kind: "sentence",
                expected: ["تعزيز تكامل الأسواق ؛ قالت الوزيرة ذلك."]),
        ])
}
