import Core
import Foundation
@testable import Plugins
import Testing

/// Any program as the engine: standard programs stand in for a translator here.
@Suite struct CommandEngineTests {
    func engine(_ arguments: [String], timeout: Double = 20) -> CommandEngine {
        CommandEngine(arguments: arguments, timeout: timeout)
    }

    let segments = [TranslationSegment(text: "قال Tokayev إن العلاقات جيدة."), TranslationSegment(text: "سطر\nمكسور")]

    @Test func aLinePerSentenceInAndOut() throws {
        #expect(try engine(["sed", "s/^/EN: /"]).translate(segments, from: "ar")
            == ["EN: قال Tokayev إن العلاقات جيدة.", "EN: سطر مكسور"])
    }

    @Test func whatGoesWrongIsSaidInTheProgramsWords() {
        #expect(throws: EngineFailure("printed 1 lines for 2 sentences (one line in, one line out)")) {
            try engine(["head", "-n", "1"]).translate(segments, from: "ar")
        }
        #expect(throws: EngineFailure("exited with status 3: no model for ar")) {
            try engine(["sh", "-c", "echo 'no model for ar' >&2; exit 3"]).translate(segments, from: "ar")
        }
        #expect(throws: EngineFailure("stopped after 1 s without finishing (raise 'timeout')", retryable: true)) {
            try engine(["sleep", "30"], timeout: 1).translate(segments, from: "ar")
        }
    }

    /// A program that exits without reading its input closes the pipe under a large write:
    /// that is its failure to report, not a signal that ends workbench.
    @Test func aProgramThatReadsNothingDoesNotTakeUsDown() {
        let many = Array(repeating: TranslationSegment(text: String(repeating: "كلمة ", count: 40)), count: 2000)
        #expect(throws: EngineFailure("printed 0 lines for 2000 sentences (one line in, one line out)")) {
            try engine(["true"]).translate(many, from: "ar")
        }
    }

    @Test func programsAreFoundOnThePath() {
        #expect(CommandEngine.resolve("sh") != nil)
        #expect(CommandEngine.resolve("no-such-translator-x") == nil)
        #expect(CommandEngine.resolve("sh", path: "/nonexistent") == nil)
    }
}
