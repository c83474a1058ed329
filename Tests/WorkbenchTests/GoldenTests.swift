import Core
import Foundation
import Testing
import TestSupport
@testable import workbench

/// `chains/default.json` on every seed, against golden files in `Golden/default/`, in the text,
/// JSON Lines and HTML formats; `chains/boilerplate.json` (the kept text of each page) against
/// `Golden/boilerplate/`. Re-record with `RECORD_GOLDEN=1 swift test` (the run then fails
/// on purpose, so a recording is never mistaken for a pass); review the diff before committing.
struct GoldenTests {
    static let seeds = TestData.seedPaths

    @Test(arguments: seeds)
    func defaultChainMatchesGolden(seed: String) throws {
        try check(chain: "default", formats: [("text", "txt"), ("jsonl", "jsonl"), ("html", "html")], seed: seed)
    }

    @Test(arguments: seeds)
    func boilerplateChainMatchesGolden(seed: String) throws {
        try check(chain: "boilerplate", formats: [("text", "txt")], seed: seed)
    }

    func check(chain: String, formats: [(String, String)], seed: String) throws {
        let id = ((seed as NSString).lastPathComponent as NSString).deletingPathExtension
        for (format, ext) in formats {
            let captured = CapturedConsole()
            let status = WorkbenchCLI.run(arguments: ["run", "--chain", TestData.path("chains/\(chain).json"), "--format", format, seed],
                                          console: captured.console)
            #expect(status == 0)
            #expect(captured.err == "")
            // An HTML page is the one page header, the article, the footer: the golden file
            // holds the article (the header is the same for every page and HTMLReportTests checks it).
            var output = captured.out
            if ext == "html" {
                #expect(output.hasPrefix(HTMLReport.header) && output.hasSuffix(HTMLReport.footer))
                output = String(output.dropFirst(HTMLReport.header.count).dropLast(HTMLReport.footer.count))
            }
            let golden = TestData.path("Tests/WorkbenchTests/Golden/\(chain)/\(id).\(ext)")
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
                try FileManager.default.createDirectory(atPath: (golden as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try output.write(toFile: golden, atomically: true, encoding: .utf8)
                Issue.record("recorded \(golden)")
                continue
            }
            let expected = try String(contentsOfFile: golden, encoding: .utf8)
            #expect(output == expected, "\(id).\(ext) differs from its golden file")
        }
    }
}
