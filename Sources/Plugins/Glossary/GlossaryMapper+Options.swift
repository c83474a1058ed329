import Core

extension GlossaryMapper {
    /// How the text renderer shows a term.
    public enum Render: String, OptionEnum {
        /// The text is unchanged; the terms are in the annotations.
        case annotate
        /// The English term replaces the Arabic one; proclitics stay as separate words: `و Tokayev`.
        case replace
        /// The English term follows the Arabic one in brackets: `توكاييف (Tokayev)`.
        case inline
    }

    /// Options of the `glossary` plugin.
    public struct Options: PluginOptions {
        /// Glossary files, or folders whose `*.tsv` files are all loaded (not recursively).
        public var files: [String] = []
        public var render = Render.annotate
        public var conflicts = Glossary.ConflictPolicy.error

        public init() {}

        enum CodingKeys: String, CodingKey {
            case files, render, conflicts
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            files = try c.value(forKey: .files, default: [])
            render = try c.value(forKey: .render, default: .annotate)
            conflicts = try c.value(forKey: .conflicts, default: .error)
        }

        public func problems() -> [OptionProblem] {
            files.isEmpty ? [OptionProblem(key: "files", "name at least one glossary file or folder, e.g. [\"../glossaries\"]")] : []
        }
    }
}
