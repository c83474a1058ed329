import Core
import Foundation
@testable import Plugins
import Testing
import TestSupport

/// The translate step against canned engine answers: no test calls a real service.
@Suite struct MachineTranslatorTests {
    /// What a fake server received, and what it answers.
    final class FakeServer: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [(Int, String)]
        private(set) var requests: [(url: String, headers: [String: String], body: JSONObject)] = []

        init(_ answers: [(Int, String)]) { self.answers = answers }

        var transport: HTTPTransport {
            HTTPTransport { url, headers, body, _ in
                self.lock.withLock {
                    self.requests.append((url.absoluteString, headers, (try? JSONParser.parse(bytes: body))?.objectValue ?? [:]))
                    let (status, text) = self.answers.isEmpty ? (500, "{}") : self.answers.removeFirst()
                    return (status, Array(text.utf8))
                }
            }
        }
    }

    static func options(_ object: JSONObject) throws -> MachineTranslator.Options {
        try JSONDecoder().decode(MachineTranslator.Options.self, from: Data(JSONWriter.string(.object(object)).utf8))
    }

    /// A seed-like article run through boilerplate, sentences and the Kazakhstan glossary, then
    /// the translate step with `options` over `server`.
    func translate(_ source: String, options: JSONObject, server: FakeServer,
                   environment: [String: String] = [:]) throws -> Document {
        var document = try run([("boilerplate", [:]), ("sentences", [:]),
                                ("glossary", ["files": ["glossaries/kazakhstan.tsv", "glossaries/diplomacy.tsv"]])], source)
        let decoded = try Self.options(options)
        let step = try MachineTranslator(options: decoded, context: ProcessorContext(baseDirectory: TestData.root.path),
                                         transport: server.transport, environment: environment)
        document.annotations += try step.annotate(document)
        return document
    }

    func english(_ document: Document) -> [String] {
        document.annotations(ofKind: "translation").compactMap { $0.data["english"]?.stringValue }
    }

    func issues(_ document: Document) -> [[String]] {
        document.annotations(ofKind: "translation").map { ($0.data["issues"]?.arrayValue ?? []).compactMap(\.stringValue) }
    }

    let article = "قال الرئيسُ قاسم جومارت توكاييف إن العلاقات مع أوزبكستان جيدة.\nوأكد لتوكاييف أن التعاون سيتوسع."

    /// LibreTranslate gets the batch as one `q` array, the names already in English; the
    /// answer's terms are checked: "President" is there, the second sentence lost "Tokayev".
    @Test func libreTranslateGetsTheNamesInEnglishAndTheAnswerIsChecked() throws {
        let server = FakeServer([(200, #"{"translatedText": ["President Kassym-Jomart Tokayev said relations with Uzbekistan are good.", "He assured him that cooperation will expand."]}"#)])
        let document = try translate(article, options: [:], server: server)
        #expect(server.requests.count == 1)
        #expect(server.requests[0].url == "http://localhost:5000/translate")
        #expect(server.requests[0].body["q"] == ["قال الرئيسُ Kassym-Jomart Tokayev إن العلاقات مع Uzbekistan جيدة.",
                                                "وأكد ل Tokayev أن التعاون سيتوسع."])
        #expect(server.requests[0].body["source"] == "ar")
        #expect(server.requests[0].body["target"] == "en")
        #expect(english(document) == ["President Kassym-Jomart Tokayev said relations with Uzbekistan are good.",
                                      "He assured him that cooperation will expand."])
        #expect(issues(document) == [[], [#"glossary: "Tokayev" for لتوكاييف is missing"#]])
        #expect(document.annotations(ofKind: "translation").first?.data["engine"] == "libretranslate at http://localhost:5000/translate")
    }

    @Test func theCheckAllowsCaseAndPluralAndFindsArabicLeftOver() {
        let terms = [GlossaryHint(source: "الرئيس", english: "President"), GlossaryHint(source: "توكاييف", english: "Tokayev")]
        #expect(TermCheck.problems("the president met Tokayev's guests", terms: terms) == [])
        #expect(TermCheck.problems("Presidents and TOKAYEV", terms: terms) == [])
        #expect(TermCheck.problems("The presidential palace of Tokayevich", terms: terms) == [
            #"glossary: "President" for الرئيس is missing"#, #"glossary: "Tokayev" for توكاييف is missing"#,
        ])
        #expect(TermCheck.problems("President Tokayev قال ذلك", terms: terms) == ["left untranslated: قال ذلك"])
        // A nisba adjective may come out as its place.
        let uzbek = [GlossaryHint(source: "الأوزبكي", english: "Uzbek", alternatives: ["Uzbekistan"])]
        #expect(TermCheck.problems("Uzbekistan's foreign minister", terms: uzbek) == [])
        #expect(TermCheck.problems("the Uzbek minister", terms: uzbek) == [])
        #expect(TermCheck.problems("the minister", terms: uzbek) == [#"glossary: "Uzbek" for الأوزبكي is missing"#])
    }

    /// A chat server gets one sentence per request with the glossary's renderings in the
    /// instructions and the key from the environment; a reasoning model's thinking is dropped.
    @Test func aChatServerGetsTheTermsAndItsThinkingIsDropped() throws {
        let server = FakeServer([
            (200, #"{"choices": [{"message": {"role": "assistant", "content": "<think>names first</think>\nPresident Tokayev said relations with Uzbekistan are good."}, "finish_reason": "stop"}]}"#),
            (200, #"{"choices": [{"message": {"content": "He stressed to Tokayev that cooperation will grow."}}]}"#),
        ])
        let document = try translate(article, options: ["engine": "openai", "url": "http://127.0.0.1:8080/v1", "model": "qwen",
                                                        "apiKeyVariable": "LLM_KEY", "protect": "none"],
                                     server: server, environment: ["LLM_KEY": "secret"])
        #expect(server.requests.map(\.url) == ["http://127.0.0.1:8080/v1/chat/completions", "http://127.0.0.1:8080/v1/chat/completions"])
        #expect(server.requests[0].headers["Authorization"] == "Bearer secret")
        #expect(server.requests[0].body["model"] == "qwen")
        let messages = server.requests[0].body["messages"]?.arrayValue ?? []
        #expect(messages.first?["content"]?.stringValue == "Translate the user's Arabic text into English. Reply with the translation only, "
            + "in one paragraph, without notes. Keep words already written in English as they are. Render these terms exactly so: "
            + "الرئيسُ = President; قاسم جومارت توكاييف = Kassym-Jomart Tokayev; أوزبكستان = Uzbekistan.")
        #expect(messages.last?["content"]?.stringValue == "قال الرئيسُ قاسم جومارت توكاييف إن العلاقات مع أوزبكستان جيدة.")
        #expect(english(document) == ["President Tokayev said relations with Uzbekistan are good.",
                                      "He stressed to Tokayev that cooperation will grow."])
        // With the names protected, the instructions list only what is still in Arabic.
        let protected = FakeServer([(200, #"{"choices": [{"message": {"content": "Said."}}]}"#)])
        _ = try translate("قال الرئيسُ توكاييف.", options: ["engine": "openai"], server: protected)
        #expect(protected.requests[0].body["messages"]?.arrayValue?.first?["content"]?.stringValue?.hasSuffix(
            "Render these terms exactly so: الرئيسُ = President.") == true)
        #expect(issues(document) == [[#"glossary: "Kassym-Jomart Tokayev" for قاسم جومارت توكاييف is missing"#], []])
    }

    @Test func deepLGetsItsCodesAndTheKeyInTheHeader() throws {
        let server = FakeServer([(200, #"{"translations": [{"detected_source_language": "AR", "text": "One."}, {"text": "Two."}]}"#)])
        let document = try translate("جملة أولى.\nجملة ثانية.", options: ["engine": "deepl"], server: server,
                                     environment: ["DEEPL_AUTH_KEY": "k:fx"])
        #expect(server.requests[0].url == "https://api-free.deepl.com/v2/translate")
        #expect(server.requests[0].headers["Authorization"] == "DeepL-Auth-Key k:fx")
        #expect(server.requests[0].body["source_lang"] == "AR")
        #expect(server.requests[0].body["target_lang"] == "EN-US")
        #expect(english(document) == ["One.", "Two."])
        #expect(server.requests[0].body["glossary_id"] == nil)
        // With a DeepL glossary named, every request carries it.
        let withGlossary = FakeServer([(200, #"{"translations": [{"text": "One."}]}"#)])
        _ = try translate("جملة أولى.", options: ["engine": "deepl", "glossaryId": "def3a26b-3e84-45b3-84ae-0c0aaf3525f7"],
                          server: withGlossary, environment: ["DEEPL_AUTH_KEY": "k:fx"])
        #expect(withGlossary.requests[0].body["glossary_id"] == "def3a26b-3e84-45b3-84ae-0c0aaf3525f7")
        #expect(withGlossary.requests[0].body["source_lang"] == "AR")
        // Without the key: a setup error before any document, naming the variable.
        #expect(throws: OptionProblem(key: nil, "the environment variable DEEPL_AUTH_KEY with the API key is not set")) {
            try translate("جملة.", options: ["engine": "deepl"], server: server)
        }
    }

    /// Every error shape the engines use gives its message; 429 and 5xx are tried again.
    @Test(arguments: [
        (400, #"{"error": "Invalid request: unsupported language"}"#, "HTTP 400: Invalid request: unsupported language"),
        (404, #"{"error": {"code": 404, "message": "model 'x' not found", "type": "not_found_error"}}"#,
         "HTTP 404: model 'x' not found (check the url, and the model name for a chat engine)"),
        (400, #"{"object": "error", "message": "bad", "type": "BadRequestError"}"#, "HTTP 400: bad"),
        (456, #"{"message": "Quota exceeded", "detail": "monthly"}"#, "HTTP 456: Quota exceeded: monthly (the account's quota is used up)"),
        (403, "<html>Forbidden</html>", "HTTP 403: <html>Forbidden</html> (check the API key: its environment variable, 'apiKeyVariable')"),
        (200, #"{"translatedText": ["only one"]}"#, "sent 2 sentences, got 1 translations back"),
        (200, "not json", "the answer is not a JSON object: not json"),
    ])
    func engineErrorsSayWhatTheServerSaid(status: Int, body: String, expected: String) throws {
        let server = FakeServer([(status, body)])
        #expect(throws: EngineFailure("libretranslate at http://localhost:5000/translate: " + expected)) {
            try translate("جملة أولى.\nجملة ثانية.", options: ["retries": 0], server: server)
        }
    }

    @Test func aBusyServerIsTriedAgain() throws {
        let server = FakeServer([(429, #"{"error": "Slowdown: 10 per minute"}"#), (200, #"{"translatedText": ["Fine."]}"#)])
        let document = try translate("جملة.", options: ["retries": 1], server: server)
        #expect(english(document) == ["Fine."])
        #expect(server.requests.count == 2)
        let failing = FakeServer([(503, "{}"), (503, #"{"error": "Loading model"}"#)])
        #expect(throws: EngineFailure("libretranslate at http://localhost:5000/translate: HTTP 503: Loading model (after 2 tries)", retryable: true)) {
            try translate("جملة.", options: ["retries": 1], server: failing)
        }
    }

    /// With scope summary only the summary's sentences go out; page chrome never does.
    @Test func onlyTheSummaryAndNeverChrome() throws {
        let source = "زر الذهاب إلى الأعلى\n\n" + article + "\nوكان الطقس ماطرا في ذلك اليوم."
        var document = try run([("boilerplate", [:]), ("sentences", [:]), ("summarize", ["maxSentences": 1])], source)
        let server = FakeServer([(200, #"{"translatedText": ["Tokayev said so."]}"#)])
        let step = try MachineTranslator(options: try Self.options(["scope": "summary"]),
                                         context: ProcessorContext(), transport: server.transport, environment: [:])
        document.annotations += try step.annotate(document)
        #expect(server.requests.count == 1)
        #expect(server.requests[0].body["q"] == ["قال الرئيسُ قاسم جومارت توكاييف إن العلاقات مع أوزبكستان جيدة."])
        let all = FakeServer([(200, #"{"translatedText": ["a", "b", "c"]}"#)])
        _ = try translate(source, options: [:], server: all)
        #expect((all.requests[0].body["q"]?.arrayValue ?? []).count == 3)
    }

    /// The real URLSession: a closed port says so at once (not retried: every document would wait).
    @Test func anEngineThatIsNotRunningIsReportedClearly() throws {
        let step = try MachineTranslator(options: try Self.options(["url": "http://127.0.0.1:9", "timeout": 5]),
                                         context: ProcessorContext())
        let document = try run([("sentences", [:])], "جملة.")
        #expect(throws: EngineFailure("libretranslate at http://127.0.0.1:9/translate: cannot connect (is the server running, and is the url right?)")) {
            try step.annotate(document)
        }
    }
}
