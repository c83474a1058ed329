import Core

extension GlossaryMapper {
    public static let descriptor = PluginDescriptor(
        name: "glossary",
        summary: "Maps names and terms to the glossary's one English rendering, in every Arabic surface form.",
        discussion: """
            Loads the translators' glossaries (TSV, see glossaries/README.md) and marks every \
            occurrence of an entry. Matching works on normalized text (diacritics, tatweel, alef \
            forms, ى/ي and ة/ه unless an entry opts out, digits) with offsets back to the original; \
            strips proclitics و ف, then ب ك ل, then ال, including لل for ل + ال (للاتحاد \
            الأوروبي) — a word that is itself an entry is never split, and nothing matches inside \
            a longer word; finds multi-word entries with the longest match winning (نور سلطان \
            نزارباييف is the person, نور سلطان alone the city); matches spelling variants and the \
            inflected nisba adjectives an entry declares (الكازاخستانية → Kazakh), except a bare \
            nisba that is a person's name there (الأمير تركي، فيصل بن تركي، تركي الفيصل: Turki, \
            not Turkish; with the article right after a given name it is the family name: اللواء \
            منصور التركي is al-Turki) and a word with the article after عبد, the rest of a name \
            (عبد الملك is Abdulmalik, not "Abd King") and a place's name with tanween (تركياً، سورياً: \
            Turkish, Syrian), and a title of two words or more as an appointment writes it, in the \
            accusative with its complement after ل (وزيرًا للمالية is وزير المالية, Finance \
            Minister); reads a name in quotation marks as the paper when the glossary has the \
            paper with its noun (لـ«الشرق الأوسط» is صحيفة الشرق الأوسط, Asharq Al-Awsat, not the \
            Middle East). Spans marked as boilerplate are skipped, except an agency's dateline \
            (its place and agency are the article's). Russian documents are matched against the \
            glossaries whose source column is russian: case folded (ё as е), each word cut to its \
            stem, so that the cases of a name meet (России, Россию → Россия; Токаева, Токаеву → \
            Токаев; Касым-Жомарта Токаева → Касым-Жомарт Токаев), with the case forms of each \
            term listed too for the names whose nominative looks inflected (Амстердама → \
            Амстердам; Соединенных Штатов → Соединенные Штаты), a word the entry writes with \
            a capital must have one in the text, and a word the entry ends in -ия must end in \
            that declension's endings (Александр is not Александрия); a man's surname entry met \
            in a woman's form (Назарбаевой; Мария Захарова; Захарова заявила) gets her rendering \
            (Nazarbayeva). Kazakh documents are matched against the \
            glossaries whose source column is kazakh, in the same way, each word cut before its \
            case ending and the possessive before it (Тоқаевтың, Тоқаевпен → Тоқаев; Астанада, \
            Астанадағы → Астана; министрлігінің → министрлігі).
            """,
        languages: ["ar", "ru", "kk"],
        produces: [AnnotationKind("term", data: [
            ("target", "the English rendering"),
            ("entry", "the entry's source term as written in the glossary (the nisba stem for adjectives)"),
            ("type", "person, place, organisation, title, term, publication, or adjective (nisba)"),
            ("clitics", "the proclitics stripped from the first word, normalized (و, ول, وال, ل), or \"\""),
            ("glossary", "the glossary file name"),
            ("line", "the entry's line in that file"),
            ("of", "for a nisba adjective only: the English of the entry it derives from (Kazakhstan for Kazakh)"),
            ("ofType", "for a nisba adjective only: the type of the entry it derives from (place; organisation for ISIS of داعشي)"),
            ("case", "for a title in an appointment's accusative only (وزيرًا للمالية): \"accusative\""),
            ("feminineOf", "for a woman's surname read from a man's Russian entry only: the man's rendering, which target adds an a to (Nazarbayev)"),
            ("replacement", "with render replace or inline: the text the renderer puts in place of the term"),
        ])],
        options: [
            OptionDescription("files", type: "list of paths",
                              "glossary files, or folders whose *.tsv files are all loaded; relative to the chain file"),
            OptionDescription("render", type: "one of: annotate, replace, inline",
                              "annotate: text unchanged; replace: وتوكاييف → و Tokayev; inline: توكاييف (Tokayev)"),
            OptionDescription("conflicts", type: "one of: error, keep-first",
                              "two entries with the same normalized Arabic and different English: an error, or the first loaded wins"),
        ],
        examples: [
            PluginExample(
                "Clitics, a spelling variant and a nisba adjective",
                options: ["files": ["glossaries"]],
                input: "التقى وزير الخارجية الأوزبكي بختيور سعيدوف بتوكاييف، ورحب الرئيس بسايدوف.",
                kind: "term",
                expected: ["وزير الخارجية", "الأوزبكي", "بختيور سعيدوف", "بتوكاييف", "الرئيس", "بسايدوف"]),
            PluginExample(
                "The longest entry wins; a word inside no entry maps nothing",
                options: ["files": ["glossaries"]],
                input: "اقترحه نور سلطان نزارباييف في نور سلطان. سطع نور الشمس",
                kind: "term",
                expected: ["نور سلطان نزارباييف", "نور سلطان"]),
            PluginExample(
                "لل is ل + ال; diacritics, tatweel and alef forms are ignored",
                options: ["files": ["glossaries"], "render": "replace"],
                input: "للاتحاد الأوروبي ولآسيا الوسطى وتُوكـاييف في أستانة",
                kind: "term",
                expected: ["للاتحاد الأوروبي", "ولآسيا الوسطى", "وتُوكـاييف", "أستانة"]),
        ])
}
