import Core
import Foundation
import Plugins
import Testing
import TestSupport
@testable import workbench

/// The README documents what the tool does: its plugin reference is the descriptors' text,
/// and its commands are the ones the tool has.
struct ReadmeTests {
    let readme = (try? TestData.read(TestData.path("README.md"))) ?? ""

    @Test(arguments: BuiltinPlugins.registry.names)
    func pluginReferenceIsTheDescriptor(plugin: String) {
        let section = PluginDocumentation.markdown(BuiltinPlugins.registry.factory(named: plugin)!)
        #expect(readme.contains(section), "README lacks the reference of '\(plugin)'; paste `workbench describe \(plugin) --markdown`")
    }

    /// Descriptor text is plain; in Markdown its `&` and `<` are escaped, or GitHub would show
    /// `&quot;` as a quotation mark and hide `<think>` and `<TAB>` as tags.
    @Test func markdownProseEscapesMarkupCharacters() {
        #expect(PluginDocumentation.prose("a reasoning model's <think> dropped; &quot; and RULE<TAB>PHRASE")
                == "a reasoning model's &lt;think> dropped; &amp;quot; and RULE&lt;TAB>PHRASE")
        let translate = PluginDocumentation.markdown(BuiltinPlugins.registry.factory(named: "translate")!)
        #expect(translate.contains("&lt;think>") && !translate.contains("<think>"))
    }

    @Test func everyCommandIsDocumented() {
        for command in WorkbenchCLI.commands {
            #expect(readme.contains("workbench \(command.name)"), "README does not mention 'workbench \(command.name)'")
        }
    }

    /// The `workbench check` example is the real output for the main chain (it went stale once).
    @Test func theCheckExampleIsTheMainChainsOutput() {
        let chain = TestData.path("chains/default.json")
        let captured = CapturedConsole(input: "", stderrIsTerminal: false)
        #expect(WorkbenchCLI.run(arguments: ["check", chain], console: captured.console) == 0)
        let shown = captured.out.replacingOccurrences(of: chain, with: "chains/default.json")
        #expect(readme.contains("$ workbench check chains/default.json\n" + shown + "```"),
                "README's check example differs; paste `workbench check chains/default.json`")
    }

    /// The example brief is a seed's golden output.
    @Test func theExampleBriefIsTheGoldenOutput() throws {
        let golden = try TestData.read(TestData.path("Tests/WorkbenchTests/Golden/default/004_4c5a7fcac4536ac5.txt"))
        let trimmed = String(golden.reversed().drop { $0 == "\n" }.reversed())
        #expect(readme.contains("```\n" + trimmed + "\n```"), "README's example brief differs from the golden file")
    }

    @Test func theSetUpCommandsAreTheOnesCIRuns() throws {
        let ci = try TestData.read(TestData.path(".ci/run"))
        for command in ["swift run -c release workbench run --chain chains/default.json seeds/", "swift test"] {
            #expect(readme.contains(command))
            #expect(ci.contains(command))
        }
    }
}
