import Core
import Foundation
@testable import Plugins
import Testing
import TestSupport

/// Phrase files: the format, exact error messages, and user files extending the built-in list.
@Suite struct ChromePhraseParserTests {
    @Test func theBuiltInListParses() throws {
        let phrases = try ChromePhraseParser.parse(BuiltinChromePhrases.text, file: BuiltinChromePhrases.file).get()
        #expect(phrases.count > 250)
        #expect(Set(phrases.map(\.rule)) == Set(ChromePhrase.Rule.allCases))
    }

    @Test func readsRulesCommentsBOMAndCRLF() throws {
        let text = "\u{FEFF}# site extras\r\nline\tنافذة آسيا الوسطى\r\n\r\nstart\tتابعوا قناتنا\r\n"
        let phrases = try ChromePhraseParser.parse(text, file: "p.txt").get()
        #expect(phrases == [
            ChromePhrase(rule: .line, text: "نافذة آسيا الوسطى", file: "p.txt", line: 2),
            ChromePhrase(rule: .start, text: "تابعوا قناتنا", file: "p.txt", line: 4),
        ])
    }

    @Test func everyMalformedLineIsReported() {
        let text = "line نافذة\nlien\tنافذة\nstart\t\nnotice\t2023\nline\tok\u{7}\n"
        guard case .failure(let list) = ChromePhraseParser.parse(text, file: "p.txt") else {
            Issue.record("expected errors")
            return
        }
        #expect(list.description == """
            p.txt:1: error: expected RULE<TAB>PHRASE, e.g. line<TAB>زر الذهاب إلى الأعلى
            p.txt:2: error: unknown rule 'lien'. Did you mean 'line'? Rules: line, start, tail, notice, trailer, leader
            p.txt:3: error: the phrase is empty
            p.txt:4: error: the phrase '2023' has no letters
            p.txt:5: error: control character in the phrase
            5 errors in p.txt
            """)
    }

    @Test func aUserFileAddsSiteChrome() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-phrases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "line\tنافذة آسيا الوسطى\n".write(to: folder.appendingPathComponent("site.txt"), atomically: true, encoding: .utf8)
        let options: BoilerplateStripper.Options = {
            var o = BoilerplateStripper.Options()
            o.phrases = ["site.txt"]
            return o
        }()
        let stripper = try BoilerplateStripper(options: options, context: ProcessorContext(baseDirectory: folder.path))
        let source = "نافذة آسيا الوسطى\nوقع وزيرا الطاقة في كازاخستان وأوزبكستان يوم الاثنين اتفاقية لتطوير مشاريع مشتركة."
        let marked = try stripper.annotate(Document(id: "t", language: "ar", source: source))
        #expect(marked.map(\.start) == [0])
        #expect(marked.first?.data["detail"]?.stringValue == "نافذة آسيا الوسطى")
    }

    @Test func optionProblemsAreReportedWithTheChain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chain = folder.appendingPathComponent("c.json").path
        try #"{ "version": 1, "chain": [ { "use": "boilerplate", "options": { "repeatedLines": 1, "phrases": ["missing.txt"] } } ] }"#
            .write(toFile: chain, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticList.self) { try ChainLoader.load(path: chain, registry: BuiltinPlugins.registry) }
        do {
            _ = try ChainLoader.load(path: chain, registry: BuiltinPlugins.registry)
        } catch {
            #expect(error.description == """
                \(chain): error: chain[0].options.repeatedLines: must be 0 (off) or at least 2 documents; found 1
                1 error in \(chain)
                """)
        }
    }
}
