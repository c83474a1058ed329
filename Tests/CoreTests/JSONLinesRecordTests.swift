import Core
import Testing

struct JSONLinesRecordTests {
    func read(_ line: String, language: String = "ar") -> Result<Document, JSONLinesRecord.Failure>? {
        JSONLinesRecord.document(Array(line.utf8), fallbackID: "feed:7", language: language)
    }

    @Test func aRecordIsItsTitleAndTextWithItsIdAndLanguage() throws {
        let document = try #require(read(#"{"id": "snn-1", "title": "توكاييف يزور موسكو", "text": "وصل الرئيسُ قاسم جومارت توكاييف.", "url": "https://example.com/a"}"#)).get()
        #expect(document.id == "snn-1")
        #expect(document.language == "ar")
        #expect(document.source == "توكاييف يزور موسكو\n\nوصل الرئيسُ قاسم جومارت توكاييف.")
        // Scrapers name the field otherwise; a number is an id too; the record's language wins.
        let other = try #require(read(#"{"id": 42, "content": "Токаев прибыл в Москву.", "language": "ru"}"#)).get()
        #expect((other.id, other.language, other.source) == ("42", "ru", "Токаев прибыл в Москву."))
        // No id: the input's name and the line, which are unique in a run.
        let anonymous = try #require(read(#"{"body": "نص", "title": ""}"#)).get()
        #expect((anonymous.id, anonymous.source) == ("feed:7", "نص"))
    }

    /// A file saved with a byte-order mark has it before its first record.
    @Test func aByteOrderMarkBeforeTheFirstRecordIsDropped() throws {
        let line: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": "a", "text": "نص"}"#.utf8)
        let document = try #require(JSONLinesRecord.document(line, fallbackID: "x", language: "ar")).get()
        #expect((document.id, document.source) == ("a", "نص"))
    }

    @Test func blankLinesAreSkipped() {
        #expect(read("") == nil)
        #expect(read(" \t\r") == nil)
    }

    @Test(arguments: [
        ("[1, 2]", #"each line must be a JSON object with a "text" field; found an array"#),
        (#"{"text": "نص""#, "not a JSON object: column 14: unexpected end of input; expected ',' or '}'"),
        (#"{"text": 5}"#, #""text" is an integer; it must be a string (the article's text)"#),
        (#"{"title": "عنوان", "url": "u"}"#, #"no "text" field (nor "content" or "body") with the article; the fields are "title", "url""#),
        ("{}", #"no "text" field (nor "content" or "body") with the article; the object is empty"#),
        (#"{"text": "نص", "title": ["a"]}"#, #""title" is an array; it must be a string"#),
        (#"{"text": "نص", "id": 1.5}"#, #""id" is a number; it must be a string or a whole number"#),
        (#"{"text": "نص", "language": "ar_EG"}"#, #""language" must be a language tag such as "ar", "ru" or "kk""#),
        (#"{"text": "نص", "text": "مكرر"}"#, #"not a JSON object: column 16: duplicate key "text" in one object"#),
    ])
    func badLinesSayWhatIsWrong(line: String, expected: String) {
        switch read(line) {
        case .failure(let failure)?: #expect(failure.message == expected)
        default: Issue.record("expected a failure for \(line)")
        }
    }

    @Test func invalidUTF8IsReportedWithItsOffset() {
        let line: [UInt8] = Array(#"{"text": ""#.utf8) + [0xC7] + Array(#""}"#.utf8)
        switch JSONLinesRecord.document(line, fallbackID: "x", language: "ar") {
        case .failure(let failure)?: #expect(failure.message == "not UTF-8 text: invalid byte 0xC7 (byte offset 10 in the line); convert the file to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)")
        default: Issue.record("expected a failure")
        }
    }
}
