import Core
import Foundation
import Testing
import TestSupport
@testable import workbench

/// The command line as a user meets it: exact messages and exit statuses.
struct CLITests {
    func run(_ arguments: [String], input: String = "", terminal: Bool = false) -> (status: Int32, out: String, err: String) {
        runCommandLine(arguments, input: input, terminal: terminal)
    }

    let chain = TestData.path("chains/default.json")
    static let glossaryUsage = "usage: workbench glossary lint|find|stats|export|import|candidates|add|remove|set …\n"
        + "See 'workbench glossary --help'.\n"
    static let evalUsage = "usage: workbench eval summaries --chain FILE --references DIR [--budget chain|reference-words] [--against METHOD] [--groups FILE:COLUMN] [--json] ARTICLE…\n"
        + "       workbench eval names [--spellings FILE]… [--misses] [--json] PAIRS…\n"
        + "See 'workbench eval --help'.\n"
    /// Sentences and summary only: a chain whose text output stays simple while the default grows.
    let summaryChain = TestData.path("chains/summary.json")

    @Test func versionAndHelp() {
        #expect(run(["--version"]) == (0, "workbench 0.1.0\n", ""))
        let help = run(["--help"])
        #expect(help.status == 0)
        for command in ["run", "check", "plugins", "describe", "bench"] { #expect(help.out.contains("\n  \(command) ")) }
        let noArguments = run([])
        #expect(noArguments.status == 64)
        #expect(noArguments.err.contains("USAGE: workbench <command> [options]"))
        let runHelp = run(["run", "--help"])
        #expect(runHelp.status == 0)
        #expect(runHelp.out.hasPrefix("OVERVIEW: Run a chain over articles"))
        #expect(runHelp.out.contains("USAGE: workbench run --chain FILE"))
        #expect(run(["help", "check"]).out.hasPrefix("OVERVIEW: Validate a chain file"))
    }

    @Test(arguments: [
        (["rnu"], "workbench: error: unknown command 'rnu'. Did you mean 'run'? Commands: run, check, plugins, describe, bench, eval, glossary, idf\n"
            + "See 'workbench --help'.\n"),
        (["run"], "workbench run: error: missing '--chain FILE' (try chains/default.json)\n"
            + "usage: workbench run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]\n"
            + "See 'workbench run --help'.\n"),
        (["run", "--chain", "x.json", "--fromat", "json"], "workbench run: error: unknown option '--fromat'. Did you mean '--format'?\n"
            + "usage: workbench run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]\n"
            + "See 'workbench run --help'.\n"),
        (["run", "--chain", "x.json", "--format", "jsonline"], "workbench run: error: unknown format 'jsonline'. Did you mean 'jsonl'? "
            + "Formats: text, json, jsonl, markdown, html\n"
            + "usage: workbench run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]\n"
            + "See 'workbench run --help'.\n"),
        (["run", "--chain"], "workbench run: error: option '--chain' needs a value\n"
            + "usage: workbench run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]\n"
            + "See 'workbench run --help'.\n"),
        (["check"], "workbench check: error: missing the chain FILE\nusage: workbench check FILE\nSee 'workbench check --help'.\n"),
        (["describe", "sentence"], "workbench describe: error: unknown plugin 'sentence'. Did you mean 'sentences'? "
            + "Available plugins: boilerplate, sentences, glossary, summarize, translate, brief\nusage: workbench describe NAME [--markdown]\nSee 'workbench describe --help'.\n"),
        (["bench", "--chain", "x.json", "--language", "ru_RU", "seeds"], "workbench bench: error: 'ru_RU' is not a language tag (write ar, en, ru, kk, …)\n"
            + "usage: workbench bench --chain FILE [--repeat N] [--language TAG] [--set STEP.OPTION=VALUE]… INPUT…\nSee 'workbench bench --help'.\n"),
        (["bench", "--chain", "x.json", "--repeat", "0", "seeds"], "workbench bench: error: --repeat takes a whole number of passes, "
            + "at least 1; found '0'\nusage: workbench bench --chain FILE [--repeat N] [--language TAG] [--set STEP.OPTION=VALUE]… INPUT…\n"
            + "See 'workbench bench --help'.\n"),
        (["glossary"], "workbench glossary: error: missing a subcommand: lint, find, stats, export, import, candidates, add, remove, set\n"
            + Self.glossaryUsage),
        (["glossary", "find"], "workbench glossary: error: missing the TERM to look up\n" + Self.glossaryUsage),
        (["glossary", "import", "--format", "tbx", "x.tbx"], "workbench glossary: error: missing --output FILE.tsv\n" + Self.glossaryUsage),
        (["glossary", "import", "--format", "csv", "--output", "o.tsv"], "workbench glossary: error: expected one INPUT file\n" + Self.glossaryUsage),
        (["glossary", "candidates"], "workbench glossary: error: missing the CORPUS files or folders\n" + Self.glossaryUsage),
        (["glossary", "candidates", "--language", "русский", "corpus"],
         "workbench glossary: error: 'русский' is not a language tag (write ar, en, ru, kk, …)\n" + Self.glossaryUsage),
        (["run", "--chain", "x.json", "--language", "ru_RU", "seeds"], "workbench run: error: 'ru_RU' is not a language tag (write ar, en, ru, kk, …)\n"
            + "usage: workbench run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]\n"
            + "See 'workbench run --help'.\n"),
        (["glossary", "remove"], "workbench glossary: error: missing the glossary FILE to edit\n" + Self.glossaryUsage),
        (["eval", "summaries", "--references", "r", "x"], "workbench eval: error: missing '--chain FILE'\n" + Self.evalUsage),
        (["eval", "summaries", "--chain", "c.json", "x"], "workbench eval: error: missing '--references DIR'\n" + Self.evalUsage),
        (["eval", "summaries", "--chain", "c.json", "--references", "r"], "workbench eval: error: missing ARTICLE files or directories\n"
            + Self.evalUsage),
        (["eval", "names"], "workbench eval: error: missing PAIRS files (arabic<TAB>english per line)\n" + Self.evalUsage),
        (["eval", "summaries", "--chain", "c.json", "--references", "r", "--groups", "mapping.tsv", "x"],
         "workbench eval: error: --groups takes FILE:COLUMN (a tab-separated file and the column that names each article's group); found 'mapping.tsv'\n"
            + Self.evalUsage),
        (["eval", "summaries", "--chain", "c.json", "--references", "r", "--groups", "no-such.tsv:source_name", "x"],
         "workbench eval: error: no-such.tsv: cannot read the groups file (--groups FILE:COLUMN)\n" + Self.evalUsage),
        (["eval", "summaries", "--chain", "c.json", "--references", "r", "--against", "leed", "x"],
         "workbench eval: error: unknown method 'leed' for --against. Did you mean 'lead'? Methods: news, graph, lead\n" + Self.evalUsage),
    ])
    func usageErrorsExitWith64(arguments: [String], expected: String) {
        let result = run(arguments)
        #expect(result.status == 64)
        #expect(result.out == "")
        #expect(result.err == expected)
    }

    @Test func brokenChainFilesExitWith64AndListEveryError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.json", """
            { "version": 1, "chain": [ { "use": "sentence" }, { "use": "sentences", "options": { "joinWrappedLines": "yes", "minWrapped": 3 } } ] }
            """)
        let expected = """
            \(path): error: chain[0].use: unknown plugin 'sentence'. Did you mean 'sentences'? Available plugins: boilerplate, sentences, glossary, summarize, translate, brief
            \(path): error: chain[1].options: unknown option 'minWrapped'. Did you mean 'minWrappedLineLength'? \
            Options of 'sentences': joinWrappedLines, minWrappedLineLength, splitAtSemicolons
            \(path): error: chain[1].options.joinWrappedLines: expected a boolean, found a string
            3 errors in \(path)

            """
        #expect(run(["run", "--chain", path, TestData.seedPaths[0]]) == (64, "", expected))
        #expect(run(["check", path]) == (64, "", expected))
        let missing = folder.path("none.json")
        #expect(run(["check", missing]) == (64, "", "\(missing): error: cannot read the chain file: no such file\n1 error in \(missing)\n"))
    }

    @Test func checkPrintsStepsWithEffectiveOptions() {
        #expect(run(["check", chain]) == (0, """
            \(chain): OK, 5 steps
              [0] boilerplate
                  languages: ar, ru, kk   requires: -   produces: boilerplate
                  phrases = []
                  builtinPhrases = true
                  repeatedLines = 3
                  keepTitle = true
              [1] sentences
                  languages: *   requires: -   produces: sentence
                  joinWrappedLines = true
                  minWrappedLineLength = 40
                  splitAtSemicolons = true
              [2] glossary
                  languages: ar, ru, kk   requires: -   produces: term
                  files = ["../glossaries/kazakhstan.tsv","../glossaries/diplomacy.tsv","../glossaries/gulf.tsv","../glossaries/companies.tsv","../glossaries/people.tsv","../glossaries/kazakhstan-ru.tsv","../glossaries/kazakhstan-kk.tsv"]
                  render = "annotate"
                  conflicts = "error"
              [3] summarize
                  languages: ar, ru, kk   requires: sentence   produces: summary
                  method = "news"
                  maxSentences = 3
                  maxWords = 0
                  ratio = 0
                  idf = ""
              [4] brief
                  languages: ar, ru, kk   requires: sentence   produces: brief
                  points = 5
                  unknownNames = true
                  spellings = []

            """, ""))
    }

    @Test func pluginsAndDescribeComeFromTheDescriptors() {
        let plugins = run(["plugins"])
        #expect(plugins.status == 0)
        #expect(plugins.out.hasPrefix("boilerplate  Marks the page chrome of scraped articles"))
        #expect(plugins.out.contains("\nsentences    Splits text into sentences"))
        let describe = run(["describe", "sentences"])
        #expect(describe.status == 0)
        #expect(describe.out.contains("  minWrappedLineLength (integer, default 40)\n"))
        #expect(describe.out.contains("    input:   هل وصل الوفد؟ أشار أ. إيسيتوف"))
        #expect(describe.out.contains("PRODUCES:\n  sentence\n    data.paragraph: "))
    }

    @Test func stdinIsReadWhenNoInputIsGiven() {
        let result = run(["run", "--chain", summaryChain], input: "أولى. ثانية؟\n\nثالثة")
        // The summary: its three sentences, in document order.
        #expect(result == (0, "أولى.\nثانية؟\nثالثة\n", ""))
        let json = run(["run", "--chain", summaryChain, "--format", "jsonl", "-"], input: "نص")
        #expect(json.out.hasPrefix(#"{"id":"stdin","language":"ar","source":"نص","text":"نص\n","annotations":[{"kind":"sentence""#))
    }

    /// Without --language each document's letters give its language: a Russian article on
    /// standard input gets the Russian brief (its names from the Russian glossary), a record's
    /// own "language" and an explicit --language still win.
    @Test func theLanguageIsTakenFromTheLettersUnlessNamed() {
        let russian = "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Сергеем Лавровым."
        let guessed = run(["run", "--chain", chain, "--format", "jsonl", "-"], input: russian)
        #expect(guessed.out.hasPrefix(#"{"id":"stdin","language":"ru","#))
        #expect(guessed.out.contains(#""people":[{"name":"Kassym-Jomart Tokayev","role":"President of Kazakhstan"},{"name":"Sergei Lavrov","role":""}]"#))
        let named = run(["run", "--chain", chain, "--format", "jsonl", "--language", "ar", "-"], input: russian)
        #expect(named.out.hasPrefix(#"{"id":"stdin","language":"ar","#))
        let record = run(["run", "--chain", summaryChain, "--format", "jsonl", "--input-format", "jsonl", "-"],
                         input: #"{"id": "a", "text": "Қазақстан Президенті Тоқаев Өзбекстанға сапармен барды."}"# + "\n"
                             + #"{"id": "b", "language": "ru", "text": "Қазақстан Президенті Тоқаев Өзбекстанға сапармен барды."}"# + "\n"
                             + #"{"id": "c", "language": "auto", "text": "Токаев посетил Ташкент."}"# + "\n")
        #expect(record.out.split(separator: "\n").map { $0.prefix(26) }
                == [#"{"id":"a","language":"kk","#, #"{"id":"b","language":"ru","#, #"{"id":"c","language":"ru","#])
    }

    @Test func badInputsAreReportedAndTheOthersStillProcessed() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "نص أول.")
        try folder.write("b.txt", bytes: [0x61, 0xE9, 0x0A])
        try folder.write("c.txt", bytes: [0x00, 0x01])
        try folder.write("sub/d.txt", "نص أخير.")
        try folder.write("ignored.md", "# not an input")
        let missing = folder.path("missing.txt")
        let result = run(["run", "--chain", summaryChain, folder.root, missing])
        #expect(result.status == 1)
        #expect(result.out == "==> a <==\nنص أول.\n\n==> d <==\nنص أخير.\n")
        #expect(result.err == """
            \(missing): error: no such file or directory
            \(folder.root)/b.txt: error: not UTF-8 text: invalid byte 0xE9 on line 1 (byte offset 1); convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)
            \(folder.root)/c.txt: error: binary data, not text (a NUL byte at byte offset 0)

            """)
    }

    @Test func outputDirectoryGetsOneFilePerInputAndInputsStayUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/x.txt", "قال الرئيس. وأضاف.")
        try folder.write("in/sub/y.txt", "جملة")
        let before = try folder.contents("in/x.txt")
        let out = folder.path("out")
        let result = run(["run", "--chain", summaryChain, "--format", "json", "--output", out, folder.path("in")])
        #expect(result == (0, "", ""))
        #expect(try folder.contents("in/x.txt") == before)
        let x = try JSONParser.parse(String(contentsOfFile: out + "/x.json", encoding: .utf8))
        #expect(x["text"] == "قال الرئيس.\nوأضاف.\n")
        #expect(x.objectValue?.keys == ["id", "language", "source", "text", "annotations", "steps"])
        #expect(FileManager.default.fileExists(atPath: out + "/sub/y.json"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func outputNamesThatWouldCollideAreRefused() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a/same.txt", "نص")
        let b = try folder.write("b/same.txt", "نص")
        let result = run(["run", "--chain", chain, "--output", folder.path("out"), a, b])
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("workbench run: error: inputs \(a) and \(b) would both write \(folder.path("out"))/same.txt\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func jsonIsOneArrayAndJsonlOneObjectPerLine() throws {
        let seeds = TestData.seedPaths
        let json = run(["run", "--chain", chain, "--format", "json"] + seeds)
        #expect(json.status == 0)
        let array = try JSONParser.parse(json.out).arrayValue ?? []
        #expect(array.count == seeds.count)
        #expect(array.first?["id"] == "000_ca2d6911c8ab9504")
        let jsonl = run(["run", "--chain", chain, "--format", "jsonl"] + seeds)
        let lines = jsonl.out.split(separator: "\n")
        #expect(lines.count == seeds.count)
        #expect(try lines.map { try JSONParser.parse(String($0)) } == array)
        let empty = try TemporaryFolder()
        #expect(run(["run", "--chain", chain, "--format", "json", empty.root]).out == "[]\n")
    }

    @Test func markdownHasAHeadingPerArticle() {
        let result = run(["run", "--chain", summaryChain, "--format", "markdown"], input: "عنوان\n\nأولى. ثانية.")
        #expect(result.out == "## stdin\n\n- عنوان\n- أولى.\n- ثانية.\n\n")
        let brief = run(["run", "--chain", chain, "--format", "markdown"], input: "التقى الرئيس توكاييف مع وزير الخارجية بختيور سعيدوف.")
        #expect(brief.out == """
            ## stdin

            **Headline (gist):** Tokayev (President); Bakhtiyor Saidov (Foreign Minister)

            **People**

            - Tokayev — President
            - Bakhtiyor Saidov — Foreign Minister

            **Events**

            - Tokayev met Bakhtiyor Saidov.

            **Key points**

            1. التقى الرئيس توكاييف مع وزير الخارجية بختيور سعيدوف.
               Gist, not a translation: Tokayev (President); Bakhtiyor Saidov (Foreign Minister)


            """)
        // A name no glossary knows: its romanisation marked unverified, with its role.
        let unknown = run(["run", "--chain", chain], input: "وقال وزير الخارجية السوداني إبراهيم غندور إن الزيارة مهمة.")
        #expect(unknown.out.hasSuffix("""
            NAMES NOT IN THE GLOSSARIES (ROMANISATION UNVERIFIED)
              إبراهيم غندور → Ibrahim Ghandour? — Foreign Minister of Sudan


            """))
        let full = run(["run", "--chain", TestData.path("chains/boilerplate.json"), "--format", "markdown"], input: "عنوان\n\nأولى. ثانية.")
        #expect(full.out == "## stdin\n\nعنوان\n\nأولى. ثانية.\n\n")
    }

    @Test func progressGoesToATerminalOnly() {
        let seeds = Array(TestData.seedPaths.prefix(2))
        #expect(run(["run", "--chain", chain] + seeds, terminal: false).err == "")
        let shown = run(["run", "--chain", chain] + seeds, terminal: true)
        #expect(shown.err.contains("[1/2] ") && shown.err.contains("[2/2] "))
        #expect(!shown.out.contains("[1/2]"))
    }

    @Test func benchEndsWithOneJSONLine() throws {
        let result = run(["bench", "--chain", chain, "--repeat", "2", TestData.path("seeds")])
        #expect(result.status == 0)
        let last = try JSONParser.parse(String(result.out.split(separator: "\n").last ?? ""))
        #expect(last.objectValue?.keys == ["docs", "in_bytes", "t_build_s", "t_match_s", "rss_peak_kb", "mb_per_s", "docs_per_s"])
        #expect(last["docs"] == 5)
    }

    @Test func aFolderIsOneSiteForTheBoilerplateStep() throws {
        let folder = try TemporaryFolder()
        let tagline = "نافذتك اليومية على أخبار المنطقة والعالم منذ عام ألفين"
        let stories = [
            "وقع وزيرا الطاقة في كازاخستان وأوزبكستان يوم الاثنين اتفاقية لتطوير مشاريع مشتركة في مجال الطاقة المتجددة.",
            "استضافت العاصمة الكازاخستانية أستانا اليوم اجتماعاً لوزراء خارجية منظمة الدول التركية لبحث التعاون في النقل.",
            "وصل أول قطار حاويات انطلق من مدينة شيآن الصينية إلى محطة طهران بعد أن عبر أراضي كازاخستان وتركمانستان.",
        ]
        for (i, story) in stories.enumerated() { try folder.write("site/p\(i).txt", "\(tagline)\n\(story)\n") }
        let boilerplate = TestData.path("chains/boilerplate.json")
        let whole = run(["run", "--chain", boilerplate, folder.path("site")])
        #expect(whole.status == 0)
        #expect(!whole.out.contains(tagline))
        for story in stories { #expect(whole.out.contains(story)) }
        // One page alone has no site: the tagline stays (precision first).
        let single = run(["run", "--chain", boilerplate, folder.path("site/p0.txt")])
        #expect(single.out == "\(tagline)\n\(stories[0])\n")
    }

    @Test func evalSummariesScoresAgainstReferences() throws {
        let folder = try TemporaryFolder()
        let first = "التقى الرئيس توكاييف وزير الخارجية الأوزبكي في أستانا."
        try folder.write("articles/a1.txt", first + " وكان الطقس ماطرا في العاصمة طوال اليوم.\n")
        try folder.write("refs/a1.A.txt", first)
        try folder.write("refs/a1.B.txt", first)
        let summaryChain = TestData.path("chains/summary.json")
        let result = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"),
                          "--budget", "reference-words", "--set", "summarize.method=lead", folder.path("articles")])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out == """
            1 articles, 8.0 summary tokens on average

            | metric | F1 (avg) | recall (avg) | F1 (max) |
            |---|---|---|---|
            | ROUGE-1 | 100.0 | 100.0 | 100.0 |
            | ROUGE-2 | 100.0 | 100.0 | 100.0 |
            | ROUGE-L | 100.0 | 100.0 | 100.0 |

            """)
        // The same method against itself: every article tied, a difference of exactly zero.
        let same = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"),
                        "--budget", "reference-words", "--set", "summarize.method=lead", "--against", "lead", folder.path("articles")])
        #expect(same.status == 0)
        #expect(same.out.hasSuffix("""
            | metric | this chain | lead | difference | 95% interval | better / worse / tied |
            |---|---|---|---|---|---|
            | ROUGE-1 | 100.0 | 100.0 | +0.0 | +0.0 … +0.0 | 0 / 0 / 1 |
            | ROUGE-2 | 100.0 | 100.0 | +0.0 | +0.0 … +0.0 | 0 / 0 / 1 |
            | ROUGE-L | 100.0 | 100.0 | +0.0 | +0.0 … +0.0 | 0 / 0 / 1 |


            """))
        // An article without references is an error for that article (exit 1), the others are scored.
        try folder.write("articles/a2.txt", "مقال بلا ملخصات.\n")
        let missing = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--json",
                           folder.path("articles")])
        #expect(missing.status == 1)
        #expect(missing.err == "\(folder.path("articles/a2.txt")): error: no reference summaries a2.*.txt in \(folder.path("refs"))\n")
        #expect(missing.out.hasPrefix("{\"articles\":1,"))
        // By group: the articles of each group scored apart, after all of them; in the JSON
        // under "groups". An article the file does not list is "(not listed)".
        try folder.write("refs/a2.A.txt", "مقال بلا ملخصات.")
        try folder.write("articles/a3.txt", "نص ثالث قصير.\n")
        try folder.write("refs/a3.A.txt", "كلمات أخرى تماما.")
        let mapping = try folder.write("mapping.tsv", "# which paper\nid\tsource_name\na1\tAlwatan\na2\tAlwatan\n")
        let grouped = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--budget", "reference-words",
                           "--groups", mapping + ":source_name", folder.path("articles")])
        #expect(grouped.status == 0)
        #expect(grouped.out.hasPrefix("3 articles,"))
        #expect(grouped.out.contains("\n## source_name: (not listed)\n\n1 articles, 3.0 summary tokens on average\n"))
        #expect(grouped.out.contains("\n## source_name: Alwatan\n\n2 articles,"))
        #expect(grouped.out.contains("| ROUGE-1 | 0.0 | 0.0 | 0.0 |"))
        let groupedJSON = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--budget", "reference-words",
                               "--groups", mapping + ":source_name", "--json", folder.path("articles")])
        let parsedGroups = try JSONParser.parse(groupedJSON.out).objectValue?["groups"]?.objectValue
        #expect(parsedGroups?.keys == ["(not listed)", "Alwatan"])
        #expect(parsedGroups?["Alwatan"]?.objectValue?["articles"]?.intValue == 2)
        #expect(run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"),
                     "--groups", mapping + ":source", folder.path("articles")]).err.hasPrefix(
            "workbench eval: error: \(mapping):2: no column 'source'. Did you mean 'source_name'? Columns: id, source_name\n"))
        // A header without an id column, a file of comments only (a byte-order mark is no part of the header).
        let noID = try folder.write("noid.tsv", "\u{FEFF}article\tsource_name\n")
        let noIDRun = run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--groups", noID + ":source_name", "x"])
        #expect(noIDRun.status == 64)
        #expect(noIDRun.err.hasPrefix("workbench eval: error: \(noID):1: the header names no 'id' column\n"))
        let bomID = try folder.write("bom.tsv", "\u{FEFF}id\tsource_name\na1\tAlwatan\n")
        #expect(run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--budget", "reference-words",
                     "--groups", bomID + ":source_name", folder.path("articles")]).out.contains("\n## source_name: Alwatan\n\n1 articles,"))
        let comments = try folder.write("comments.tsv", "# nothing but a note\n\n")
        #expect(run(["eval", "summaries", "--chain", summaryChain, "--references", folder.path("refs"), "--groups", comments + ":source_name", "x"]).err
            .hasPrefix("workbench eval: error: \(comments): the groups file has no header line\n"))
        // Usage errors.
        #expect(run(["eval", "summary"]).err.hasPrefix("workbench eval: error: unknown evaluation 'summary'. Did you mean 'summaries'?"))
        #expect(run(["eval", "summaries", "--chain", summaryChain, "--references", "r", "--budget", "words", "x"]).status == 64)
        #expect(run(["eval", "summaries", "--chain", chain.replacingOccurrences(of: "default", with: "boilerplate"),
                     "--references", "r", "x"]).err.hasSuffix("error: the chain has no summarize step\n"))
    }

    @Test func evalNamesScoresRomanisations() throws {
        let folder = try TemporaryFolder()
        let pairs = try folder.write("pairs.tsv", "arabic\tenglish\r\nباراك\tBarack\r\nقاديروف\tKadyrov\r\nمحمد\tMuhammad\r\n")
        // Barack exactly; qadirov/kadyrov 2 edits in 7; mohammed/muhammad 2 in 8: (1 + 5/7 + 6/8) / 3.
        #expect(run(["eval", "names", pairs]) == (0, "3 names: 33.3% spelled exactly, 82.1% letter similarity "
            + "(case, accents and non-letters ignored)\n", ""))
        #expect(run(["eval", "names", "--misses", pairs]).out.hasPrefix("قاديروف\tQadirov\tKadyrov\nمحمد\tMohammed\tMuhammad\n3 names:"))
        let list = try folder.write("list.tsv", "قاديروف\tKadyrov\nمحمد\tMuhammad\n")
        #expect(run(["eval", "names", "--spellings", list, "--json", pairs]).out == "{\"pairs\":3,\"exact\":1,\"similarity\":1}\n")
        let broken = try folder.write("broken.tsv", "باراك\tBarack\nقاديروف\n")
        #expect(run(["eval", "names", broken]) == (1, "1 names: 100.0% spelled exactly, 100.0% letter similarity "
            + "(case, accents and non-letters ignored)\n", "\(broken):2: error: expected arabic<TAB>english\n"))
        #expect(run(["eval", "names", "--spellings", folder.path("none.tsv"), pairs])
                == (64, "", "workbench eval: error: --spellings: no such file: \(folder.path("none.tsv"))\n"))
        // A malformed spelling list is a usage error naming the line; unreadable pairs files and
        // files without pairs are failures naming the file.
        #expect(run(["eval", "names", "--spellings", broken, pairs])
                == (64, "", "\(broken):2: error: expected arabic<TAB>english\n"))
        let utf16 = try folder.write("utf16.tsv", bytes: [0xFF, 0xFE, 0x41, 0x00])
        let comments = try folder.write("comments.tsv", "# nothing yet\n")
        #expect(run(["eval", "names", utf16, folder.path("none.tsv"), comments])
                == (1, "", "\(utf16): error: the file is UTF-16 text; save it as UTF-8\n"
                    + "\(folder.path("none.tsv")): error: no such file\nworkbench eval: error: no pairs to score\n"))
    }

    @Test func aBriefSpellingListIsCheckedBeforeAnyDocument() throws {
        let folder = try TemporaryFolder()
        let missing = try folder.write("missing.json", #"{ "version": 1, "chain": [ { "use": "sentences" }, { "use": "brief", "options": { "spellings": ["none.tsv"] } } ] }"#)
        #expect(run(["run", "--chain", missing, "-"], input: "نص.\n")
                == (64, "", "\(missing): error: chain[1].options.spellings[0]: no such file: \(folder.path("none.tsv"))\n1 error in \(missing)\n"))
        try folder.write("list.tsv", "محمد\tMohammed\nأحمد\n")
        let broken = try folder.write("broken.json", #"{ "version": 1, "chain": [ { "use": "sentences" }, { "use": "brief", "options": { "spellings": ["list.tsv"] } } ] }"#)
        #expect(run(["run", "--chain", broken, "-"], input: "نص.\n")
                == (64, "", "\(folder.path("list.tsv")):2: error: expected arabic<TAB>english\n1 error in \(folder.path("list.tsv"))\n"))
    }

    @Test func glossaryToolsFromTheCommandLine() throws {
        let folder = try TemporaryFolder()
        let glossaries = TestData.path("glossaries")
        let shipped = run(["glossary", "lint", glossaries])
        #expect(shipped.status == 0 && shipped.err == "")
        #expect(shipped.out.hasPrefix("7 files, ") && shipped.out.hasSuffix(" entries: 0 errors, 0 warnings\n"))
        let bad = try folder.write("bad.tsv", "arabic\tenglish\tvariants\nأستانا\tAstana\tاستانا\nأَستانا\tNur-Sultan\t\n")
        let lint = run(["glossary", "lint", bad])
        #expect(lint.status == 1)
        #expect(lint.err == """
            \(bad):2: warning: the variant 'استانا' is 'أستانا' once normalized (diacritics, hamza, ى/ي, ة/ه): it never matters
            \(bad):3: error: conflict: 'أَستانا' → Nur-Sultan, but line 2 has 'أستانا' → Astana, the same Arabic once normalized; keep one English rendering

            """)
        let find = run(["glossary", "find", "وللاتحاد الأوروبي", glossaries])
        #expect(find.status == 0)
        #expect(find.out.contains("وللاتحاد الأوروبي → European Union (organisation)\n"))
        #expect(find.out.contains(", clitics stripped: ول"))
        // A Cyrillic term: the Russian and the Kazakh glossaries, in any case form.
        #expect(run(["glossary", "find", "Токаева", glossaries]).out
                == "Токаева\n  normalized: токаев\n  Токаева → Tokayev (person)\n    entry Токаев at kazakhstan-ru.tsv:10, no clitics\n")
        #expect(run(["glossary", "find", "Тоқаевтың", glossaries]).out
                == "Тоқаевтың\n  normalized: тоқаевтың\n  Тоқаевтың → Tokayev (person)\n    entry Тоқаев at kazakhstan-kk.tsv:13, no clitics\n")
        #expect(run(["glossary", "find", "Токаеф", glossaries]) == (1, "Токаеф\n  normalized: токаеф\n  no entry matches; close: Тоқаев, Токаев\n", ""))
        // With no match, a Russian word is shown as the Russian normalizer reads it (its match
        // stem), a Kazakh one as the Kazakh normalizer does; a spelling both files have is
        // offered once.
        #expect(run(["glossary", "find", "Исландией", glossaries]) == (1, "Исландией\n  normalized: исланд\n  no entry matches; close: Испания, Ирландия\n", ""))
        #expect(run(["glossary", "find", "Исландияның", glossaries]) == (1, "Исландияның\n  normalized: исландияның\n  no entry matches\n", ""))
        // Export, import: the TSV written atomically; on errors nothing is written. A TBX of several
        // languages is refused (a glossary file holds one); each language's files come back whole.
        let tbx = folder.path("g.tbx")
        #expect(run(["glossary", "export", "--format", "tbx", "--output", tbx, glossaries]).status == 0)
        let tsv = folder.path("back.tsv")
        #expect(run(["glossary", "import", "--format", "tbx", "--output", tsv, tbx])
                == (1, "", "\(tbx): error: the file holds Arabic, Kazakh and Russian terms, and a glossary file holds one source language; "
                    + "export each language's glossaries on their own (nothing written)\n"))
        #expect(!FileManager.default.fileExists(atPath: tsv))
        let arabicFiles = ["kazakhstan", "diplomacy", "gulf", "companies", "people"].map { TestData.path("glossaries/\($0).tsv") }
        let arabicLint = run(["glossary", "lint"] + arabicFiles).out
        let others = ["kazakhstan-ru", "kazakhstan-kk"].map { [TestData.path("glossaries/\($0).tsv")] }
        for (files, lint) in [(arabicFiles, arabicLint)] + others.map({ ($0, run(["glossary", "lint"] + $0).out) }) {
            #expect(run(["glossary", "export", "--format", "tbx", "--output", tbx] + files).status == 0)
            #expect(run(["glossary", "import", "--format", "tbx", "--output", tsv, tbx]).status == 0)
            // Every entry of the files comes back.
            let entries = lint.split(separator: " ")[2]
            #expect(run(["glossary", "lint", tsv]).out == "1 file, \(entries) entries: 0 errors, 0 warnings\n")
        }
        let broken = try folder.write("broken.tbx", "<tbx><text>")
        let failed = run(["glossary", "import", "--format", "tbx", "--output", folder.path("never.tsv"), broken])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("never.tsv")))
        let mine = try folder.write("mine/kz.tsv", "arabic\tenglish\ttype\nتوكاييف\tTokayev\tperson\n")
        #expect(run(["glossary", "add", mine, "--arabic", "سعيدوف", "--english", "Saidov", "--type", "person"])
                == (0, "\(mine): added 'سعيدوف' → Saidov on line 3\n", ""))
        // A value the file has no column for is refused, not dropped.
        #expect(run(["glossary", "set", mine, "سعيدوف", "--add-variant", "سايدوف"])
                == (1, "", "\(mine): error: the file has no 'variants' column; add it to the header line first (nothing written)\n"))
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "arabic\tenglish\ttype\nتوكاييف\tTokayev\tperson\nسعيدوف\tSaidov\tperson\n")
        #expect(run(["glossary", "add", mine, "--arabic", "توكاييف", "--english", "Tokaev"]).status == 1)
        #expect(run(["glossary", "add", mine, "--arabic", "x", "--english", "y", "--type", "persn"]).err
                .hasPrefix("workbench glossary: error: unknown type 'persn'. Did you mean 'person'?"))
        // A Russian file: --russian names the term; an entry is found in any of its cases.
        let russian = try folder.write("mine-ru/kz.tsv", "russian\tenglish\ttype\nТокаев\tTokayev\tperson\n")
        #expect(run(["glossary", "add", russian, "--english", "Lavrov"])
                == (64, "", "workbench glossary: error: add needs --arabic (or --russian / --kazakh, for a Russian / Kazakh glossary) and --english\n"
                    + "usage: workbench glossary lint|find|stats|export|import|candidates|add|remove|set …\nSee 'workbench glossary --help'.\n"))
        #expect(run(["glossary", "add", russian, "--russian", "Лавров", "--english", "Lavrov", "--type", "person"])
                == (0, "\(russian): added 'Лавров' → Lavrov on line 3\n", ""))
        #expect(run(["glossary", "remove", russian, "Токаева"]) == (0, "\(russian): removed 'Токаев' → Tokayev (line 2)\n", ""))
        #expect(try String(contentsOfFile: russian, encoding: .utf8) == "russian\tenglish\ttype\nЛавров\tLavrov\tperson\n")
        // A Kazakh file likewise: the entry is found with a case ending (Тоқаевтың is Тоқаев).
        let kazakh = try folder.write("mine-kk/kz.tsv", "kazakh\tenglish\ttype\nТоқаев\tTokayev\tperson\n")
        #expect(run(["glossary", "add", kazakh, "--kazakh", "Нұртілеу", "--english", "Nurtleu", "--type", "person"])
                == (0, "\(kazakh): added 'Нұртілеу' → Nurtleu on line 3\n", ""))
        #expect(run(["glossary", "add", kazakh, "--kazakh", "Нұртілеудің", "--english", "Nurtileu"])
                == (1, "", "\(kazakh):4: error: conflict: 'Нұртілеудің' → Nurtileu, but line 3 has 'Нұртілеу' → Nurtleu, and 'Нұртілеудің' "
                    + "is one of its case forms; keep one English rendering\n1 error in \(kazakh)\n(nothing written; add --force to write it anyway)\n"))
        #expect(run(["glossary", "remove", kazakh, "Тоқаевтың"]) == (0, "\(kazakh): removed 'Тоқаев' → Tokayev (line 2)\n", ""))
        #expect(try String(contentsOfFile: kazakh, encoding: .utf8) == "kazakh\tenglish\ttype\nНұртілеу\tNurtleu\tperson\n")
        let headerless = try folder.write("mine-om/kz.tsv", "توكاييف\tTokayev\n")
        #expect(run(["glossary", "add", headerless, "--arabic", "x", "--english", "y"])
                == (1, "", "\(headerless): error: edits need a header line naming the columns (arabic, russian or kazakh, english, …)\n"))
        try folder.write("corpus/a.txt", "وقال السفير دانيار كوشيرباييف إن الزيارة مهمة.")
        try folder.write("corpus/b.txt", "والتقى كوشيرباييف بنظيره.")
        let candidates = run(["glossary", "candidates", "--glossary", glossaries, folder.path("corpus")], terminal: true)
        #expect(candidates.status == 0)
        #expect(candidates.out.hasPrefix("2 documents; 2 candidates (romanisations unverified)\n"))
        // With the role the article writes before the name, in the listing and in the TSV note.
        #expect(candidates.out.contains("→ Daniar Koshirbayev? — Ambassador\n"))
        let candidatesTSV = run(["glossary", "candidates", "--tsv", "--glossary", glossaries, folder.path("corpus")])
        #expect(candidatesTSV.out.contains("UNVERIFIED romanisation; seen 1 times; written as Ambassador"))
        #expect(candidates.err.contains("[1/2]"))
        // Russian documents: the surnames no glossary has, in any case, back in the nominative
        // with the given name (Ильхамом Алиевым), the surname alone counted as that person;
        // the TSV is a Russian glossary file, ready to check and merge.
        try folder.write("ru/a.txt", "Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Азербайджана Ильхамом Алиевым.\n"
            + "Министр иностранных дел Туркменистана Рашид Мередов встретился с Мурат Нуртлеу. Алиевым подписано соглашение.")
        let russianCandidates = run(["glossary", "candidates", "--language", "ru", "--tsv", "--glossary", glossaries, folder.path("ru")])
        #expect(russianCandidates.status == 0)
        #expect(russianCandidates.out == """
            # Candidates from 1 documents: check every English rendering
            russian\tenglish\ttype\tvariants\tnote
            Ильхам Алиев\tIlham Aliyev\tperson\t\tUNVERIFIED romanisation; seen 2 times; written as President of Azerbaijan
            Рашид Мередов\tRashid Meredov\tperson\t\tUNVERIFIED romanisation; seen 1 times; written as Foreign Minister of Turkmenistan

            """)
        // Without --language the documents' letters say Russian.
        #expect(run(["glossary", "candidates", "--tsv", "--glossary", glossaries, folder.path("ru")]).out == russianCandidates.out)
        #expect(run(["glossary", "lnt"]).err.hasPrefix("workbench glossary: error: unknown subcommand 'lnt'. Did you mean 'lint'?"))
        #expect(run(["glossary", "export", "--format", "tbz", glossaries]).err
                .hasPrefix("workbench glossary: error: unknown format 'tbz'. Did you mean 'tbx'?"))
    }

    @Test func anEmptyOrAllChromePageSaysSo() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("p.txt", "زر الذهاب إلى الأعلى\nSHARE:\n")
        #expect(run(["run", "--chain", chain, page])
                == (0, "Nothing to brief: no article text was found (the page may be all chrome, or empty).\n", ""))
        let empty = try folder.write("e.txt", "")
        #expect(run(["run", "--chain", chain, "--format", "markdown", empty]).out
                == "## e\n\n_Nothing to brief: no article text was found (the page may be all chrome, or empty)._\n")
    }

    @Test func glossaryInputsThatDoNotExistExitWith1() {
        #expect(run(["glossary", "lint", "/nonexistent"]) == (1, "", "/nonexistent: error: no such file or folder\n"))
        #expect(run(["glossary", "export", "--format", "deepl", "/nonexistent"]) == (1, "", "/nonexistent: error: no such file or folder\n"))
    }

    @Test func aMissingPhraseFileIsAChainError() throws {
        let folder = try TemporaryFolder()
        let chainFile = try folder.write("c.json", #"{ "version": 1, "chain": [ { "use": "boilerplate", "options": { "phrases": ["missing.txt"] } } ] }"#)
        #expect(run(["check", chainFile]) == (64, "", "\(chainFile): error: chain[0].options.phrases[0]: cannot read the phrase file "
            + "\(folder.path("missing.txt"))\n1 error in \(chainFile)\n"))
    }

    /// Steps that do not take a document's language leave it alone, and the run says so once
    /// at the end: a Ukrainian article through the main chain gets its sentences only. A
    /// Russian one gets its brief, from the Russian glossary the chain lists beside the Arabic ones.
    @Test func stepsThatDoNotTakeTheLanguageAreNotedOnce() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("ru.txt", "Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане.\nСтороны обсудили сотрудничество.")
        let feed = try folder.write("feed.jsonl", "{\"id\": \"a\", \"language\": \"uk\", \"text\": \"Токаєв відвідав Ташкент.\"}\n"
            + "{\"id\": \"b\", \"text\": \"زار توكاييف طشقند.\"}\n")
        let russian = run(["run", "--chain", chain, "--language", "ru", article])
        #expect(russian.status == 0 && russian.err == "")
        #expect(russian.out.hasPrefix("Headline (gist): Kassym-Jomart Tokayev (President of Kazakhstan); Astana\n"))
        let result = run(["run", "--chain", chain, "--language", "uk", article])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане.\n"))
        let note = "workbench: note: 'boilerplate', 'glossary', 'summarize' and 'brief' do not take 'uk' documents and left 1 document alone\n"
        #expect(result.err == note)
        let mixed = run(["run", "--chain", chain, "--format", "jsonl", feed])
        #expect(mixed.status == 0)
        #expect(mixed.out.split(separator: "\n").count == 2)
        #expect(mixed.err == note)
    }
}
