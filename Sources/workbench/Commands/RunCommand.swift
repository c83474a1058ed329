import Core
import Foundation
import Plugins

/// `workbench run`: the main job. Streams documents through a chain, one at a time.
enum RunCommand: Command {
    static let name = "run"
    static let abstract = "Run a chain over articles and print or write the results."
    static let usage = "run --chain FILE [--format text|json|jsonl|markdown] [--output DIR] [--language TAG] [--set STEP.OPTION=VALUE]… [INPUT…]"
    static let details = """
        ARGUMENTS:
          INPUT              A text file, a directory (every *.txt below it, sorted), or - for
                             standard input. No INPUT reads standard input.

        OPTIONS:
          --chain FILE       The chain file (JSON) naming the steps to run. Required.
          --format FORMAT    text (default), json (one array), jsonl (one object per line) or markdown.
          --output DIR       Write one file per input into DIR (created if missing), each written
                             atomically, instead of printing to standard output.
          --language TAG     The language of the inputs (default: ar).
          --set STEP.OPTION=VALUE
                             Set an option of the step named STEP over the chain file (repeatable);
                             VALUE is JSON, or else a string: --set glossary.render=inline.

        Exit status: 0 when every input was processed, 1 when an input or a document failed
        (the others are still processed), 64 for a wrong command line or chain file.
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--chain", "--format", "--output", "--language"], flags: [], repeatable: ["--set"]).parse(arguments)
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
        let language = parsed.value("--language") ?? "ar"
        guard !language.isEmpty, language.utf8.allSatisfy({ ScalarClass.of(UInt32($0)) == .letter || $0 == UInt8(ascii: "-") }) else {
            return usageError(UsageError("'\(language)' is not a language tag (write ar, en, ru, kk, …)"), console: console)
        }

        guard let chain = loadChain(chainPath, parsed, console: console) else { return ExitStatus.usage }

        let (items, problems) = InputCollector.collect(parsed.positionals)
        var failed = problems.contains { $0.contains(": error: ") }
        for problem in problems { console.err(problem) }

        let outputDirectory = parsed.value("--output")
        if let outputDirectory {
            if let collision = firstCollision(items) {
                return usageError(UsageError("inputs \(collision.0) and \(collision.1) would both write "
                    + "\(outputDirectory)/\(collision.2).\(format.fileExtension)"), console: console)
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory), !isDirectory.boolValue {
                return usageError(UsageError("--output \(outputDirectory) is a file, not a directory"), console: console)
            }
        }

        // Steps that compare the pages of a site need a first pass over each folder.
        let profiles = chain.usesSiteProfile ? Self.siteProfiles(items, language: language, console: console) : [:]

        var writer = StreamWriter(format: format, console: console, multiple: items.count > 1)
        let progress = Progress(total: items.count, console: console)
        for (index, item) in items.enumerated() {
            progress.show(index, item.displayName)
            guard let document = read(item, language: language, console: console) else {
                failed = true
                continue
            }
            let processed: Document
            do {
                processed = try chain.run(document, site: profiles[item.site])
            } catch {
                console.err("\(item.displayName): error: \(error)")
                failed = true
                continue
            }
            let output = format.render(processed)
            if let outputDirectory {
                let path = outputDirectory + "/" + item.outputStem + "." + format.fileExtension
                do {
                    try AtomicFile.write(output, to: path)
                } catch {
                    console.err("\(item.displayName): error: \(error)")
                    failed = true
                }
            } else {
                writer.write(output, id: processed.id)
            }
        }
        progress.finish()
        if outputDirectory == nil { writer.finish() }
        return failed ? ExitStatus.failure : ExitStatus.success
    }

    /// One profile per site (input folder) with more than one document: the line counts of a
    /// first pass. Only keys and counts are kept. Unreadable inputs are skipped here and
    /// reported by the main pass.
    static func siteProfiles(_ items: [InputItem], language: String, console: Console) -> [String: SiteProfile] {
        var perSite: [String: Int] = [:]
        for item in items where item.path != nil { perSite[item.site, default: 0] += 1 }
        var profiles: [String: SiteProfile] = [:]
        for item in items {
            guard let path = item.path, perSite[item.site, default: 0] > 1,
                  let data = FileManager.default.contents(atPath: path),
                  case .success(let text) = TextDecoder.decode(Array(data)) else { continue }
            profiles[item.site, default: SiteProfile()].add(Document(id: item.id, language: language, source: text))
        }
        return profiles
    }

    /// Reads one input into a document, reporting why it cannot.
    static func read(_ item: InputItem, language: String, console: Console) -> Document? {
        let bytes: [UInt8]
        if let path = item.path {
            guard let data = FileManager.default.contents(atPath: path) else {
                let reason = access(path, R_OK) == 0 ? "cannot read the file" : FileErrors.posixReason(errno)
                console.err("\(path): error: \(reason)")
                return nil
            }
            bytes = Array(data)
        } else {
            if console.stdinIsTerminal { console.err("workbench run: reading standard input (end it with Ctrl-D)") }
            bytes = Array(console.readInput())
        }
        switch TextDecoder.decode(bytes) {
        case .success(let text):
            return Document(id: item.id, language: language, source: text)
        case .failure(let failure):
            console.err("\(item.displayName): error: \(failure.message)")
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
