import Core
import Foundation
import Testing
import TestSupport
@testable import workbench

/// `workbench run` over JSON Lines (one article per line, what scrapers and Spark write) and on
/// several cores: the same documents give the same output as text files, in input order.
struct RunJSONLinesTests {
    func run(_ arguments: [String], input: String = "", terminal: Bool = false) -> (status: Int32, out: String, err: String) {
        runCommandLine(arguments, input: input, terminal: terminal)
    }

    let chain = TestData.path("chains/default.json")
    let summaryChain = TestData.path("chains/summary.json")

    /// The seeds as one JSON Lines file, a record per article with its file name as id.
    func seedsAsJSONLines(in folder: TemporaryFolder) throws -> String {
        var lines: [String] = []
        for path in TestData.seedPaths {
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let record: JSONValue = ["id": .string(id), "text": .string(try TestData.read(path))]
            lines.append(JSONWriter.string(record))
        }
        return try folder.write("seeds.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test func theSeedsAsJSONLinesGiveTheSameBriefsAsTheTextFiles() throws {
        let folder = try TemporaryFolder()
        let feed = try seedsAsJSONLines(in: folder)
        let fromFiles = run(["run", "--chain", chain, TestData.path("seeds")])
        let fromLines = run(["run", "--chain", chain, feed])
        #expect(fromFiles.status == 0)
        #expect(fromLines.status == 0)
        #expect(fromLines.out == fromFiles.out)
        #expect(fromLines.out.contains("Kassym-Jomart Tokayev — President of Kazakhstan"))
        #expect(fromLines.err.isEmpty)
    }

    @Test func theOutputIsTheSameOnOneThreadAndOnMany() throws {
        let folder = try TemporaryFolder()
        let feed = try seedsAsJSONLines(in: folder)
        let arguments = ["run", "--chain", chain, "--format", "jsonl", feed, TestData.path("seeds"), feed]
        let one = run(arguments + ["--jobs", "1"])
        let many = run(arguments + ["--jobs", "4"])
        #expect(one.status == 0)
        #expect(one.out.split(separator: "\n").count == 15)
        #expect(many.out == one.out)
    }

    @Test func badLinesAreReportedWithTheirLineAndTheOthersStillProcessed() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("feed.jsonl", """
            {"id": "a", "title": "توكاييف في موسكو", "text": "وصل الرئيس."}

            {"id": "b", "text": 5}
            not json
            {"text": "جملة أخيرة."}
            """)
        let result = run(["run", "--chain", summaryChain, "--jobs", "2", feed])
        #expect(result.status == 1)
        #expect(result.out == "==> a <==\nتوكاييف في موسكو\nوصل الرئيس.\n\n==> feed:5 <==\nجملة أخيرة.\n")
        #expect(result.err == """
            \(feed):3: error: "text" is an integer; it must be a string (the article's text)
            \(feed):4: error: not a JSON object: column 1: unexpected 'n'; expected a value

            """)
    }

    /// Under Spark's pipe a non-zero exit fails the whole task: with --error-records a failure
    /// is a record in its place (the line that is no JSON, the document a step failed on) and
    /// the run ends with 0; the messages still go to stderr.
    @Test func failuresCanBeRecordsInTheStream() {
        let input = "{\"id\": \"a\", \"text\": \"جملة.\"}\nnot json\n"
        let result = run(["run", "--chain", summaryChain, "--input-format", "jsonl", "--format", "jsonl", "--error-records"], input: input)
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":"a","#))
        #expect(lines[1] == #"{"id":"stdin:2","input":"<stdin>:2","error":"<stdin>:2: error: not a JSON object: column 1: unexpected 'n'; expected a value"}"#)
        #expect(result.err == "<stdin>:2: error: not a JSON object: column 1: unexpected 'n'; expected a value\n")
        let failing = run(["run", "--chain", TestData.path("chains/translate.json"), "--set", "translate.engine=command",
                           "--set", #"translate.command=["false"]"#, "--input-format", "jsonl", "--format", "jsonl", "--error-records"],
                          input: "{\"id\": \"snn-7\", \"text\": \"جملة.\"}\n")
        #expect(failing.status == 0)
        #expect(failing.out == #"{"id":"snn-7","input":"<stdin>:1","error":"<stdin>:1: error: step chain[3] 'translate' failed: command false: exited with status 1"}"# + "\n")
        let wrongFormat = run(["run", "--chain", summaryChain, "--error-records"], input: "نص")
        #expect(wrongFormat.status == 64)
        #expect(wrongFormat.err.hasPrefix("workbench run: error: --error-records writes failures as JSON lines: use it with --format jsonl\n"))
    }

    @Test func standardInputIsAStreamOfRecordsWhenAskedFor() {
        let input = "{\"text\": \"أولى.\"}\n{\"id\": \"x\", \"text\": \"ثانية.\"}\n"
        let result = run(["run", "--chain", summaryChain, "--input-format", "jsonl"], input: input)
        #expect(result == (0, "==> stdin:1 <==\nأولى.\n\n==> x <==\nثانية.\n", ""))
        // A .jsonl file read as text is one article; --input-format says otherwise for every input.
        let asText = run(["run", "--chain", summaryChain, "--input-format", "text", "-"], input: input)
        #expect(asText.out == input)
    }

    @Test func anOutputFolderGetsOneFilePerJSONLinesInput() throws {
        let folder = try TemporaryFolder()
        let feed = try seedsAsJSONLines(in: folder)
        let empty = try folder.write("empty.jsonl", "")
        let before = try folder.contents("seeds.jsonl")
        let out = folder.path("out")
        let result = run(["run", "--chain", summaryChain, "--format", "json", "--output", out, feed, empty])
        #expect(result == (0, "", ""))
        #expect(try folder.contents("seeds.jsonl") == before)
        let written = try JSONParser.parse(String(contentsOfFile: out + "/seeds.json", encoding: .utf8)).arrayValue ?? []
        #expect(written.map { $0["id"]?.stringValue ?? "" } == TestData.seedPaths.map {
            ((($0 as NSString).lastPathComponent) as NSString).deletingPathExtension
        })
        #expect(try String(contentsOfFile: out + "/empty.json", encoding: .utf8) == "[]\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        _ = empty
    }

    /// A stream has no total: the progress line counts the documents done.
    @Test func progressCountsTheDocumentsOfAStream() throws {
        let folder = try TemporaryFolder()
        let feed = try seedsAsJSONLines(in: folder)
        let captured = CapturedConsole(input: "", stderrIsTerminal: true)
        #expect(WorkbenchCLI.run(arguments: ["run", "--chain", summaryChain, feed], console: captured.console) == 0)
        #expect(captured.err.contains("[1] ") && captured.err.contains("[5] ") && captured.err.contains("seeds.jsonl:5"))
        #expect(!captured.out.contains("[1]"))
    }

    /// An output file that cannot be put in place is reported with its input, the run fails,
    /// and no temporary file is left behind.
    @Test func anOutputThatCannotBeWrittenIsReported() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("feed.jsonl", "{\"text\": \"جملة.\"}\n")
        try FileManager.default.createDirectory(atPath: folder.path("out/feed.json"), withIntermediateDirectories: true)
        let result = run(["run", "--chain", summaryChain, "--format", "json", "--output", folder.path("out"), feed])
        #expect(result.status == 1)
        #expect(result.err == "\(feed): error: cannot write \(folder.path("out/feed.json")): is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")) == ["feed.json"])
    }

    /// A scraper that left HTML character references in a headline (SaudiNewsNet's Sabq
    /// records: `&quot;الخطوط&quot; تضيف …`): the headline is one key point, shown as the page
    /// showed it, in the brief, the segmented text and the report; the JSON keeps the source
    /// as it came, with the sentence's range over the whole headline.
    @Test func characterReferencesInAHeadlineAreReadAsTheirCharacters() throws {
        let folder = try TemporaryFolder()
        let title = "&quot;الخطوط&quot; تضيف &quot;3058&quot; مقعداً لرحلاتها بين القصيم وجدة"
        let text = "أعلنت الخطوط السعودية عن إضافة 3058 مقعداً إلى جدول الرحلات بين القصيم وجدة. وتصادف الفترة ذروة موسم العمرة."
        let feed = try folder.write("feed.jsonl", JSONWriter.string(["id": "sabq", "title": .string(title), "text": .string(text)]) + "\n")
        let shown = "\"الخطوط\" تضيف \"3058\" مقعداً لرحلاتها بين القصيم وجدة"
        let brief = run(["run", "--chain", chain, feed])
        #expect(brief.status == 0)
        #expect(brief.out.contains("  1. \(shown)\n"))
        #expect(!brief.out.contains("&quot;") && !brief.out.contains("quot"))
        let sentences = run(["run", "--chain", summaryChain, "--set", "summarize.ratio=1.0", feed])
        #expect(sentences.out.contains("<==\n" + shown + "\n"))
        let report = run(["run", "--chain", chain, "--format", "html", feed])
        #expect(report.out.contains("&quot;الخطوط&quot;") && !report.out.contains("&amp;quot;"))
        let json = run(["run", "--chain", summaryChain, "--format", "jsonl", feed])
        let record = try JSONParser.parse(json.out)
        let first = try #require(record["annotations"]?.arrayValue?.first { $0["kind"]?.stringValue == "sentence" })
        #expect(first["start"]?.intValue == 0)
        #expect(first["end"]?.intValue == title.unicodeScalars.count)
        #expect(record["source"]?.stringValue?.hasPrefix(title) == true)
    }

    @Test(arguments: [
        (["--jobs", "0"], "workbench run: error: --jobs takes a number of documents processed at once, from 1 to 256; found '0'\n"),
        (["--jobs", "two"], "workbench run: error: --jobs takes a number of documents processed at once, from 1 to 256; found 'two'\n"),
        (["--jobs", "100000"], "workbench run: error: --jobs takes a number of documents processed at once, from 1 to 256; found '100000'\n"),
        (["--input-format", "jsnl"], "workbench run: error: unknown input format 'jsnl'. Did you mean 'jsonl'? Input formats: auto, text, jsonl\n"),
    ])
    func badRunOptionsExitWith64(arguments: [String], expected: String) {
        let result = run(["run", "--chain", summaryChain] + arguments)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(expected))
    }
}
