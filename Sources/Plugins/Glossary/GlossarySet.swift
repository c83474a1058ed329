import Core

/// The glossaries a chain loads, one compiled `Glossary` per source language: Arabic entries
/// match Arabic documents, Russian entries Russian ones, Kazakh entries Kazakh ones. Duplicates and conflicts are checked
/// within each language.
public struct GlossarySet: Sendable {
    /// One glossary per language, in the order the languages first appear in the entries.
    public let glossaries: [Glossary]

    /// Every entry, language by language.
    public var entries: [GlossaryEntry] { glossaries.flatMap(\.entries) }

    /// The source languages that have entries.
    public var languages: [String] { glossaries.map(\.language) }

    /// The glossary for documents in `language`, if it has entries.
    public func glossary(for language: String) -> Glossary? {
        index(for: language).map { glossaries[$0] }
    }

    /// The position in `glossaries` of the glossary for `language`.
    public func index(for language: String) -> Int? {
        glossaries.firstIndex { $0.language == language }
    }

    /// Compiles entries of any languages, reporting every problem of every language at once.
    public static func build(_ entries: [GlossaryEntry], conflicts: Glossary.ConflictPolicy = .error) -> Result<GlossarySet, DiagnosticList> {
        var order: [String] = []
        var byLanguage: [String: [GlossaryEntry]] = [:]
        for entry in entries {
            if byLanguage[entry.language] == nil { order.append(entry.language) }
            byLanguage[entry.language, default: []].append(entry)
        }
        var glossaries: [Glossary] = []
        var problems: [Diagnostic] = []
        for language in order {
            switch Glossary.build(byLanguage[language]!, conflicts: conflicts) {
            case .success(let glossary): glossaries.append(glossary)
            case .failure(let list): problems += list.diagnostics
            }
        }
        return problems.isEmpty ? .success(GlossarySet(glossaries: glossaries)) : .failure(DiagnosticList(problems))
    }
}
