import Core
import Testing

/// Lines cut on bytes: LF and CRLF, blank lines counted, no phantom line after the last end.
@Suite struct TextLinesTests {
    func lines(_ text: String) -> [(Int, String)] {
        let bytes = Array(text.utf8)
        return TextLines(bytes).map { ($0.number, String(decoding: bytes[$0.range], as: UTF8.self)) }
    }

    @Test func crlfAndLfEndLinesAndBlankLinesKeepTheirNumbers() {
        let found = lines("توكاييف\r\n\nTokayev\r\r\nآخر")
        #expect(found.map(\.0) == [1, 2, 3, 4])
        #expect(found.map(\.1) == ["توكاييف", "", "Tokayev\r", "آخر"])
        #expect(lines("a\n").map(\.1) == ["a"])
        #expect(lines("").isEmpty)
        #expect(lines("\n\n").map(\.0) == [1, 2])
    }
}
