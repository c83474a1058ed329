import Core
import Testing

struct DocumentJSONTests {
    @Test func theShapeIsExactAndStable() {
        var document = Document(id: "000", language: "ar", source: "قال. ثم")
        document.annotations = [Annotation(kind: "sentence", start: 0, end: 4, producer: "sentences", data: ["paragraph": 0])]
        document.steps = [StepRecord(index: 0, plugin: "sentences", name: "sentences", outcome: .ran, added: 1)]
        #expect(DocumentJSON.line(document, text: "قال.\n") == """
            {"id":"000","language":"ar","source":"قال. ثم","text":"قال.\\n",\
            "annotations":[{"kind":"sentence","start":0,"end":4,"producer":"sentences","data":{"paragraph":0}}],\
            "steps":[{"index":0,"plugin":"sentences","name":"sentences","outcome":"ran","added":1}]}
            """)
    }

    @Test func textRendererDropsBoilerplateAndPrintsSentencesPerLine() {
        var document = Document(id: "d", language: "ar", source: "عنوان\n\nجملة أولى. جملة\nثانية.\n\nزر الذهاب إلى الأعلى")
        #expect(TextRenderer.render(document) == document.source)
        document.annotations = [
            Annotation(kind: "boilerplate", start: 31, end: 51),
            Annotation(kind: "sentence", start: 0, end: 5, data: ["paragraph": 0]),
            Annotation(kind: "sentence", start: 7, end: 17, data: ["paragraph": 1]),
            Annotation(kind: "sentence", start: 18, end: 29, data: ["paragraph": 1]),
            Annotation(kind: "sentence", start: 31, end: 51, data: ["paragraph": 2]),
        ]
        #expect(document.text(of: 31..<51) == "زر الذهاب إلى الأعلى")
        #expect(TextRenderer.render(document) == "عنوان\n\nجملة أولى.\nجملة ثانية.\n")
    }
}
