import Core
import Foundation
@testable import Plugins
import Testing
import TestSupport

/// Every parser that reads a user's file is total: random input of the characters that matter
/// to it (separators, quotes, markup, Arabic, line breaks, stray bytes) gives a result or a
/// list of errors, never a crash or a hang.
@Suite struct ParserTotalityTests {
    static let alphabet: [String] = ["\t", "\n", "\r\n", " ", ",", "\"", "|", "=", "#", "<", ">", "/", "&", ";", ":",
                                     "ت", "و", "ك", "ا", "ي", "ي", "ف", "ـ", "َ", "қ", "Ж", "\u{FEFF}", "\u{7}", "a", "Z", "1",
                                     "arabic", "english", "type", "person", "documents", "7", "line", "start", "tail", "notice",
                                     "<tbx>", "</tbx>", "<conceptEntry id=\"a\">", "</conceptEntry>", "<langSec xml:lang=\"ar\">",
                                     "</langSec>", "<termSec>", "</termSec>", "<term>", "</term>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;"]

    static func random(_ generator: inout SplitMix64, length: Int) -> String {
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }

    @Test func everyParserReturnsOnRandomInput() {
        var generator = SplitMix64(seed: 2026)
        for round in 0..<1500 {
            let text = Self.random(&generator, length: Int(generator.next() % 60))
            let bytes = Array(text.utf8) + (round % 7 == 0 ? [0xFF, 0xC3] : [])
            _ = GlossaryFileParser.parse(bytes, displayName: "g.tsv", fileName: "g.tsv")
            _ = ChromePhraseParser.parse(text, file: "p.txt")
            _ = DelimitedGlossary.readCSV(text, file: "g.csv")
            _ = DelimitedGlossary.readTSV(text, file: "g.txt", format: .omegat)
            _ = DelimitedGlossary.readTSV(text, file: "g.txt", format: .deepl)
            _ = TBXReader.read(Data(bytes), file: "g.tbx")
            _ = GlossaryLinter.lint([(path: "g.tsv", bytes: bytes)])
            _ = TermFrequencyParser.parse(bytes, fileName: "f.idf.tsv")
            _ = LanguageGuess.language(of: String(decoding: bytes, as: UTF8.self))
            if case .success(let pairs) = NameSpellings.parse(bytes, file: "n.tsv") {
                var spellings = NameSpellings()
                spellings.add(pairs)
                _ = Romanizer.romanize(text, spellings: spellings)
            }
        }
    }

    /// JSON Lines input: records with random edits (bytes deleted, duplicated or swapped for
    /// JSON punctuation, stray bytes) are read through the line reader in random chunks; every
    /// line becomes a document or a message, and no line is lost or invented.
    @Test func jsonLinesWithRandomEditsGiveDocumentsOrMessages() {
        let record = #"{"id": "snn-1", "title": "توكاييف في موسكو", "text": "وصلَ الرئيسُ قاسم جومارت توكاييف.\nالفقرة الثانية", "language": "ar"}"#
        let pieces: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "5", "\n", "\r\n", "\"text\"", "\"id\"", "ـ"]
            .map { Array($0.utf8) } + [[0xFF], [0xD8], [0x00]]
        var generator = SplitMix64(seed: 4242)
        var stream: [UInt8] = []
        for _ in 0..<400 {
            var bytes = Array(record.utf8)
            for _ in 0..<Int(generator.next() % 4) {
                let at = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                default: bytes.replaceSubrange(at...at, with: pieces[Int(generator.next() % UInt64(pieces.count))])
                }
            }
            stream += bytes + [0x0A]
        }
        var offset = 0
        var lines = LineReader(readChunk: {
            let size = 1 + Int(generator.next() % 300)
            defer { offset += size }
            return offset < stream.count ? Array(stream[offset..<min(stream.count, offset + size)]) : []
        })
        var read: [UInt8] = []
        var documents = 0, messages = 0
        while let line = lines.next() {
            read += line + [0x0A]
            switch JSONLinesRecord.document(line, fallbackID: "f:\(lines.lineNumber)", language: "ar") {
            case .success?: documents += 1
            case .failure(let failure)?: messages += failure.message.isEmpty ? 0 : 1
            case nil: break
            }
        }
        // The reader drops a \r before each \n and nothing else.
        var expected: [UInt8] = []
        for (index, byte) in stream.enumerated() where !(byte == 0x0D && index + 1 < stream.count && stream[index + 1] == 0x0A) {
            expected.append(byte)
        }
        #expect(read == expected)
        #expect(documents > 50 && messages > 50)
    }

    /// Chain files: a real one with random edits (bytes deleted, duplicated or swapped for JSON
    /// punctuation, option values and plugin names) loads or lists its errors, never crashes.
    @Test func chainFilesWithRandomEditsLoadOrReportErrors() throws {
        let original = try TestData.read(TestData.path("chains/default.json"))
        let pieces = ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309", "0.5", "\"use\"", "\"options\"",
                      "\"summarize\"", "\"brief\"", "\"glossary\"", "\"maxSentences\"", "\"ratio\"", "\"files\"", "//", "/*", "\n"]
        var generator = SplitMix64(seed: 77)
        let context = ProcessorContext(baseDirectory: TestData.path("chains"))
        var loaded = 0, refused = 0
        for _ in 0..<150 {
            var scalars = Array(original.unicodeScalars).map { String($0) }
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                let at = Int(generator.next() % UInt64(scalars.count))
                switch generator.next() % 3 {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(scalars[at], at: at)
                default: scalars[at] = pieces[Int(generator.next() % UInt64(pieces.count))]
                }
            }
            do {
                _ = try ChainLoader.load(text: scalars.joined(), file: "default.json", context: context, registry: BuiltinPlugins.registry)
                loaded += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
                refused += 1
            }
        }
        // Both outcomes happen: the edits reach the parser's errors and the builder.
        #expect(loaded > 10 && refused > 10)
    }

    @Test func externalEntitiesAreNeverResolved() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <tbx><text><body><conceptEntry id="a">
              <langSec xml:lang="ar"><termSec><term>أ</term></termSec></langSec>
              <langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec>
            </conceptEntry></body></text></tbx>
            """
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "-"
        switch TBXReader.read(Data(xml.utf8), file: "x.tbx") {
        case .success(let entries): #expect(!entries.contains { $0.english.contains(hostname) && !hostname.isEmpty })
        case .failure: break  // refusing the file is fine too
        }
    }
}
