import Core
import Foundation
@testable import Plugins
import Testing
import TestSupport

/// The glossary tools: lint rules (each failing and passing), the formats both ways, malformed
/// inputs with their exact errors, and candidates from a corpus.
@Suite struct GlossaryMaintenanceTests {
    static let header = "arabic\tenglish\ttype\tvariants\tnisba\tnote\tflags\n"

    func lint(_ text: String) -> [String] {
        GlossaryLinter.lint([(path: "g.tsv", bytes: Array(text.utf8))]).diagnostics.map(\.description)
    }

    @Test func theShippedGlossariesAreClean() throws {
        let files = try ["kazakhstan", "diplomacy", "gulf", "companies", "people", "kazakhstan-ru", "kazakhstan-kk"].map { name -> (path: String, bytes: [UInt8]) in
            let path = TestData.path("glossaries/\(name).tsv")
            return (path, Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        #expect(GlossaryLinter.lint(files).diagnostics.map(\.description) == [])
    }

    @Test func eachLintRuleFailsAndPasses() {
        #expect(lint(Self.header + "توكاييف\tTokayev\tperson\t\t\t\t\n") == [])
        #expect(lint(Self.header + "توكاييف\tTokayev \tperson\t\t\t\t\n")
                == ["g.tsv:2: warning: stray white space around cell 2: 'Tokayev '"])
        #expect(lint(Self.header + "توكاييف\tTokayev توكاييف\tperson\t\t\t\t\n")
                == ["g.tsv:2: error: the English rendering 'Tokayev توكاييف' contains Arabic script"])
        #expect(lint(Self.header + "أستانا\tAstana\tplace\tاستانا | أستانة\t\t\t\n")
                == ["g.tsv:2: warning: the variant 'استانا' is 'أستانا' once normalized (diacritics, hamza, ى/ي, ة/ه): it never matters"])
        #expect(lint(Self.header + "قاسم جومارت توكاييف\tKassym-Jomart Tokayev\tperson\t\t\t\t\nتوكاييف\tTokaev\tperson\t\t\t\t\n")
                == ["g.tsv:3: warning: the surname 'توكاييف' is 'Tokaev' here but 'Tokayev' on line 2"])
        #expect(lint(Self.header + "سعيدوف\tSaidov\tperson\tسايدوف\t\t\t\nسايدوف\tSaydov\tperson\t\t\t\t\n")
                == ["g.tsv:3: error: conflict: 'سايدوف' → Saydov, but line 2 has 'سعيدوف' → Saidov, the same Arabic once normalized; keep one English rendering"])
        #expect(lint(Self.header + "توكاييف\n") == ["g.tsv:2: error: the English rendering is empty"])
    }

    /// One person spelled in English two ways by two languages' glossaries is a warning on the
    /// entry that is not Arabic; the same English, or names further apart, are not.
    @Test func crossLanguageSpellingsAreWarned() {
        let arabic = (path: "ar.tsv", bytes: Array((Self.header + "سيردار بيردي محمدوف\tSerdar Berdimuhamedov\tperson\t\t\t\t\n"
            + "توكاييف\tTokayev\tperson\t\t\t\t\n").utf8))
        let russian = (path: "ru.tsv", bytes: Array(("russian\tenglish\ttype\n" + "Сердар Бердымухамедов\tSerdar Berdymukhamedov\tperson\n"
            + "Токаев\tTokayev\tperson\n" + "Шавкат Мирзиёев\tShavkat Mirziyoyev\tperson\n").utf8))
        #expect(GlossaryLinter.lint([arabic, russian]).diagnostics.map(\.description) == [
            "ru.tsv:2: warning: 'Serdar Berdymukhamedov' is one or two letters from 'Serdar Berdimuhamedov', the Arabic entry "
                + "'سيردار بيردي محمدوف' at ar.tsv:2: one name spelled two ways?",
        ])
        // Within one language it is the surname rule's business, not this one's.
        #expect(GlossaryLinter.lint([russian]).diagnostics.map(\.description) == [])
    }

    @Test func tbxRoundTripsTheShippedGlossaries() throws {
        for name in ["kazakhstan", "diplomacy"] {
            let path = TestData.path("glossaries/\(name).tsv")
            let original = try GlossaryFileParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: path))), displayName: path, fileName: path).get()
            let tbx = TBXWriter.write(original, title: name)
            let back = try TBXReader.read(Data(tbx.utf8), file: "x.tbx").get()
            #expect(back.count == original.count)
            for (a, b) in zip(original, back) {
                #expect(a.source == b.source && a.english == b.english && a.kind == b.kind && a.variants == b.variants
                        && a.nisbas == b.nisbas && a.note == b.note && a.keepsTehMarbuta == b.keepsTehMarbuta
                        && a.keepsAlefMaqsura == b.keepsAlefMaqsura, "\(a.source)")
            }
            // Written again, it is the same file.
            #expect(TBXWriter.write(back, title: name) == tbx)
        }
    }

    @Test func readsBothTBXGenerationsWrittenByHand() throws {
        let v3 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>sample</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="tokayev">
                  <note>President since 2019</note>
                  <langSec xml:lang="ar">
                    <termSec><term>قاسم جومارت توكاييف</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>توكاييف</term><termNote type="termType">shortForm</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="en">
                    <termSec><term>Tokaev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                    <termSec><term>Kassym-Jomart Tokayev</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """
        let entries = try TBXReader.read(Data(v3.utf8), file: "v3.tbx").get()
        #expect(entries == [GlossaryEntry(source: "قاسم جومارت توكاييف", english: "Kassym-Jomart Tokayev", variants: ["توكاييف"],
                                          note: "President since 2019", file: "v3.tbx", line: 5)])
        let v2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="astana">
                <langSet xml:lang="ar"><tig><term>أستانا</term></tig><ntig><termGrp><term>أستانة</term></termGrp></ntig></langSet>
                <langSet xml:lang="en-GB"><tig><term>Astana</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """
        let old = try TBXReader.read(Data(v2.utf8), file: "v2.tbx").get()
        #expect(old.map(\.source) == ["أستانا"])
        #expect(old.map(\.variants) == [["أستانة"]])
        #expect(old.map(\.english) == ["Astana"])
    }

    @Test func malformedTBXIsAnErrorWithItsLine() {
        let broken = "<tbx>\n<text><body>\n<conceptEntry id=\"a\">\n</body></text></tbx>"
        guard case .failure(let list) = TBXReader.read(Data(broken.utf8), file: "b.tbx") else { Issue.record("expected an error"); return }
        #expect(list.diagnostics.first?.file == "b.tbx")
        #expect(list.diagnostics.first?.line == 4)
        #expect(list.diagnostics.first?.message.hasPrefix("not well-formed XML") == true)
        let noEnglish = "<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"ar\"><termSec><term>أ</term></termSec></langSec></conceptEntry></body></text></tbx>"
        guard case .failure(let missing) = TBXReader.read(Data(noEnglish.utf8), file: "m.tbx") else { Issue.record("expected an error"); return }
        #expect(missing.diagnostics.map(\.description) == ["m.tbx:1: error: concept 'a' has no English term"])
        guard case .failure(let notTBX) = TBXReader.read(Data("<html/>".utf8), file: "h.tbx") else { Issue.record("expected an error"); return }
        #expect(notTBX.diagnostics.map(\.description) == ["h.tbx: error: not a TBX file: the root element is neither <tbx> nor <martif>"])
    }

    @Test func delimitedFormatsBothWays() throws {
        let entries = [
            GlossaryEntry(source: "قاسم جومارت توكاييف", english: "Kassym-Jomart Tokayev", kind: .person, variants: ["قاسم جومرت توكاييف"],
                          note: "President, since 2019"),
            GlossaryEntry(source: "كازاخستان", english: "Kazakhstan", kind: .place, nisbas: [.init(stem: "كازاخستاني", english: "Kazakh")]),
        ]
        let csv = DelimitedGlossary.csv(entries)
        #expect(csv == "arabic,english,type,variants,nisba,note\r\n"
                + "قاسم جومارت توكاييف,Kassym-Jomart Tokayev,person,قاسم جومرت توكاييف,,\"President, since 2019\"\r\n"
                + "كازاخستان,Kazakhstan,place,,كازاخستاني=Kazakh,\r\n")
        let back = try DelimitedGlossary.readCSV(csv, file: "g.csv").get()
        #expect(back.map(\.source) == entries.map(\.source) && back.map(\.note) == entries.map(\.note)
                && back.map(\.nisbas) == entries.map(\.nisbas) && back.map(\.variants) == entries.map(\.variants))
        let omegat = DelimitedGlossary.omegaT(entries)
        #expect(omegat.hasPrefix("# Glossary in tab-separated format -*- coding: utf-8 -*-\nقاسم جومارت توكاييف\tKassym-Jomart Tokayev\tPresident, since 2019\n"))
        let fromOmegaT = try DelimitedGlossary.readTSV(omegat, file: "g.txt", format: .omegat).get()
        #expect(fromOmegaT.first?.variants == ["قاسم جومرت توكاييف"])
        let deepl = try DelimitedGlossary.deepL(entries, file: "g").get()
        #expect(deepl == "قاسم جومارت توكاييف\tKassym-Jomart Tokayev\nقاسم جومرت توكاييف\tKassym-Jomart Tokayev\nكازاخستان\tKazakhstan\nكازاخستاني\tKazakh\n")
    }

    @Test func malformedDelimitedInputsAndDeepLRules() {
        guard case .failure(let unclosed) = DelimitedGlossary.readCSV("arabic,english\n\"توكاييف,Tokayev\n", file: "g.csv") else { Issue.record("expected an error"); return }
        #expect(unclosed.diagnostics.map(\.description) == ["g.csv:2: error: a quoted field is never closed"])
        guard case .failure(let header) = DelimitedGlossary.readCSV("a,b\nتوكاييف,Tokayev\n", file: "g.csv") else { Issue.record("expected an error"); return }
        #expect(header.diagnostics.map(\.description)
                == ["g.csv:1: error: the header needs an Arabic column (arabic, source or ar) and an English one (english, target or en)"])
        guard case .failure(let short) = DelimitedGlossary.readTSV("توكاييف\n", file: "g.txt", format: .omegat) else { Issue.record("expected an error"); return }
        #expect(short.diagnostics.map(\.description) == ["g.txt:1: error: expected source<TAB>target, both non-empty"])
        let twice = [GlossaryEntry(source: "أستانا", english: "Astana", file: "g.tsv", line: 2),
                     GlossaryEntry(source: "أستانا", english: "Nur-Sultan", file: "g.tsv", line: 3)]
        guard case .failure(let deepl) = DelimitedGlossary.deepL(twice, file: "g") else { Issue.record("expected an error"); return }
        #expect(deepl.diagnostics.map(\.description) == ["g.tsv:3: error: DeepL refuses a source written twice: 'أستانا' is also on line 2"])
    }

    @Test func candidatesFromACorpus() throws {
        let entries = [GlossaryEntry(source: "سعيدوف", english: "Saidov", kind: .person, file: "kz.tsv", line: 28),
                       GlossaryEntry(source: "وزير الخارجية", english: "Foreign Minister", kind: .title, file: "d.tsv", line: 19)]
        let finder = try CandidateFinder(entries: entries)
        let documents = [
            Document(id: "1", language: "ar", source: "التقى سعيدوف مع نظيره سارسينوف في طشقند. وقال سارسينوف إن المحادثات مثمرة."),
            Document(id: "2", language: "ar", source: "وأعلن وزير الخارجية دانيار كوشيرباييف أن الوزيرة سعيدوفا ستزور أستانا."),
        ]
        let found = finder.candidates(in: documents, limit: 10)
        #expect(found.map(\.source) == ["سارسينوف", "دانيار كوشيرباييف", "سعيدوفا"])
        #expect(found.map(\.count) == [2, 1, 1])
        #expect(found[0].suggestion == "Sarsinov")
        #expect(found[0].contexts.count == 1)
        #expect(found[2].near == "سعيدوف (Saidov, kz.tsv:28)")
        // The role the articles write with the name, as the brief reads it.
        #expect(found.map(\.role) == [nil, "Foreign Minister", nil])
    }
}
