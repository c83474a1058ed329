import Core
import Foundation
import Plugins

/// `workbench glossary …`: the translators' tools for the glossaries themselves.
enum GlossaryCommand: Command {
    static let name = "glossary"
    static let abstract = "Check, search, convert, edit and extend glossaries (lint, find, stats, export, import, candidates, add, remove, set)."
    static let usage = "glossary lint|find|stats|export|import|candidates|add|remove|set …"
    static let details = """
        SUBCOMMANDS:
          lint FILE|DIR…                 Every problem, compiler style; exit 1 when there are errors.
          find TERM [FILE|DIR…]          Which entries a form matches and how (normalization, clitics).
          stats [--corpus PATH…] FILE|DIR…
                                         Entries by type, variants, nisbas; with a corpus, hits per entry.
          export --format tbx|omegat|csv|deepl [--output FILE] FILE|DIR…
                                         Write the entries in another tool's format.
          import --format tbx|omegat|csv|deepl --output FILE.tsv INPUT
                                         Read another tool's glossary into our TSV (nothing written on errors).
          candidates [--glossary FILE|DIR]… [--top N] [--tsv] [--language TAG] CORPUS…
                                         Names the corpus uses that no glossary has (*.txt, *.jsonl).
          add FILE --arabic A|--russian R|--kazakh K --english E [--type T] [--variants "V | V"] [--nisba "STEM=English"] [--note N] [--force]
          remove FILE ARABIC
          set FILE ARABIC [--english E] [--type T] [--note N] [--add-variant V]… [--remove-variant V]… [--force]
                                         Edit one file: order, comments and line endings kept, written
                                         atomically under a lock; a duplicate or conflict is refused
                                         unless --force.

        FILE|DIR defaults to glossaries/. Outputs are written atomically; inputs are never changed.
        """

    static let subcommands = ["lint", "find", "stats", "export", "import", "candidates", "add", "remove", "set"]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let sub = arguments.first else { return usageError(UsageError("missing a subcommand: \(subcommands.joined(separator: ", "))"), console: console) }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "lint": return lint(rest, console: console)
        case "find": return find(rest, console: console)
        case "stats": return stats(rest, console: console)
        case "export": return export(rest, console: console)
        case "import": return importGlossary(rest, console: console)
        case "candidates": return candidates(rest, console: console)
        case "add", "remove", "set": return edit(sub, rest, console: console)
        default:
            return usageError(UsageError("unknown subcommand '\(sub)'.\(Suggestions.didYouMean(sub, in: subcommands)) "
                + "Subcommands: \(subcommands.joined(separator: ", "))"), console: console)
        }
    }

    // MARK: inputs

    /// The glossary files of the arguments (a folder: its *.tsv files), defaulting to glossaries/.
    static func files(_ paths: [String], console: Console) -> [(path: String, bytes: [UInt8])]? {
        var result: [(String, [UInt8])] = []
        for path in paths.isEmpty ? ["glossaries"] : paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                console.err("\(path): error: no such file or folder")
                return nil
            }
            let list = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in list {
                guard let data = FileManager.default.contents(atPath: file) else {
                    console.err("\(file): error: cannot read the file")
                    return nil
                }
                result.append((file, Array(data)))
            }
        }
        return result
    }

    /// The entries of the glossary files, or nil after printing the problems.
    static func entries(_ paths: [String], console: Console) -> [GlossaryEntry]? {
        guard let files = files(paths, console: console) else { return nil }
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        for file in files {
            switch GlossaryFileParser.parse(file.bytes, displayName: file.path, fileName: file.path) {
            case .success(let found): entries += found
            case .failure(let list): problems += list.diagnostics
            }
        }
        guard problems.isEmpty else {
            console.err(DiagnosticList(problems).description)
            return nil
        }
        return entries
    }

    // MARK: lint

    static func lint(_ arguments: [String], console: Console) -> Int32 {
        guard let files = files(arguments, console: console) else { return ExitStatus.failure }
        let report = GlossaryLinter.lint(files)
        for problem in report.diagnostics { console.err(problem.description) }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        console.out("\(files.count) file\(files.count == 1 ? "" : "s"), \(report.entries) entries: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        return errors > 0 ? ExitStatus.failure : ExitStatus.success
    }

    // MARK: find

    static func find(_ arguments: [String], console: Console) -> Int32 {
        guard let term = arguments.first else { return usageError(UsageError("missing the TERM to look up"), console: console) }
        guard let entries = entries(Array(arguments.dropFirst()), console: console) else { return ExitStatus.failure }
        let mapper: GlossaryMapper
        do {
            var options = GlossaryMapper.Options()
            options.conflicts = .keepFirst
            mapper = try GlossaryMapper(entries: entries, options: options)
        } catch {
            console.err("\(error)")
            return ExitStatus.failure
        }
        // A Cyrillic term is looked up in the Russian and the Kazakh glossaries, the first that has it.
        let cyrillic = term.unicodeScalars.contains { (0x0400...0x052F).contains($0.value) }
        let languages = cyrillic ? mapper.glossaries.languages.filter { $0 != "ar" } : ["ar"]
        var document = Document(id: "term", language: languages.first ?? "ar", source: term)
        var hits: [Annotation] = []
        for language in languages {
            document.language = language
            hits = (try? mapper.annotate(document)) ?? []
            if !hits.isEmpty { break }
        }
        if hits.isEmpty {
            // Nothing matched: show the term as its own language reads it — Kazakh when it
            // writes a letter only Kazakh has, else Russian (not the first loaded).
            let guess = cyrillic ? (LanguageGuess.writesKazakhLetter(term) ? "kk" : "ru") : "ar"
            document.language = languages.contains(guess) ? guess : languages.first ?? "ar"
        }
        let normalizer = Glossary.normalizer(for: document.language)
        var out = "\(term)\n  normalized: \(normalizer.normalizedString(term))\n"
        if hits.isEmpty {
            let forms = entries.filter { languages.contains($0.language) }.flatMap { [$0.source] + $0.variants }
            let normalized = normalizer.normalizedString(term)
            // Each spelling once: the Russian and the Kazakh files write many places alike (Испания).
            var seen = Set<String>()
            let near = forms.filter { Suggestions.levenshtein(normalizer.normalizedString($0), normalized) <= 2 && seen.insert($0).inserted }
                .prefix(5)
            out += "  no entry matches" + (near.isEmpty ? "\n" : "; close: \(near.joined(separator: ", "))\n")
        }
        for hit in hits {
            let covered = document.text(of: hit.range)
            let clitics = hit.data["clitics"]?.stringValue ?? ""
            out += "  \(covered) → \(hit.data["target"]?.stringValue ?? "") (\(hit.data["type"]?.stringValue ?? ""))\n"
            out += "    entry \(hit.data["entry"]?.stringValue ?? "") at \(hit.data["glossary"]?.stringValue ?? ""):\(hit.data["line"]?.intValue ?? 0)"
            out += clitics.isEmpty ? ", no clitics\n" : ", clitics stripped: \(clitics)\n"
        }
        console.out(out)
        return hits.isEmpty ? ExitStatus.failure : ExitStatus.success
    }

    // MARK: stats

    static func stats(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: [], flags: [], repeatable: ["--corpus"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard let entries = entries(parsed.positionals, console: console) else { return ExitStatus.failure }
        var out = "\(entries.count) entries, \(entries.reduce(0) { $0 + $1.variants.count }) variants, "
            + "\(entries.reduce(0) { $0 + $1.nisbas.count }) nisba adjectives\n"
        for kind in GlossaryEntry.Kind.allCases {
            let n = entries.filter { $0.kind == kind }.count
            if n > 0 { out += "  \(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(n)\n" }
        }
        let corpus = parsed.repeated["--corpus"] ?? []
        if !corpus.isEmpty {
            guard let documents = CorpusReader.documents(corpus, console: console) else { return ExitStatus.failure }
            var options = GlossaryMapper.Options()
            options.conflicts = .keepFirst
            guard let mapper = try? GlossaryMapper(entries: entries, options: options) else { return ExitStatus.failure }
            var hits: [String: Int] = [:]
            let progress = Progress(total: documents.count, console: console)
            defer { progress.finish() }
            for (index, document) in documents.enumerated() {
                if index % 100 == 0 { progress.show(index, document.id) }
                for hit in (try? mapper.annotate(document)) ?? [] {
                    hits["\(hit.data["glossary"]?.stringValue ?? ""):\(hit.data["line"]?.intValue ?? 0)", default: 0] += 1
                }
            }
            let total = hits.values.reduce(0, +)
            out += "\n\(documents.count) documents, \(total) hits; \(entries.count - hits.count) entries never matched\n"
            let byKey = Dictionary(entries.map { ("\(($0.file as NSString).lastPathComponent):\($0.line)", $0) }, uniquingKeysWith: { a, _ in a })
            for (key, count) in hits.sorted(by: { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }).prefix(20) {
                let entry = byKey[key]
                out += "  \(String(count).padding(toLength: 7, withPad: " ", startingAt: 0)) \(entry?.source ?? "") → \(entry?.english ?? "")  (\(key))\n"
            }
        }
        console.out(out)
        return ExitStatus.success
    }

    // MARK: export / import

    /// The arguments of export and import with a known `--format`, or the exit status after a usage error.
    static func formatArguments(_ arguments: [String], console: Console) -> Result<(ArgumentScanner.Parsed, String), ExitCode> {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--format", "--output"], flags: []).parse(arguments)
        } catch {
            return .failure(ExitCode(usageError(error, console: console)))
        }
        let formats = ["tbx"] + DelimitedGlossary.Format.allCases.map(\.rawValue)
        guard let format = parsed.value("--format"), formats.contains(format) else {
            let given = parsed.value("--format") ?? ""
            return .failure(ExitCode(usageError(UsageError(given.isEmpty ? "missing --format (\(formats.joined(separator: ", ")))"
                : "unknown format '\(given)'.\(Suggestions.didYouMean(given, in: formats)) Formats: \(formats.joined(separator: ", "))"),
                console: console)))
        }
        return .success((parsed, format))
    }

    /// An exit status carried as an error.
    struct ExitCode: Error { var status: Int32; init(_ status: Int32) { self.status = status } }

    static func export(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed, format: String
        switch formatArguments(arguments, console: console) {
        case .success(let result): (parsed, format) = result
        case .failure(let exit): return exit.status
        }
        guard let entries = entries(parsed.positionals, console: console) else { return ExitStatus.failure }
        let text: String
        switch format {
        case "tbx": text = TBXWriter.write(entries, title: "workbench glossary export")
        case "omegat": text = DelimitedGlossary.omegaT(entries)
        case "csv": text = DelimitedGlossary.csv(entries)
        default:
            switch DelimitedGlossary.deepL(entries, file: "glossary") {
            case .success(let written): text = written
            case .failure(let list):
                console.err(list.description)
                return ExitStatus.failure
            }
        }
        return write(text, to: parsed.value("--output"), console: console)
    }

    static func importGlossary(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed, format: String
        switch formatArguments(arguments, console: console) {
        case .success(let result): (parsed, format) = result
        case .failure(let exit): return exit.status
        }
        guard parsed.positionals.count == 1, let input = parsed.positionals.first else {
            return usageError(UsageError("expected one INPUT file"), console: console)
        }
        guard let output = parsed.value("--output") else { return usageError(UsageError("missing --output FILE.tsv"), console: console) }
        guard let data = FileManager.default.contents(atPath: input) else {
            console.err("\(input): error: cannot read the file")
            return ExitStatus.failure
        }
        let result: Result<[GlossaryEntry], DiagnosticList>
        if format == "tbx" {
            result = TBXReader.read(data, file: input)
        } else {
            guard case .success(let text) = TextDecoder.decode(Array(data)) else {
                console.err("\(input): error: not UTF-8 text")
                return ExitStatus.failure
            }
            result = format == "csv" ? DelimitedGlossary.readCSV(text, file: input)
                : DelimitedGlossary.readTSV(text, file: input, format: format == "omegat" ? .omegat : .deepl)
        }
        switch result {
        case .success(let entries):
            let languages: [String]
            switch GlossarySet.build(entries) {
            case .success(let set): languages = set.languages
            case .failure(let list):
                console.err(list.description)
                return ExitStatus.failure
            }
            if languages.count > 1 {
                console.err("\(input): error: the file holds \(EnglishList.joined(languages.map(GlossaryEntry.languageName(of:)))) terms, "
                    + "and a glossary file holds one source language; export each language's glossaries on their own (nothing written)")
                return ExitStatus.failure
            }
            return write(GlossaryTSVWriter.write(entries, comment: "Imported from \((input as NSString).lastPathComponent) (\(format))"),
                         to: output, console: console)
        case .failure(let list):
            console.err(list.description)
            return ExitStatus.failure
        }
    }

    static func write(_ text: String, to path: String?, console: Console) -> Int32 {
        guard let path else {
            console.out(text)
            return ExitStatus.success
        }
        do {
            try AtomicFile.write(text, to: path)
            return ExitStatus.success
        } catch {
            console.err("\(path): error: \(error)")
            return ExitStatus.failure
        }
    }

    // MARK: candidates

    static func candidates(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--top", "--language"], flags: ["--tsv"], repeatable: ["--glossary"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard !parsed.positionals.isEmpty else { return usageError(UsageError("missing the CORPUS files or folders"), console: console) }
        let top = Int(parsed.value("--top") ?? "50") ?? 50
        let language: String
        do {
            language = try Self.language(parsed)
        } catch {
            return usageError(error, console: console)
        }
        guard let entries = entries(parsed.repeated["--glossary"] ?? [], console: console),
              let documents = CorpusReader.documents(parsed.positionals, language: language, console: console) else { return ExitStatus.failure }
        let finder: CandidateFinder
        do {
            finder = try CandidateFinder(entries: entries)
        } catch {
            console.err("\(error)")
            return ExitStatus.failure
        }
        let progress = Progress(total: documents.count, console: console)
        let found = finder.candidates(in: documents, limit: top) { progress.show($0, documents[$0].id) }
        progress.finish()
        if parsed.flags.contains("--tsv") {
            let rows = found.map { c in
                GlossaryEntry(source: c.source, english: c.suggestion, kind: .person,
                              note: "UNVERIFIED romanisation; seen \(c.count) times" + (c.role.map { "; written as \($0)" } ?? "")
                                  + (c.near.map { "; close to \($0)" } ?? ""),
                              language: GlossaryEntry.sourceColumns.contains { $0.language == c.language } ? c.language : "ar")
            }
            console.out(GlossaryTSVWriter.write(rows, comment: "Candidates from \(documents.count) documents: check every English rendering"))
        } else {
            var out = "\(documents.count) documents; \(found.count) candidates (romanisations unverified)\n\n"
            for (i, c) in found.enumerated() {
                out += "\(i + 1). \(c.source)  ×\(c.count)  → \(c.suggestion)?" + (c.role.map { " — \($0)" } ?? "")
                    + (c.near.map { "  close to \($0)" } ?? "") + "\n"
                for context in c.contexts { out += "     \(context)\n" }
            }
            console.out(out)
        }
        return ExitStatus.success
    }

    // MARK: add / remove / set

    static func edit(_ sub: String, _ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--arabic", "--russian", "--kazakh", "--english", "--type", "--variants", "--nisba", "--note"], flags: ["--force"],
                                         repeatable: ["--add-variant", "--remove-variant"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard let file = parsed.positionals.first else { return usageError(UsageError("missing the glossary FILE to edit"), console: console) }
        var kind: GlossaryEntry.Kind? = nil
        if let typeName = parsed.value("--type") {
            guard let known = GlossaryEntry.Kind(rawValue: typeName) else {
                let names = GlossaryEntry.Kind.allCases.map(\.rawValue)
                return usageError(UsageError("unknown type '\(typeName)'.\(Suggestions.didYouMean(typeName, in: names)) Types: \(names.joined(separator: ", "))"),
                                  console: console)
            }
            kind = known
        }
        let edit: GlossaryEditor.Edit
        switch sub {
        case "add":
            guard let arabic = parsed.value("--arabic") ?? parsed.value("--russian") ?? parsed.value("--kazakh"),
                  let english = parsed.value("--english") else {
                return usageError(UsageError("add needs --arabic (or --russian / --kazakh, for a Russian / Kazakh glossary) and --english"),
                                  console: console)
            }
            let nisbas = (parsed.value("--nisba") ?? "").split(separator: "|").compactMap { item -> GlossaryEntry.Nisba? in
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return parts.count == 2 ? GlossaryEntry.Nisba(stem: parts[0], english: parts[1]) : nil
            }
            edit = .add(GlossaryEntry(source: arabic, english: english, kind: kind ?? .term,
                                      variants: (parsed.value("--variants") ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) },
                                      nisbas: nisbas, note: parsed.value("--note") ?? ""))
        case "remove":
            guard parsed.positionals.count == 2 else { return usageError(UsageError("remove needs FILE and the ARABIC term"), console: console) }
            edit = .remove(arabic: parsed.positionals[1])
        default:
            guard parsed.positionals.count == 2 else { return usageError(UsageError("set needs FILE and the ARABIC term"), console: console) }
            edit = .set(arabic: parsed.positionals[1], english: parsed.value("--english"), kind: kind, note: parsed.value("--note"),
                        addVariants: parsed.repeated["--add-variant"] ?? [], removeVariants: parsed.repeated["--remove-variant"] ?? [])
        }
        do {
            let summary = try GlossaryEditor(path: file, force: parsed.flags.contains("--force")).apply(edit)
            console.out("\(file): \(summary)\n")
            return ExitStatus.success
        } catch {
            console.err(error.description)
            return ExitStatus.failure
        }
    }
}
