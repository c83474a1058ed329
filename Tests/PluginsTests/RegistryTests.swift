import Core
import Foundation
import Plugins
import Testing
import TestSupport

/// The registry and every plugin's default options against a golden file, so that a renamed
/// plugin or option cannot slip through. Re-record with `RECORD_GOLDEN=1 swift test`.
struct RegistryTests {
    @Test func registryAndDefaultsMatchTheGoldenFile() throws {
        var plugins = JSONObject()
        for factory in BuiltinPlugins.registry.factories {
            plugins[factory.descriptor.name] = [
                "languages": .array(factory.descriptor.languages.map { .string($0) }),
                "requires": .array(factory.descriptor.requires.map { .string($0) }),
                "produces": .array(factory.descriptor.produces.map { .string($0.kind) }),
                "options": .object(factory.defaultOptions),
            ]
        }
        let actual = JSONWriter.string(.object(plugins)).replacingOccurrences(of: "},\"", with: "},\n\"") + "\n"
        let path = TestData.path("Tests/PluginsTests/DefaultOptions.golden.json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); run again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected)
    }
}
