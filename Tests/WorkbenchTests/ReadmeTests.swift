import Core
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

    @Test func everyCommandIsDocumented() {
        for command in WorkbenchCLI.commands {
            #expect(readme.contains("workbench \(command.name)"), "README does not mention 'workbench \(command.name)'")
        }
    }

    @Test func theSetUpCommandsAreTheOnesCIRuns() throws {
        let ci = try TestData.read(TestData.path(".ci/run"))
        for command in ["swift run -c release workbench run --chain chains/default.json seeds/", "swift test"] {
            #expect(readme.contains(command))
            #expect(ci.contains(command))
        }
    }
}
