import Core
import Foundation
import Testing

struct LineReaderTests {
    /// A reader over `bytes` that hands them out `size` bytes at a time, as a pipe does.
    func reader(_ bytes: [UInt8], chunk size: Int) -> LineReader {
        var offset = 0
        return LineReader(readChunk: {
            defer { offset += size }
            return offset < bytes.count ? Array(bytes[offset..<min(bytes.count, offset + size)]) : []
        })
    }

    func lines(_ bytes: [UInt8], chunk size: Int) -> [String] {
        var reader = reader(bytes, chunk: size)
        var lines: [String] = []
        while let line = reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// Arabic with diacritics and tatweel is two bytes a letter: every chunk size cuts some
    /// letter or some `\r\n` in two, and the lines must come out whole all the same.
    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 16])
    func linesComeOutWholeWhateverTheChunkSize(size: Int) {
        let text = "{\"text\":\"قاسمُ جومارت توكايـيف\"}\r\n\n{\"text\":\"Tokayev في أستانا\"}\nآخر سطر بلا نهاية"
        #expect(lines(Array(text.utf8), chunk: size) == [
            "{\"text\":\"قاسمُ جومارت توكايـيف\"}", "", "{\"text\":\"Tokayev في أستانا\"}", "آخر سطر بلا نهاية",
        ])
    }

    @Test func numbersLinesAndEndsCleanly() {
        var lines = reader(Array("a\nb\n".utf8), chunk: 1)
        #expect(lines.next() == Array("a".utf8))
        #expect(lines.lineNumber == 1)
        #expect(lines.next() == Array("b".utf8))
        #expect(lines.lineNumber == 2)
        #expect(lines.next() == nil)
        #expect(lines.next() == nil)
        #expect(self.lines([], chunk: 4).isEmpty)
        #expect(self.lines(Array("\r\n".utf8), chunk: 4) == [""])
    }

    @Test func readsAFileAndSaysWhyItCannot() throws {
        let path = NSTemporaryDirectory() + "workbench-lines-\(UUID().uuidString).jsonl"
        try Data("أ\nب".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines = try LineFile(path: path).lines(chunkSize: 3)
        #expect(lines.next().map { String(decoding: $0, as: UTF8.self) } == "أ")
        #expect(lines.next().map { String(decoding: $0, as: UTF8.self) } == "ب")
        #expect(lines.next() == nil)
        #expect(throws: LineFile.OpenFailure.self) { try LineFile(path: path + ".missing") }
        do {
            _ = try LineFile(path: path + ".missing")
        } catch {
            #expect(error.description == "no such file")
        }
    }
}
