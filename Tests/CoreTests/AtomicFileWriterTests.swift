import Core
import Foundation
import Testing

struct AtomicFileWriterTests {
    struct Crash: Error {}

    let folder = NSTemporaryDirectory() + "workbench-atomic-\(UUID().uuidString)"

    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func theFileAppearsWholeOnlyOnCommit() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out/briefs.jsonl"
        let writer = try AtomicFileWriter(path: path)
        writer.write("{\"id\":\"1\"}\n")
        writer.write("{\"id\":\"2\",\"text\":\"توكاييف\"}\n")
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":\"1\"}\n{\"id\":\"2\",\"text\":\"توكاييف\"}\n")
    }

    @Test func aCrashBeforeTheRenameLeavesTheOldFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/brief.txt"
        try AtomicFile.write("old", to: path)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("new", to: path, beforeRename: { throw Crash() }) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(leftovers().isEmpty)
    }

    @Test func aWriterDroppedWithoutCommitLeavesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let writer = try AtomicFileWriter(path: folder + "/half.txt")
            writer.write("part")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/half.txt"))
        #expect(leftovers().isEmpty)
    }
}
