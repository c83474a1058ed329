import Core
import Testing
import TestSupport

struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let document = Document(id: "t", language: "ar", source: text)
        return Tokenizer.tokens(in: text).map { document.text(of: $0.start..<$0.end) }
    }

    @Test(arguments: [
        // Clitics stay on the word (the glossary matcher strips them); diacritics stay inside.
        ("وتوكاييف لتوكاييف", ["وتوكاييف", "لتوكاييف"]),
        ("جزءًا حاليًا.", ["جزءًا", "حاليًا"]),
        // Script changes split: tatweel-joined preposition before Latin, Latin in brackets.
        ("لـCICA (KAZ-AID)", ["لـ", "CICA", "KAZ", "AID"]),
        ("الـ29 مجالاً", ["الـ", "29", "مجالاً"]),
        // Numbers keep inner separators; a range is two numbers.
        ("10.5 و1,000 و٣٫٥ 10-11", ["10.5", "و", "1,000", "و", "٣٫٥", "10", "11"]),
        ("عام 2010.", ["عام", "2010"]),
        // Slashes, quotes and Arabic punctuation separate.
        ("أبريل/نيسان «سي 5+1»؟", ["أبريل", "نيسان", "سي", "5", "1"]),
        // A zero-width non-joiner inside a word does not split it; Cyrillic is a script too.
        ("توكا\u{200C}ييف Токаев", ["توكا\u{200C}ييف", "Токаев"]),
        // CRLF and a byte-order mark are separators.
        ("\u{FEFF}سطر\r\nسطر", ["سطر", "سطر"]),
        // An HTML character reference a scraper left separates as a whole (SaudiNewsNet's Sabq
        // headlines); an ampersand that starts none is punctuation.
        ("&quot;الخطوط&quot; AT&T &#39;سيناء&#39; &#8220;2015&#8221;", ["الخطوط", "AT", "T", "سيناء", "2015"]),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func offsetsAreScalarsAndBytes() {
        let tokens = Tokenizer.tokens(in: "تُو ok")
        #expect(tokens.map(\.start) == [0, 4])
        #expect(tokens.map(\.end) == [3, 6])
        #expect(tokens.map(\.byteStart) == [0, 7])
        #expect(tokens.map(\.byteEnd) == [6, 9])
        #expect(tokens.map(\.kind) == [.arabic, .letters])
    }

    /// On every seed, each token's text round-trips through its byte and scalar ranges.
    @Test func seedTokensAgreeInBothUnits() throws {
        for path in TestData.seedPaths {
            let text = try TestData.read(path)
            let bytes = Array(text.utf8)
            let document = Document(id: "s", language: "ar", source: text)
            let tokens = Tokenizer.tokens(in: text)
            #expect(tokens.count > 300)
            for token in tokens.prefix(500) {
                let fromBytes = String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
                #expect(fromBytes == document.text(of: token.start..<token.end))
            }
        }
    }
}
