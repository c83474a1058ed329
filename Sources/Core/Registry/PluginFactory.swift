import Foundation

/// Builds processors of one plugin from JSON options: the type-erased face of a `Processor` type.
public struct PluginFactory: Sendable {
    public let descriptor: PluginDescriptor
    /// Every option at its default, in the descriptor's order.
    public let defaultOptions: JSONObject
    private let build: @Sendable (JSONObject, KeyPath, ProcessorContext) -> Result<Built, DiagnosticsAtPath>

    /// A processor with its effective options (defaults filled in).
    public struct Built: Sendable {
        public let processor: any Processor
        public let options: JSONObject
    }

    /// Problems found while building: at key paths inside the chain file, and in other files
    /// the step reads (glossaries, lists).
    public struct DiagnosticsAtPath: Error, Sendable {
        public var problems: [(path: KeyPath, message: String)]
        public var external: [Diagnostic] = []
    }

    public init<P: Processor>(_ type: P.Type) {
        let descriptor = P.descriptor
        self.descriptor = descriptor
        let defaults = Self.encode(P.Options(), order: descriptor.options.map(\.name))
        self.defaultOptions = defaults
        build = { options, path, context in
            let log = OptionsDecodingLog()
            guard let decoded = OptionsDecoder.decode(P.Options.self, from: .object(options), log: log) else {
                return .failure(DiagnosticsAtPath(problems: log.errors.map { (path.appending($0.path), $0.message) }))
            }
            let problems = decoded.problems()
            if !problems.isEmpty {
                return .failure(DiagnosticsAtPath(problems: problems.map { problem in
                    (problem.key.map { path.appending($0) } ?? path, problem.message)
                }))
            }
            do {
                let processor = try P(options: decoded, context: context)
                return .success(Built(processor: processor, options: Self.encode(decoded, order: descriptor.options.map(\.name))))
            } catch let setup as SetupError {
                return .failure(DiagnosticsAtPath(problems: setup.options.map { problem in
                    (problem.key.map { path.appending($0) } ?? path, problem.message)
                }, external: setup.diagnostics))
            } catch let problem as OptionProblem {
                return .failure(DiagnosticsAtPath(problems: [(problem.key.map { path.appending($0) } ?? path, problem.message)]))
            } catch {
                return .failure(DiagnosticsAtPath(problems: [(path, String(describing: error))]))
            }
        }
    }

    /// Builds a processor from the `options` object of a step at `path` (`chain[2].options`).
    /// Unknown keys must have been rejected before (see `ChainBuilder`).
    public func make(options: JSONObject, at path: KeyPath, context: ProcessorContext) -> Result<Built, DiagnosticsAtPath> {
        build(options, path, context)
    }

    /// Options encoded as a JSON object with members in `order` (then any others).
    static func encode<O: Encodable>(_ options: O, order: [String]) -> JSONObject {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(options),
              case .object(let object)? = try? JSONParser.parse(bytes: Array(data))
        else { return [:] }
        var ordered = JSONObject()
        for key in order { if let value = object[key] { ordered[key] = value } }
        for member in object.members where ordered[member.key] == nil { ordered[member.key] = member.value }
        return ordered
    }
}
