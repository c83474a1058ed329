import Core
import Dispatch
import Foundation
import Plugins
import Testing

/// Editing a glossary in place: order, comments, BOM and line endings kept; conflicts refused;
/// atomic writes (a crash before the rename leaves the old file); concurrent edits all land.
@Suite struct GlossaryEditorTests {
    static let original = "\u{FEFF}# Central Asia names\r\narabic\tenglish\ttype\tvariants\tnisba\tnote\tflags\r\n"
        + "توكاييف\tTokayev\tperson\tتوكايف\t\tsurname\t\r\n# places\r\nأستانا\tAstana\tplace\tأستانة\t\t\t\r\n"

    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "wb-edit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func addSetRemoveKeepTheRestOfTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/kz.tsv"
        try Self.original.write(toFile: path, atomically: true, encoding: .utf8)
        let editor = GlossaryEditor(path: path)
        #expect(try editor.apply(.add(GlossaryEntry(source: "سعيدوف", english: "Saidov", kind: .person, variants: ["سايدوف"])))
                == "added 'سعيدوف' → Saidov on line 6")
        #expect(try read(path) == Self.original + "سعيدوف\tSaidov\tperson\tسايدوف\t\t\t\r\n")
        #expect(try editor.apply(.set(arabic: "استانا", english: nil, kind: nil, note: "capital", addVariants: ["آستانا"], removeVariants: ["أستانة"]))
                == "changed 'أستانا' on line 5")
        #expect(try read(path) == Self.original.replacingOccurrences(of: "أستانا\tAstana\tplace\tأستانة\t\t\t", with: "أستانا\tAstana\tplace\tآستانا\t\tcapital\t")
                + "سعيدوف\tSaidov\tperson\tسايدوف\t\t\t\r\n")
        #expect(try editor.apply(.remove(arabic: "توكاييف")) == "removed 'توكاييف' → Tokayev (line 3)")
        let lines = try read(path).components(separatedBy: "\r\n")
        #expect(lines == ["\u{FEFF}# Central Asia names", "arabic\tenglish\ttype\tvariants\tnisba\tnote\tflags", "# places",
                          "أستانا\tAstana\tplace\tآستانا\t\tcapital\t", "سعيدوف\tSaidov\tperson\tسايدوف\t\t\t", ""])
        do {
            _ = try editor.apply(.remove(arabic: "سعيدوفف"))
            Issue.record("expected no entry")
        } catch {
            #expect(error.description == "\(path): error: no entry 'سعيدوفف'. Did you mean 'سعيدوف'?")
        }
    }

    @Test func aConflictIsRefusedUnlessForcedAndSiblingsCount() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/kz.tsv"
        try Self.original.write(toFile: path, atomically: true, encoding: .utf8)
        try "arabic\tenglish\nنور سلطان\tNur-Sultan\n".write(toFile: dir + "/other.tsv", atomically: true, encoding: .utf8)
        let editor = GlossaryEditor(path: path)
        do {
            _ = try editor.apply(.add(GlossaryEntry(source: "نور سلطان", english: "Astana")))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("other.tsv:2: error: conflict: 'نور سلطان' → Nur-Sultan, but \(dir)/kz.tsv:6 has 'نور سلطان' → Astana"))
            #expect(error.description.hasSuffix("(nothing written; add --force to write it anyway)"))
        }
        #expect(try read(path) == Self.original)
        _ = try GlossaryEditor(path: path, force: true).apply(.add(GlossaryEntry(source: "نور سلطان", english: "Astana")))
        #expect(try read(path).hasSuffix("نور سلطان\tAstana\tterm\t\t\t\t\r\n"))
    }

    @Test func aCrashBetweenWriteAndRenameLeavesTheOldFile() throws {
        struct Crash: Error {}
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/kz.tsv"
        try Self.original.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: GlossaryEditor.Failure.self) {
            try GlossaryEditor(path: path).apply(.add(GlossaryEntry(source: "سعيدوف", english: "Saidov")), beforeRename: { throw Crash() })
        }
        #expect(try read(path) == Self.original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func concurrentEditsAllLand() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/kz.tsv"
        try Self.original.write(toFile: path, atomically: true, encoding: .utf8)
        let names = ["ألف", "باء", "تاء", "ثاء", "جيم", "حاء", "خاء", "دال"]
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            _ = try? GlossaryEditor(path: path).apply(.add(GlossaryEntry(source: "اسم" + names[i], english: "Name \(i)")))
        }
        let text = try read(path)
        for i in names.indices { #expect(text.contains("Name \(i)\t")) }
        #expect(text.hasPrefix(Self.original))
    }
}
