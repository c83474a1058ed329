import Core
import Plugins
import Testing
import TestSupport
import Foundation

/// The glossary TSV format: what it accepts, and the exact message for each malformed line.
struct GlossaryFileParserTests {
    func parse(_ text: String, bytes: [UInt8]? = nil) -> Result<[GlossaryEntry], DiagnosticList> {
        GlossaryFileParser.parse(bytes ?? Array(text.utf8), displayName: "g/kz.tsv", fileName: "g/kz.tsv")
    }

    func errors(_ text: String) -> String {
        switch parse(text) {
        case .success(let entries): return "OK \(entries.count)"
        case .failure(let list): return list.description
        }
    }

    @Test func readsAllColumnsCommentsBOMAndCRLF() throws {
        let text = "\u{FEFF}# a comment\r\n\r\nenglish\tarabic\ttype\tvariants\tnisba\tnote\tflags\r\n"
            + "Kazakhstan\tكازاخستان\tplace\tقازاقستان | كازخستان\tكازاخستاني=Kazakh|كازاخي=Kazakh\tthe country\t\r\n"
            + "  # an indented comment\r\n"
            + "Hama\tحماة\tplace\t\t\t\tkeep-teh-marbuta\r\n"
        let entries = try parse(text).get()
        #expect(entries.count == 2)
        #expect(entries[0] == GlossaryEntry(
            source: "كازاخستان", english: "Kazakhstan", kind: .place, variants: ["قازاقستان", "كازخستان"],
            nisbas: [.init(stem: "كازاخستاني", english: "Kazakh"), .init(stem: "كازاخي", english: "Kazakh")],
            note: "the country", file: "g/kz.tsv", line: 4))
        #expect(entries[1].keepsTehMarbuta)
        #expect(entries[1].line == 6)
    }

    @Test func aFileWithoutHeaderIsReadAsOmegaT() throws {
        let entries = try parse("توكاييف\tTokayev\tsurname\nأستانا\tAstana\n").get()
        #expect(entries.map(\.english) == ["Tokayev", "Astana"])
        #expect(entries[0].note == "surname")
        #expect(entries[0].kind == .term)
    }

    @Test(arguments: [
        ("arabic\tenglish\ttipe\n", "g/kz.tsv:1: error: unknown column 'tipe' in the header. Did you mean 'type'? "
            + "Columns: arabic, russian, kazakh, english, type, variants, nisba, note, flags\n1 error in g/kz.tsv"),
        ("arabic\tnote\n", "g/kz.tsv:1: error: the header has no 'english' column\n1 error in g/kz.tsv"),
        ("arabic\tenglish\n\tTokayev\nتوكاييف\t\n", "g/kz.tsv:2: error: the Arabic term is empty\n"
            + "g/kz.tsv:3: error: the English rendering is empty\n2 errors in g/kz.tsv"),
        ("arabic\tenglish\nتوكاييف\tTokayev\textra\n", "g/kz.tsv:2: error: 3 cells, but the header has 2 columns (a stray tab?)\n1 error in g/kz.tsv"),
        ("arabic\tenglish\ttype\nتوكاييف\tTokayev\tpersn\n", "g/kz.tsv:2: error: unknown type 'persn'. Did you mean 'person'? "
            + "Types: person, place, organisation, title, term, publication, adjective\n1 error in g/kz.tsv"),
        ("arabic\tenglish\tnisba\nكازاخستان\tKazakhstan\tكازاخستاني\n", "g/kz.tsv:2: error: the nisba 'كازاخستاني' must be written "
            + "STEM=English, e.g. كازاخستاني=Kazakh\n1 error in g/kz.tsv"),
        ("arabic\tenglish\tflags\nحماة\tHama\tkeep-teh\n", "g/kz.tsv:2: error: unknown flag 'keep-teh'. Did you mean 'keep-teh-marbuta'? "
            + "Flags: keep-teh-marbuta, keep-alef-maqsura\n1 error in g/kz.tsv"),
        ("arabic\tenglish\n«»\tQuotes\n", "g/kz.tsv:2: error: the Arabic term '«»' has no letters or digits\n1 error in g/kz.tsv"),
        ("arabic\tenglish\nتوكاييف\tToka\u{7}yev\n", "g/kz.tsv:2: error: control character U+0007 in the english column\n1 error in g/kz.tsv"),
        ("arabic\tenglish\nتوكا\u{85}ييف\tTokayev\n", "g/kz.tsv:2: error: control character U+0085 in the arabic column\n1 error in g/kz.tsv"),
        ("# only a comment\n", "g/kz.tsv: error: the file has no entries\n1 error in g/kz.tsv"),
        // A Russian or Kazakh glossary: one source column, and no Arabic-only columns.
        ("english\ttype\n", "g/kz.tsv:1: error: the header has no source column: name one of 'arabic', 'russian' or 'kazakh'\n1 error in g/kz.tsv"),
        ("arabic\trussian\tenglish\n", "g/kz.tsv:1: error: the header names two source columns, 'arabic' and 'russian': "
            + "a glossary file holds one source language\n1 error in g/kz.tsv"),
        ("russian\tenglish\tnisba\tflags\n", "g/kz.tsv:1: error: the 'nisba' column is for Arabic glossaries; a 'russian' glossary has none\n"
            + "g/kz.tsv:1: error: the 'flags' column is for Arabic glossaries; a 'russian' glossary has none\n2 errors in g/kz.tsv"),
        ("kazakh\tenglish\tnisba\n", "g/kz.tsv:1: error: the 'nisba' column is for Arabic glossaries; a 'kazakh' glossary has none\n"
            + "1 error in g/kz.tsv"),
        ("kazakh\tenglish\n\tTokayev\n", "g/kz.tsv:2: error: the Kazakh term is empty\n1 error in g/kz.tsv"),
        ("russian\tenglish\n\tTokayev\n«»\tQuotes\nТока\u{85}ев\tTokayev\n", "g/kz.tsv:2: error: the Russian term is empty\n"
            + "g/kz.tsv:3: error: the Russian term '«»' has no letters or digits\n"
            + "g/kz.tsv:4: error: control character U+0085 in the russian column\n3 errors in g/kz.tsv"),
    ])
    func malformedLinesAreReported(text: String, expected: String) {
        #expect(errors(text) == expected)
    }

    @Test func notUTF8IsReportedForTheFile() {
        switch parse("", bytes: [0x61, 0x09, 0xC7, 0x0A]) {
        case .success: Issue.record("expected an error")
        case .failure(let list):
            #expect(list.description.hasPrefix("g/kz.tsv: error: not UTF-8 text: invalid byte 0xC7 on line 1"))
        }
    }

    @Test func duplicatesAndConflictsNameBothLines() {
        let entries = try! parse("""
            arabic\tenglish\ttype\tvariants
            توكاييف\tTokayev\tperson\tتوكايف
            تُوكاييف\tTokayev\tperson
            توكايف\tTokaev\tperson
            """).get()
        guard case .failure(let list) = Glossary.build(entries) else { Issue.record("expected errors"); return }
        #expect(list.description == """
            g/kz.tsv:3: error: duplicate entry: 'تُوكاييف' is already on line 2 ('توكاييف' → Tokayev)
            g/kz.tsv:4: error: conflict: 'توكايف' → Tokaev, but line 2 has 'توكاييف' → Tokayev, the same Arabic once normalized; keep one English rendering
            2 errors in g/kz.tsv
            """)
        guard case .success(let glossary) = Glossary.build(entries, conflicts: .keepFirst) else {
            Issue.record("keep-first must not fail on conflicts"); return
        }
        #expect(glossary.entries.count == 3)
    }

    @Test func aRussianHeaderMakesRussianEntries() throws {
        let entries = try parse("english\tRussian\ttype\tvariants\nKazakhstan\tКазахстан\tplace\tРеспублика Казахстан\n").get()
        #expect(entries == [GlossaryEntry(source: "Казахстан", english: "Kazakhstan", kind: .place, variants: ["Республика Казахстан"],
                                          file: "g/kz.tsv", line: 2, language: "ru")])
        #expect(try parse("arabic\tenglish\nكازاخستان\tKazakhstan\n").get()[0].language == "ar")
    }

    /// Conflicts are within a language: the same Latin term in an Arabic and a Russian glossary is
    /// no conflict; in one language, the message names the language.
    @Test func conflictsAreCheckedPerLanguage() throws {
        let arabic = try parse("arabic\tenglish\nCICA\tCICA\nتوكاييف\tTokayev\n").get()
        let russian = try GlossaryFileParser.parse(Array("russian\tenglish\nCICA\tConference on Interaction\nТокаев\tTokayev\nТокаева\tTokaeva\n".utf8),
                                                   displayName: "g/ru.tsv", fileName: "g/ru.tsv").get()
        guard case .failure(let list) = GlossarySet.build(arabic + russian) else { Issue.record("expected the Russian conflict"); return }
        #expect(list.description == """
            g/ru.tsv:4: error: conflict: 'Токаева' → Tokaeva, but line 3 has 'Токаев' → Tokayev, the same Russian once normalized; keep one English rendering
            1 error in g/ru.tsv
            """)
        let set = try GlossarySet.build(arabic + russian.dropLast()).get()
        #expect(set.languages == ["ar", "ru"])
        #expect(set.glossary(for: "ru")?.entries.map(\.english) == ["Conference on Interaction", "Tokayev"])
        #expect(set.glossary(for: "kk") == nil)
    }

    @Test func theShippedGlossariesLoadCleanly() throws {
        let chain = try ChainLoader.load(
            text: #"{ "version": 1, "chain": [ { "use": "glossary", "options": { "files": ["glossaries"] } } ] }"#,
            file: "t.json", context: ProcessorContext(baseDirectory: TestData.root.path), registry: BuiltinPlugins.registry)
        let mapper = try #require(chain.steps[0].processor as? GlossaryMapper)
        #expect(mapper.glossaries.entries.count >= 300)
        let diplomacy = mapper.glossaries.entries.filter { $0.file.hasSuffix("diplomacy.tsv") }
        #expect(diplomacy.count >= 150)
        #expect(mapper.glossaries.languages == ["ar", "kk", "ru"])
        #expect(mapper.glossaries.entries.filter { $0.language == "ru" }.allSatisfy { $0.file.hasSuffix("kazakhstan-ru.tsv") })
        #expect(mapper.glossaries.entries.filter { $0.language == "kk" }.allSatisfy { $0.file.hasSuffix("kazakhstan-kk.tsv") })
    }

    @Test func glossaryErrorsAreReportedWithTheChain() throws {
        let folder = TestData.root.appendingPathComponent(".build/test-glossary-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "arabic\tenglish\ttype\nتوكاييف\t\tpersn\n".write(toFile: folder + "/bad.tsv", atomically: true, encoding: .utf8)
        do {
            _ = try ChainLoader.load(
                text: #"{ "version": 1, "chain": [ { "use": "glossary", "options": { "files": ["bad.tsv", "none.tsv"], "render": "inline" } } ] }"#,
                file: "c.json", context: ProcessorContext(baseDirectory: folder), registry: BuiltinPlugins.registry)
            Issue.record("expected errors")
        } catch {
            #expect(error.description == """
                c.json: error: chain[0].options.files[1]: no such file or folder: \(folder)/none.tsv
                \(folder)/bad.tsv:2: error: the English rendering is empty
                \(folder)/bad.tsv:2: error: unknown type 'persn'. Did you mean 'person'? Types: person, place, organisation, title, term, publication, adjective
                3 errors
                """)
        }
    }
}
