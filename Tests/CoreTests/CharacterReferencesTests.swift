import Core
import Testing

struct CharacterReferencesTests {
    func match(_ text: String) -> (length: Int, value: UInt32)? {
        CharacterReferences.match(in: Array(text.utf8), at: 0)
    }

    @Test(arguments: [
        ("&quot;الخطوط", 6, 0x22), ("&#39;سيناء", 5, 0x27), ("&#8220;واي", 7, 0x201C), ("&#x201D;", 8, 0x201D),
        ("&#X201d;", 8, 0x201D), ("&nbsp;", 6, 0xA0), ("&ndash; ", 7, 0x2013), ("&hellip;", 8, 0x2026),
        ("&amp;quot;", 5, 0x26), ("&#x10FFFF;", 10, 0x10FFFF), ("&#1575;", 7, 0x0627),
    ] as [(String, Int, UInt32)])
    func readsAReference(text: String, length: Int, value: UInt32) throws {
        let found = try #require(match(text))
        #expect(found.length == length)
        #expect(found.value == value)
    }

    /// Text that only looks like a reference stays text: no `;`, a name this table does not
    /// know, a number no text holds (NUL, a surrogate, past U+10FFFF, a C1 control), too long.
    @Test(arguments: ["AT&T", "&quot", "&quot ;", "&foo;", "&#;", "&#x;", "&#0;", "&#xD800;", "&#x110000;",
                      "&#150;", "&#0000000039;", "&averyverylongname;", "&;", "& quot;", "&#12a;", "&Quot;", "quot;"])
    func leavesTextThatIsNotAReference(text: String) {
        #expect(match(text) == nil)
    }

    @Test func findsTheReferenceAClosingSemicolonEnds() {
        let values = "اختبار &quot;الوعي&quot;؛ جملة; أخرى".unicodeScalars.map(\.value)
        let semicolons = values.indices.filter { values[$0] == 0x3B }
        #expect(semicolons.count == 3)
        #expect(CharacterReferences.ending(in: values, at: semicolons[0]) == 7..<13)
        #expect(CharacterReferences.ending(in: values, at: semicolons[1]) == 18..<24)
        #expect(CharacterReferences.ending(in: values, at: semicolons[2]) == nil)
        #expect(CharacterReferences.ending(in: values, at: 0) == nil)
    }

    @Test func decodesAsThePageShowedIt() {
        #expect(CharacterReferences.decoded("&quot;الخطوط&quot; تضيف &quot;3058&quot; مقعداً") == "\"الخطوط\" تضيف \"3058\" مقعداً")
        #expect(CharacterReferences.decoded("مصر تمدد حالة الطوارئ في شمال &#39;سيناء&#39;") == "مصر تمدد حالة الطوارئ في شمال 'سيناء'")
        #expect(CharacterReferences.decoded("كوبا.. إطلاق &#8220;واي-فاي&#8221; عام") == "كوبا.. إطلاق “واي-فاي” عام")
        // Decoded once: a doubly escaped reference shows its first level, as the browser did.
        #expect(CharacterReferences.decoded("AT&T &amp;quot; &quot") == "AT&T &quot; &quot")
    }

    @Test func viewMapsEachCharacterBackToTheSource() throws {
        let source = "أ&quot;ب&#39;ج".unicodeScalars.map(\.value)
        let view = try #require(CharacterReferences.view(of: source))
        #expect(view.values == "أ\"ب'ج".unicodeScalars.map(\.value))
        #expect(view.sourceOffsets == [0, 1, 7, 8, 13, 14])
        #expect(CharacterReferences.view(of: "AT&T بلا مراجع".unicodeScalars.map(\.value)) == nil)
    }

    /// Random runs of what references are made of never crash, and the view agrees with the
    /// decoder: its values are the decoded text, its offsets rise and end at the source's length.
    @Test func randomInputGivesAConsistentView() {
        let pieces = ["&", "#", "x", ";", "quot", "amp", "nbsp", "3", "9", "F", "ب", " ", "&#", "&quot;", "\n"]
        var state: UInt64 = 2026
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(state % 24) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let source = text.unicodeScalars.map(\.value)
            let decoded = CharacterReferences.decoded(Array(text.unicodeScalars)).map(\.value)
            guard let view = CharacterReferences.view(of: source) else {
                #expect(decoded == source)
                continue
            }
            #expect(view.values == decoded)
            #expect(view.sourceOffsets.count == view.values.count + 1)
            #expect(view.sourceOffsets.last == source.count)
            #expect(zip(view.sourceOffsets, view.sourceOffsets.dropFirst()).allSatisfy { $0 < $1 })
        }
    }
}
