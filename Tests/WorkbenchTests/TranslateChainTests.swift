import Core
import Foundation
import Testing
import TestSupport
@testable import workbench

/// The translate step in whole chains, with `sed` as the engine: what a user of a command
/// engine sees on the command line.
struct TranslateChainTests {
    func run(_ arguments: [String], input: String = "", terminal: Bool = false) -> (status: Int32, out: String, err: String) {
        runCommandLine(arguments, input: input, terminal: terminal)
    }

    let chain = TestData.path("chains/translate.json")
    /// A stand-in engine: it "translates" by marking each line.
    let sed = ["--set", "translate.engine=command", "--set", #"translate.command=["sed", "s/^/EN: /"]"#]

    /// The shipped chains load offline: no engine is contacted before the first document.
    @Test func theShippedChainsLoadWithoutAnEngine() {
        let briefChain = TestData.path("chains/brief-translated.json")
        #expect(run(["check", briefChain]).out.hasPrefix("\(briefChain): OK, 6 steps\n"))
        let checked = run(["check", chain])
        #expect(checked.status == 0)
        #expect(checked.out.hasPrefix("\(chain): OK, 4 steps\n"))
        #expect(checked.out.contains("  [3] translate\n      languages: *   requires: sentence   produces: translation\n      engine = \"libretranslate\""))
    }

    @Test func theTranslationIsPrintedWithWhatTheCheckFound() {
        let result = run(["run", "--chain", chain] + sed,
                         input: "زر الذهاب إلى الأعلى\n\nقال الرئيس قاسم جومارت توكاييف إن العلاقات جيدة.\n\nوزار موسكو.")
        #expect(result.status == 0)
        #expect(result.out == """
            EN: قال الرئيس Kassym-Jomart Tokayev إن العلاقات جيدة.
              [check] glossary: "President" for الرئيس is missing
              [check] left untranslated: قال الرئيس إن

            EN: وزار Moscow.
              [check] left untranslated: وزار

            """)
    }

    /// With scope summary before the brief, the headline and each key point carry their translation.
    @Test func theBriefsPointsCarryTheirTranslation() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("brief.json", """
            {"version": 1, "chain": [{"use": "sentences"},
              {"use": "glossary", "options": {"files": ["\(TestData.path("glossaries/kazakhstan.tsv"))"]}},
              {"use": "summarize", "options": {"maxSentences": 1}},
              {"use": "translate", "options": {"engine": "command", "command": ["sed", "s/^/EN: /"], "scope": "summary"}},
              {"use": "brief"}]}
            """)
        let result = run(["run", "--chain", path], input: "وصل توكاييف إلى موسكو. وكان الطقس ماطرا.")
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("Headline (machine translation): EN: وصل Tokayev إلى Moscow.\n\n"))
        #expect(result.out.contains("""
            KEY POINTS
              1. وصل توكاييف إلى موسكو.
                 Translation (machine): EN: وصل Tokayev إلى Moscow.
                 [check] left untranslated: وصل إلى
                 Gist, not a translation: Tokayev; Moscow
            """))
    }

    @Test func aFailingEngineIsReportedPerDocumentAndAMissingOneBeforeAny() {
        let failing = run(["run", "--chain", chain, "--set", "translate.engine=command",
                           "--set", #"translate.command=["sh", "-c", "echo 'no model for ar' >&2; exit 3"]"#], input: "جملة.")
        #expect(failing.status == 1)
        #expect(failing.err == "<stdin>: error: step chain[3] 'translate' failed: command sh -c echo 'no model for ar' >&2; exit 3: "
            + "exited with status 3: no model for ar\n")
        let missing = run(["run", "--chain", chain, "--set", "translate.engine=command", "--set", #"translate.command=["no-such-mt"]"#],
                          input: "جملة.")
        #expect(missing.status == 64)
        #expect(missing.err.hasPrefix("\(chain): error: chain[3].options.command: 'no-such-mt' is not on PATH (or not executable)\n"))
    }

    /// An engine that is not there fails every document the same way: the run stops after
    /// the first ten instead of reporting thousands, unless failures are records (Spark).
    @Test func aRunWhoseFirstDocumentsAllFailTheSameWayStops() {
        let feed = (1...25).map { "{\"id\": \"d\($0)\", \"text\": \"جملة رقم \($0).\"}" }.joined(separator: "\n") + "\n"
        let arguments = ["run", "--chain", chain, "--set", "translate.engine=command", "--set", #"translate.command=["false"]"#,
                         "--input-format", "jsonl", "--jobs", "2"]
        let stopped = run(arguments, input: feed)
        #expect(stopped.status == 1)
        let lines = stopped.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 11)
        #expect(lines.first == "<stdin>:1: error: step chain[3] 'translate' failed: command false: exited with status 1")
        #expect(lines.last == "workbench run: stopping: the first 10 documents all failed at this step the same way; "
            + "fix the cause (is the engine running?) and run again")
        let records = run(arguments + ["--format", "jsonl", "--error-records"], input: feed)
        #expect(records.status == 0)
        #expect(records.out.split(separator: "\n").count == 25)
    }

    /// DeepL without its key in the environment: a chain error before any document.
    @Test func deepLWithoutItsKeyStopsBeforeAnyDocument() {
        guard ProcessInfo.processInfo.environment["DEEPL_AUTH_KEY"] == nil else { return }
        let result = run(["run", "--chain", chain, "--set", "translate.engine=deepl", TestData.seedPaths[0]])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err == "\(chain): error: chain[3].options: the environment variable DEEPL_AUTH_KEY with the API key is not set\n"
            + "1 error in \(chain)\n")
    }

    /// Every unusable option at once, with its key path, before any document.
    @Test func badTranslateOptionsAreListedTogether() {
        let result = run(["run", "--chain", chain, "--set", "translate.batchSize=0", "--set", "translate.url=ftp://x",
                          "--set", "translate.timeout=-1", "--set", #"translate.command=["x"]"#,
                          "--set", "translate.glossaryId=a b", TestData.seedPaths[0]])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err == """
            \(chain): error: chain[3].options.command: is only for engine 'command' (the engine is 'libretranslate')
            \(chain): error: chain[3].options.url: must start with http:// or https://; found 'ftp://x'
            \(chain): error: chain[3].options.batchSize: must be between 1 and 50 (DeepL's limit); found 0
            \(chain): error: chain[3].options.timeout: must be more than 0 seconds; found -1
            \(chain): error: chain[3].options.glossaryId: is only for engine 'deepl' (the engine is 'libretranslate')
            \(chain): error: chain[3].options.glossaryId: 'a b' is not a DeepL glossary id (letters, digits and -, as DeepL gives it)
            6 errors in \(chain)

            """)
    }
}
