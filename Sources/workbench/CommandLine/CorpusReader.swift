import Core
import Foundation

/// Reads corpus documents for the glossary tools, as `workbench run` reads its inputs: text
/// files, JSON Lines files (one article per line) and folders of both. Documents are held in
/// memory: the tools count across the whole corpus.
enum CorpusReader {
    /// The documents, or `nil` after reporting every input and line that cannot be read.
    static func documents(_ paths: [String], language: String = "ar", console: Console) -> [Document]? {
        let (items, problems) = InputCollector.collect(paths)
        var failed = false
        for problem in problems where !problem.contains(": warning: ") {
            console.err(problem)
            failed = true
        }
        var documents: [Document] = []
        InputFeed(items: items, language: language, console: console).forEach { entry in
            switch entry.content {
            case .document(let document): documents.append(document)
            case .unreadable(let message):
                console.err(message)
                failed = true
            case .start: break
            }
        }
        return failed ? nil : documents
    }
}
