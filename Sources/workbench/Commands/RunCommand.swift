import Core
import Foundation
import Plugins

/// `workbench run`: the main job. Streams documents through a chain, on all cores, in input order.
enum RunCommand: Command {
    static let name = "run"
    static let abstract = "Run a chain over articles and print or write the results."
    static let usage = "run --chain FILE [--format text|json|jsonl|markdown|html] [--output DIR] [--input-format auto|text|jsonl] [--jobs N] [--error-records] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]"
    static let details = """
        ARGUMENTS:
          INPUT              A text file (one article), a JSON Lines file (*.jsonl, *.ndjson: one
                             article per line, {"id": …, "title": …, "text": …}), a directory
                             (every *.txt, *.jsonl and *.ndjson below it, sorted), or - for
                             standard input. No INPUT reads standard input.

        OPTIONS:
          --chain FILE       The chain file (JSON) naming the steps to run. Required.
          --format FORMAT    text (default), json (one array), jsonl (one object per line), markdown
                             or html (one page: each brief, and the article with its chrome, key
                             sentences and glossary terms marked).
          --output DIR       Write one file per input into DIR (created if missing), each written
                             atomically, instead of printing to standard output.
          --input-format F   auto (default: *.jsonl and *.ndjson are JSON Lines, the rest text),
                             text or jsonl: how to read every input, standard input included
                             (read as a stream: it may never end).
          --jobs N           Documents processed at once, 1 to 256 (default: the number of
                             cores). The output is the same, in input order, whatever N.
          --error-records    With --format jsonl: a record or document that fails is also written
                             in its place as {"id", "input", "error"}, and the exit status stays
                             0 (for Spark's pipe, where a non-zero exit fails the whole task).
          --language TAG     The language of the inputs. Default: auto, each document's own,
                             from its letters: Arabic → ar; Cyrillic → ru, or kk with the
                             letters only Kazakh writes (ә ғ қ ң ө ұ ү һ і); anything else → ar.
                             A JSON Lines record's "language" field overrides it.
          --set STEP.OPTION=VALUE
                             Set an option of the step named STEP over the chain file (repeatable);
                             VALUE is JSON, or else a string: --set glossary.render=inline.

        Exit status: 0 when every input was processed, 1 when an input or a document failed
        (the others are still processed, unless the first 10 documents all fail at a step the
        same way: an engine that is not running), 64 for a wrong command line or chain file.
        """

    /// Steps that left a document alone because they do not take its language.
    struct LanguageSkip: Sendable, Hashable {
        var language: String
        var steps: [String]

        init?(_ document: Document) {
            steps = document.steps.filter { $0.outcome == .skippedLanguage }.map(\.name)
            language = document.language
            if steps.isEmpty { return nil }
        }
    }

    /// What became of one entry of the feed.
    enum Outcome: Sendable {
        /// A JSON Lines input begins.
        case start
        /// `skipped`: the steps that do not take the document's language, when any did not.
        case rendered(id: String, output: String, skipped: LanguageSkip? = nil)
        /// The full message, `name: error: reason`.
        case failed(String)
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--chain", "--format", "--output", "--input-format", "--jobs", "--language"],
                                         flags: ["--error-records"], repeatable: ["--set"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard let chainPath = parsed.value("--chain") else {
            return usageError(UsageError("missing '--chain FILE' (try chains/default.json)"), console: console)
        }
        let formatName = parsed.value("--format") ?? "text"
        guard let format = OutputFormat(rawValue: formatName) else {
            let names = OutputFormat.allCases.map(\.rawValue)
            return usageError(UsageError("unknown format '\(formatName)'.\(Suggestions.didYouMean(formatName, in: names)) "
                + "Formats: \(names.joined(separator: ", "))"), console: console)
        }
        let inputFormat: InputItem.Format?
        do {
            inputFormat = try Self.inputFormat(parsed)
        } catch {
            return usageError(error, console: console)
        }
        let jobs: Int
        if let jobsText = parsed.value("--jobs") {
            guard let number = Int(jobsText), (1...256).contains(number) else {
                return usageError(UsageError("--jobs takes a number of documents processed at once, from 1 to 256; found '\(jobsText)'"),
                                  console: console)
            }
            jobs = number
        } else {
            jobs = ProcessInfo.processInfo.activeProcessorCount
        }
        let errorRecords = parsed.has("--error-records")
        guard !errorRecords || format == .jsonl else {
            return usageError(UsageError("--error-records writes failures as JSON lines: use it with --format jsonl"), console: console)
        }
        let language: String
        do {
            language = try Self.language(parsed)
        } catch {
            return usageError(error, console: console)
        }

        guard let chain = loadChain(chainPath, parsed, console: console) else { return ExitStatus.usage }

        var (items, problems) = InputCollector.collect(parsed.positionals)
        if let inputFormat {
            for index in items.indices { items[index].format = inputFormat }
        }
        let failed = problems.contains { $0.contains(": error: ") }
        for problem in problems { console.err(problem) }

        let outputDirectory = parsed.value("--output")
        if let outputDirectory {
            if let collision = firstCollision(items) {
                return usageError(UsageError("inputs \(collision.0) and \(collision.1) would both write "
                    + RunOutput.path(in: outputDirectory, stem: collision.2, format: format)), console: console)
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory), !isDirectory.boolValue {
                return usageError(UsageError("--output \(outputDirectory) is a file, not a directory"), console: console)
            }
        }

        // Steps that compare the pages of a site need a first pass over each folder.
        let profiles = chain.usesSiteProfile ? Self.siteProfiles(items, language: language, console: console) : [:]

        let streams = items.contains { $0.format == .jsonl }
        let output = RunOutput(items: items, format: format, directory: outputDirectory, console: console,
                               progress: Progress(total: streams ? nil : items.count, console: console),
                               multiple: items.count > 1 || streams, errorRecords: errorRecords)
        let sites = items.map(\.site)
        let runner = OrderedRunner<InputFeed.Entry, Outcome>(jobs: jobs, work: { entry in
            switch entry.content {
            case .start:
                return .start
            case .unreadable(let message):
                return .failed(message)
            case .document(let document):
                do {
                    let processed = try chain.run(document, site: profiles[sites[entry.input]])
                    return .rendered(id: processed.id, output: format.render(processed), skipped: LanguageSkip(processed))
                } catch {
                    return .failed("\(entry.name): error: \(error)")
                }
            }
        }, emit: output.emit)
        InputFeed(items: items, language: language, console: console).forEach(while: { !output.stopRequested }, runner.submit)
        runner.finish()
        output.finish()
        return failed || output.failed ? ExitStatus.failure : ExitStatus.success
    }

    /// One profile per site (an input folder with more than one document, or a JSON Lines file):
    /// the line counts of a first pass. Only keys and counts are kept. Unreadable inputs are
    /// skipped here and reported by the main pass; standard input is read once, so it has none.
    static func siteProfiles(_ items: [InputItem], language: String, console: Console) -> [String: SiteProfile] {
        var perSite: [String: Int] = [:]
        for item in items where item.path != nil && item.format == .text { perSite[item.site, default: 0] += 1 }
        var profiles: [String: SiteProfile] = [:]
        for item in items {
            guard let path = item.path else { continue }
            if item.format == .jsonl {
                guard profiles[item.site] == nil, let file = try? LineFile(path: path) else { continue }
                var lines = file.lines()
                var profile = SiteProfile()
                while let line = lines.next() {
                    if case .success(let document)? = JSONLinesRecord.document(line, fallbackID: "", language: language) {
                        profile.add(document)
                    }
                }
                if profile.documents > 1 { profiles[item.site] = profile }
                continue
            }
            guard perSite[item.site, default: 0] > 1,
                  let data = FileManager.default.contents(atPath: path),
                  case .success(let text) = TextDecoder.decode(Array(data)) else { continue }
            profiles[item.site, default: SiteProfile()].add(Document(id: item.id, language: LanguageGuess.resolve(language, text: text), source: text))
        }
        return profiles
    }

    /// Reads one text input into a document, reporting why it cannot.
    static func read(_ item: InputItem, language: String, console: Console) -> Document? {
        switch InputFeed.read(item, language: language, console: console) {
        case .document(let document):
            return document
        case .unreadable(let message):
            console.err(message)
            return nil
        case .start:
            return nil
        }
    }

    /// Two inputs whose outputs would have the same path, if any.
    static func firstCollision(_ items: [InputItem]) -> (String, String, String)? {
        var seen: [String: String] = [:]
        for item in items {
            if let other = seen[item.outputStem] { return (other, item.displayName, item.outputStem) }
            seen[item.outputStem] = item.displayName
        }
        return nil
    }
}
