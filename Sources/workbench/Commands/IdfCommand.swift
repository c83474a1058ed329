import Core
import Foundation
import Plugins

/// `workbench idf`: counts in how many documents of a corpus each summary term occurs, for the
/// `summarize` step's `idf` option.
enum IdfCommand: Command {
    static let name = "idf"
    static let abstract = "Count in how many documents of a corpus each summary term occurs (for summarize's idf option)."
    static let usage = "idf [--output FILE] [--min-documents N] [--input-format auto|text|jsonl] [--language TAG] [INPUT…]"
    static let details = """
        ARGUMENTS:
          INPUT              Text files, JSON Lines files (one article per line) or directories,
                             as for 'run'; none or '-': standard input.

        OPTIONS:
          --output FILE      Write the counts to FILE (atomically) instead of standard output.
          --min-documents N  Leave out terms found in fewer than N documents (default 2; 1 keeps
                             every term). A term left out weighs as one the corpus never saw.
          --input-format F   auto (default), text or jsonl, as for 'run'.
          --language TAG     The documents' language, as for 'run' (default auto: each
                             document's own, from its letters; a JSON Lines record's language
                             overrides it): Cyrillic words are counted as Kazakh in kk
                             documents, as Russian otherwise.

        The terms are the summarizer's: light stems of the words that are not function words,
        Latin words and numbers (Arabic, Russian and Kazakh words each by their own layer). The documents are read one at a time, so a feed of any size can be counted;
        memory grows with its vocabulary, and the counts are written when the input ends. Use
        the file in a chain:
          { "use": "summarize", "options": { "idf": "feed.idf.tsv" } }
        An input or a line that cannot be read is reported and left out; the counts of the
        others are written and the exit status is 1.
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--output", "--min-documents", "--input-format", "--language"], flags: []).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        let minimumText = parsed.value("--min-documents") ?? "2"
        guard let minimum = Int(minimumText), minimum >= 1 else {
            return usageError(UsageError("--min-documents takes a whole number of documents, at least 1; found '\(minimumText)'"),
                              console: console)
        }
        let language: String
        do {
            language = try Self.language(parsed)
        } catch {
            return usageError(error, console: console)
        }
        let inputFormat: InputItem.Format?
        do {
            inputFormat = try Self.inputFormat(parsed)
        } catch {
            return usageError(error, console: console)
        }
        var (items, problems) = InputCollector.collect(parsed.positionals)
        if let inputFormat {
            for index in items.indices { items[index].format = inputFormat }
        }
        var failures = problems.filter { $0.contains(": error: ") }.count
        for problem in problems { console.err(problem) }

        var counter = TermFrequencyCounter()
        let progress = Progress(total: items.allSatisfy { $0.format == .text } ? items.count : nil, console: console)
        var seen = 0
        // Arabic and Latin words are told by their script; Cyrillic ones by the document's language.
        InputFeed(items: items, language: language, console: console).forEach { entry in
            switch entry.content {
            case .document(let document):
                progress.show(seen, entry.name)
                seen += 1
                counter.add(document.source, language: document.language)
            case .unreadable(let message):
                progress.finish()
                console.err(message)
                failures += 1
            case .start: break
            }
        }
        progress.finish()
        guard counter.documents > 0 else {
            console.err("workbench idf: error: no readable document to count; nothing written")
            return ExitStatus.failure
        }
        let names = parsed.positionals.isEmpty ? ["standard input"] : parsed.positionals.map { $0 == "-" ? "standard input" : $0 }
        let shown = names.count > 5 ? names.prefix(5).joined(separator: ", ") + " and \(names.count - 5) more" : names.joined(separator: ", ")
        let (file, written) = counter.file(minimum: minimum, comments: [
            "In how many documents each summary term occurs: the summarize step's idf option reads this.",
            "Written by workbench idf from \(shown); " + (minimum == 1 ? "every term kept." : "terms in fewer than \(minimum) documents left out."),
        ])
        if let output = parsed.value("--output") {
            do {
                try AtomicFile.write(file, to: output)
            } catch {
                console.err("workbench idf: error: \(error)")
                return ExitStatus.failure
            }
            console.err("workbench idf: \(counter.documents) documents, \(counter.terms) terms; "
                + "\(written) in at least \(minimum) document\(minimum == 1 ? "" : "s") written to \(output)")
        } else {
            console.out(file)
        }
        if failures > 0 {
            console.err("workbench idf: \(failures) input\(failures == 1 ? "" : "s") or line\(failures == 1 ? "" : "s") could not be read and \(failures == 1 ? "was" : "were") left out")
            return ExitStatus.failure
        }
        return ExitStatus.success
    }
}
