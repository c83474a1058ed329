import Core
@testable import Plugins
import Testing
import TestSupport

/// The Russian and Kazakh glossaries give the same English as the Arabic ones, so that an
/// Arabic, a Russian and a Kazakh article about one visit make one brief vocabulary: every
/// English rendering of theirs is one of the Arabic files', or the surname of one (Raisi).
@Suite struct ShippedGlossaryVocabularyTests {
    static func entries(_ file: String) throws -> [GlossaryEntry] {
        let path = "glossaries/" + file
        return try GlossaryFileParser.parse(Array(try TestData.read(path).utf8), displayName: path, fileName: file).get()
    }

    @Test(arguments: ["kazakhstan-ru.tsv", "kazakhstan-kk.tsv"])
    func cyrillicGlossariesUseTheArabicEnglish(file: String) throws {
        var arabic = Set<String>()
        for name in ["kazakhstan.tsv", "diplomacy.tsv", "gulf.tsv", "companies.tsv", "people.tsv"] {
            for entry in try Self.entries(name) {
                arabic.insert(entry.english)
                if entry.kind == .person, let surname = entry.english.split(separator: " ").last { arabic.insert(String(surname)) }
            }
        }
        let entries = try Self.entries(file)
        #expect(entries.count >= 90)
        #expect(entries.filter { !arabic.contains($0.english) }.map(\.source) == [])
    }
}
