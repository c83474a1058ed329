import Core
import Foundation
import Plugins
import Testing
import TestSupport

/// Checks every registered plugin must pass, whatever it does: a shared verifier in the spirit
/// of SwiftNIO's `ByteToMessageDecoderVerifier`.
struct PluginConformanceTests {
    static let names = BuiltinPlugins.registry.names

    /// Options that make a plugin usable: its first example's (a glossary needs files).
    static func usableOptions(_ plugin: String) -> JSONObject {
        BuiltinPlugins.registry.factory(named: plugin)?.descriptor.examples.first?.options ?? [:]
    }

    static let inputs: [(name: String, text: String)] = [
        ("empty", ""),
        ("whitespace", " \n\t\r\n  \u{00A0}\n"),
        ("latin only", "Kazakhstan and the EU. Talks in Astana!"),
        ("mixed", "قال توكاييف (Tokayev) إن CICA تضم 27 عضوًا؟ نعم.\n\n«سي 5+1»"),
        ("diacritics and tatweel", "تُوكَـايِيفُ وَأَسْتَانَة"),
        ("lone marks", "\u{064B}\u{0640}\u{200F}"),
    ]

    @Test(arguments: names)
    func handlesEdgeInputsDeterministically(plugin: String) throws {
        for input in Self.inputs {
            let first = try annotate(plugin: plugin, options: Self.usableOptions(plugin), input.text)
            let second = try annotate(plugin: plugin, options: Self.usableOptions(plugin), input.text)
            #expect(first == second, "\(plugin) is not deterministic on \(input.name)")
            let length = input.text.unicodeScalars.count
            for annotation in first.annotations {
                #expect(annotation.start >= 0 && annotation.start <= annotation.end && annotation.end <= length,
                        "\(plugin) on \(input.name): [\(annotation.start), \(annotation.end)) outside 0..<\(length)")
            }
        }
    }

    @Test(arguments: names)
    func runsOnEverySeedInsideTheSource(plugin: String) throws {
        for path in TestData.seedPaths {
            let text = try TestData.read(path)
            let document = try annotate(plugin: plugin, options: Self.usableOptions(plugin), text)
            #expect(document.annotations.allSatisfy { $0.end <= document.sourceLength })
            #expect(document.source == text)
        }
    }

    /// The descriptor documents exactly the keys the options type encodes, and the defaults
    /// decode back to themselves.
    @Test(arguments: names)
    func optionsMatchTheirDescription(plugin: String) throws {
        let factory = BuiltinPlugins.registry.factory(named: plugin)!
        #expect(factory.defaultOptions.keys == factory.descriptor.options.map(\.name))
        var options = factory.defaultOptions
        for member in Self.usableOptions(plugin).members { options[member.key] = member.value }
        let rebuilt = try factory.make(options: options, at: KeyPath(), context: ProcessorContext(baseDirectory: TestData.root.path)).get()
        #expect(rebuilt.options == options)
        for option in factory.descriptor.options {
            #expect(!option.meaning.isEmpty && !option.type.isEmpty, "\(plugin).\(option.name) is undocumented")
        }
        #expect(!factory.descriptor.summary.isEmpty)
    }
}
