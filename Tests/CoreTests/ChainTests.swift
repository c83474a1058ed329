import Core
import Testing

struct ChainTests {
    func chain(_ steps: String) throws -> Chain {
        try ChainLoader.load(text: "{ \"version\": 1, \"chain\": [ \(steps) ] }", file: "t.json", registry: TestPlugins.registry)
    }

    @Test func runAddsAnnotationsWithProducerAndProvenance() throws {
        let chain = try chain(#"{ "use": "line-sentences" }, { "use": "pick-sentences", "name": "top", "options": { "maxSentences": 1 } }"#)
        let source = "قال توكاييف.\nوأضاف الرئيس."
        let document = try chain.run(Document(id: "d", language: "ar", source: source))
        #expect(document.source == source)
        #expect(document.annotations.map(\.kind) == ["sentence", "sentence", "summary"])
        #expect(document.annotations.map(\.producer) == ["line-sentences", "line-sentences", "top"])
        #expect(document.text(of: document.annotations[2].range) == "قال توكاييف.")
        #expect(document.steps == [
            StepRecord(index: 0, plugin: "line-sentences", name: "line-sentences", outcome: .ran, added: 2),
            StepRecord(index: 1, plugin: "pick-sentences", name: "top", outcome: .ran, added: 1),
        ])
    }

    @Test func effectiveOptionsIncludeDefaults() throws {
        let chain = try chain(#"{ "use": "line-sentences" }, { "use": "pick-sentences", "options": { "method": "graph" } }"#)
        #expect(chain.steps[1].options == ["maxSentences": 3, "method": "graph", "ratio": 0])
    }

    @Test func stepsSkipDocumentsInLanguagesTheyDoNotHandle() throws {
        let chain = try chain(#"{ "use": "mark-words" }"#)
        let russian = try chain.run(Document(id: "r", language: "ru", source: "Токаев встретился"))
        #expect(russian.annotations.isEmpty)
        #expect(russian.steps.map(\.outcome) == [.skippedLanguage])
        let arabic = try chain.run(Document(id: "a", language: "ar-KZ", source: "التقى توكاييف"))
        #expect(arabic.annotations.count == 2)
    }

    @Test func failuresNameTheDocumentTheStepAndThePlugin() throws {
        let chain = try chain(#"{ "use": "line-sentences" }, { "use": "fail-on-marker", "name": "guard" }"#)
        #expect(throws: ProcessingError.self) { try chain.run(Document(id: "bad", language: "ar", source: "FAIL")) }
        do {
            _ = try chain.run(Document(id: "bad", language: "ar", source: "FAIL"))
        } catch {
            #expect(error.documentID == "bad")
            #expect(error.description == "step chain[1] 'guard' (plugin fail-on-marker) failed: found the FAIL marker")
        }
    }

    @Test func annotationsOutsideTheSourceAreRejected() throws {
        let chain = try chain(#"{ "use": "out-of-range" }"#)
        do {
            _ = try chain.run(Document(id: "d", language: "ar", source: "نص"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "step chain[0] 'out-of-range' failed: produced a 'bug' annotation [0, 3) "
                + "outside the source, which has 2 scalars")
        }
    }

    @Test func relativeResourcePathsResolveAgainstTheChainFolder() {
        let context = ProcessorContext(baseDirectory: "chains")
        #expect(context.resolve("../glossaries/kz.tsv") == "chains/../glossaries/kz.tsv")
        #expect(context.resolve("/abs/kz.tsv") == "/abs/kz.tsv")
        #expect(ProcessorContext(baseDirectory: ".").resolve("kz.tsv") == "kz.tsv")
    }
}
