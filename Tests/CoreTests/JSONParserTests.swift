import Core
import Testing
import TestSupport

struct JSONParserTests {
    @Test func parsesValuesInOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, -2.5, 3e2, true, null], "a": "توكاييف \u0041\n", "c": {}}"#)
        #expect(value == ["b": [1, -2.5, 300.0, true, nil], "a": "توكاييف A\n", "c": .object([:])])
        #expect(value.objectValue?.keys == ["b", "a", "c"])
    }

    @Test func surrogatePairsAndByteOrderMark() throws {
        #expect(try JSONParser.parse("\u{FEFF}\"\\ud83d\\ude00\"") == "😀")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#""\ud83d""#) }
    }

    @Test(arguments: [
        ("{\"a\": 01}", "1:7: numbers do not take leading zeros"),
        ("\"line\nbreak\"", "1:6: unterminated string (a line break inside a string must be written \\n)"),
        ("\"\\q\"", "1:3: unknown escape '\\q' in a string"),
        ("[1] [2]", "1:5: unexpected '[' after the end of the JSON value"),
        ("{\"a\" 1}", "1:6: expected ':' after the key \"a\""),
        ("tru", "1:1: unexpected 't'; expected a value"),
        ("1e999", "1:1: the number 1e999 is out of range"),
        ("{\n  \"k\": ,\n}", "2:8: unexpected ','; expected a value"),
    ])
    func errorsHaveLineAndColumn(text: String, expected: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        do { _ = try JSONParser.parse(text) } catch { #expect(error.description == expected) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        do {
            _ = try JSONParser.parse(deep)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "nesting deeper than 200 levels")
        }
    }

    /// The parser is total: arbitrary bytes give a value or an error, never a trap or a hang.
    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("{}[]\",:0123456789-+.eEtrufalsn \\/*\n\u{0}ا".utf8)
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = try? JSONParser.parse(bytes: bytes)
        }
    }

    @Test func writerRoundTripsAndKeepsArabicAndSlashes() throws {
        let value: JSONValue = ["text": "وتوكاييف \"قال\"\n/\u{1}", "n": 0.1, "i": -3, "big": 1e20, "list": [true, nil]]
        let written = JSONWriter.string(value)
        #expect(written == #"{"text":"وتوكاييف \"قال\"\n/\u0001","n":0.1,"i":-3,"big":1e+20,"list":[true,null]}"#)
        #expect(try JSONParser.parse(written) == value)
    }

    /// Strings are read and written a run at a time between escapes: escapes at the start, the
    /// end and side by side, diacritics and tatweel inside runs, and an invalid byte (U+FFFD),
    /// come out as scalar-by-scalar reading gave them.
    @Test func stringsWithEscapesBetweenRuns() throws {
        let bytes = Array(#"["\n\"تـوكَاييف\\\t", "ab"#.utf8) + [0xFF] + Array(#"c\u0627", ""]"#.utf8)
        let value = try JSONParser.parse(bytes: bytes)
        #expect(value == ["\n\"تـوكَاييف\\\t", "ab\u{FFFD}cا", ""])
        #expect(JSONWriter.string(value) == "[\"\\n\\\"تـوكَاييف\\\\\\t\",\"ab\u{FFFD}cا\",\"\"]")
    }
}
