import Core
import Foundation
import Plugins
import Testing
import TestSupport
@testable import workbench

/// `workbench idf`: the counts file, written atomically; what it says when an input is bad.
struct IdfCommandTests {
    static let usage = "usage: workbench idf [--output FILE] [--min-documents N] [--input-format auto|text|jsonl] [--language TAG] [INPUT…]\n"
        + "See 'workbench idf --help'.\n"

    @Test func countsTheSeedsAndTheSummarizerReadsTheFile() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("seeds.idf.tsv")
        let result = runCommandLine(["idf", "--output", output, TestData.path("seeds")])
        #expect(result.status == 0)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("workbench idf: 5 documents, "))
        #expect(result.err.hasSuffix(" in at least 2 documents written to \(output)\n"))
        let file = try TestData.read(output)
        #expect(file.contains("\ndocuments\t5\n"))
        #expect(file.contains("\nتوكاييف\t5\n"))  // every seed names President Tokayev
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["seeds.idf.tsv"])
        // The same counts on standard output, from JSON Lines on standard input.
        let feed = try TestData.seedPaths.map { path in
            let text = try TestData.read(path)
            return "{\"id\": \"\((path as NSString).lastPathComponent)\", \"text\": \(JSONWriter.string(.string(text)))}"
        }.joined(separator: "\n")
        let piped = runCommandLine(["idf", "--input-format", "jsonl"], input: feed + "\n")
        #expect(piped.status == 0)
        #expect(piped.out.split(separator: "\n").dropFirst(2) == file.split(separator: "\n").dropFirst(2))
        // The main chain can use it.
        let run = runCommandLine(["run", "--chain", TestData.path("chains/default.json"), "--set", "summarize.idf=\(output)",
                                  TestData.path("seeds/004_4c5a7fcac4536ac5.txt")])
        #expect(run.status == 0)
        #expect(run.out.contains("\nKEY POINTS\n  1. "))
    }

    /// The README's example is the real output's first lines.
    @Test func theReadmeExampleIsTheOutput() throws {
        let readme = try TestData.read(TestData.path("README.md"))
        let result = runCommandLine(["idf", TestData.path("seeds")])
        let head = result.out.split(separator: "\n").prefix(7).joined(separator: "\n")
            .replacingOccurrences(of: TestData.path("seeds"), with: "seeds")
        #expect(readme.contains("```\n" + head + "\n```"), "README's idf example differs; paste `workbench idf seeds | head -7`")
    }

    @Test func aBadInputIsReportedAndTheOthersCounted() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "التعاون الاقتصادي بين كازاخستان وأوزبكستان.")
        try folder.write("b.jsonl", "{\"text\": \"التعاون في مجال الطاقة.\"}\n{\"text\": 5}\n")
        let result = runCommandLine(["idf", "--min-documents", "1", folder.path("a.txt"), folder.path("b.jsonl"), folder.path("missing.txt")])
        #expect(result.status == 1)
        #expect(result.err == """
            \(folder.path("missing.txt")): error: no such file or directory
            \(folder.path("b.jsonl")):2: error: "text" is an integer; it must be a string (the article's text)
            workbench idf: 2 inputs or lines could not be read and were left out

            """)
        #expect(result.out.contains("\ndocuments\t2\nتعاون\t2\n"))
    }

    /// `--language kk` counts Cyrillic words as Kazakh, `ru` as Russian (a record's language
    /// overrides it); a bad tag is a usage error.
    @Test func theLanguagePicksTheCyrillicLayer() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "Тоқаев Астанада болды.")
        let b = try folder.write("b.txt", "Тоқаевтың Астанадағы сапары.")
        let kazakh = runCommandLine(["idf", "--language", "kk", a, b])
        #expect(kazakh.status == 0)
        #expect(kazakh.out.hasSuffix("\ndocuments\t2\nастан\t2\nтоқаев\t2\n"))
        let feed = "{\"id\": \"a\", \"text\": \"Тоқаев Астанада болды.\", \"language\": \"kk\"}\n"
            + "{\"id\": \"b\", \"text\": \"Тоқаевтың Астанадағы сапары.\", \"language\": \"kk\"}\n"
        #expect(runCommandLine(["idf", "--input-format", "jsonl"], input: feed).out == kazakh.out.replacingOccurrences(of: "from \(a), \(b)", with: "from standard input"))
        // Read as Russian, Тоқаевтың is a term apart from Тоқаев.
        #expect(!runCommandLine(["idf", "--language", "ru", a, b]).out.contains("\nтоқаев\t2\n"))
        #expect(runCommandLine(["idf", "--language", "kazakh!", a])
                == (64, "", "workbench idf: error: 'kazakh!' is not a language tag (write ar, en, ru, kk, …)\n"
                    + Self.usage))
    }

    @Test func nothingReadableOrNowhereToWriteFailsWithExit1() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("missing.txt")
        let none = runCommandLine(["idf", "--output", folder.path("out.tsv"), missing])
        #expect(none.status == 1)
        #expect(none.err == "\(missing): error: no such file or directory\n"
            + "workbench idf: error: no readable document to count; nothing written\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.tsv")))
        // The output is a folder: nothing replaces it, no temporary file is left.
        try FileManager.default.createDirectory(atPath: folder.path("taken.tsv"), withIntermediateDirectories: false)
        let taken = runCommandLine(["idf", "--output", folder.path("taken.tsv"), TestData.path("seeds")])
        #expect(taken.status == 1)
        #expect(taken.err == "workbench idf: error: cannot write \(folder.path("taken.tsv")): is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["taken.tsv"])
    }

    /// A counts file the chain cannot use stops the run before any document: exit 64, with
    /// the file's line or the option's key path.
    @Test func aBadCountsFileIsAChainError() throws {
        let folder = try TemporaryFolder()
        let chain = TestData.path("chains/summary.json")
        let bad = try folder.write("bad.idf.tsv", "documents\t3\nتعاون\t5\n")
        let malformed = runCommandLine(["run", "--chain", chain, "--set", "summarize.idf=\(bad)", TestData.path("seeds")])
        #expect(malformed.status == 64)
        #expect(malformed.out.isEmpty)
        #expect(malformed.err == "\(bad):2: error: the term occurs in 5 documents, more than the 3 counted\n1 error in \(bad)\n")
        let directory = runCommandLine(["run", "--chain", chain, "--set", "summarize.idf=\(folder.root)", TestData.path("seeds")])
        #expect(directory.status == 64)
        #expect(directory.err == "\(chain): error: chain[1].options.idf: \(folder.root) is a folder; give the file 'workbench idf' wrote\n"
            + "1 error in \(chain)\n")
    }

    @Test(arguments: [
        (["idf", "--min-documents", "0"], "workbench idf: error: --min-documents takes a whole number of documents, at least 1; found '0'\n"),
        (["idf", "--input-format", "json"],
         "workbench idf: error: unknown input format 'json'. Did you mean 'jsonl'? Input formats: auto, text, jsonl\n"),
        (["idf", "--outptu", "x"], "workbench idf: error: unknown option '--outptu'. Did you mean '--output'?\n"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = runCommandLine(arguments)
        #expect(result.status == 64)
        #expect(result.err == message + Self.usage)
    }
}
