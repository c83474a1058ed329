import Core
import Foundation
import Plugins

/// `workbench eval summaries`: scores a chain's summaries against human references with ROUGE.
enum EvalCommand: Command {
    static let name = "eval"
    static let abstract = "Score a chain's summaries against human references (ROUGE-1, -2, -L), or the brief's name romanisations."
    static let usage = "eval summaries --chain FILE --references DIR [--budget chain|reference-words] [--against METHOD] [--groups FILE:COLUMN] [--json] ARTICLE…\n"
        + "       workbench eval names [--spellings FILE]… [--misses] [--json] PAIRS…"
    static let details = """
        ARGUMENTS:
          ARTICLE            Article files or directories (every *.txt below them). The id is the
                             file name without extension.

        OPTIONS:
          --chain FILE       A chain with a summarize step.
          --references DIR   Reference summaries: every file <id>.<anything>.txt in DIR belongs
                             to article <id> (EASC: references/001.A.txt … 001.E.txt).
          --budget MODE      chain (default): the summary the chain's options give.
                             reference-words: per article, a budget of the mean token count of its
                             references; sentences in rank order until it is reached, printed in
                             document order, cut to exactly that many tokens.
          --against METHOD   Also score the chain with its summarize step set to METHOD (lead,
                             graph, news) and compare, article by article: the mean difference
                             of each F1, its 95% paired bootstrap interval (2,000 resamples,
                             fixed seed) and the articles better, worse and tied.
          --groups FILE:COLUMN
                             Also score each group of articles apart: FILE is tab-separated with
                             a header naming an 'id' column and COLUMN, the article's group
                             (EASC: mapping.tsv:source_name, Wikipedia or a newspaper).
          --json             Print the figures as one JSON object instead of a table.
          --set STEP.OPTION=VALUE
                             Override an option of the chain (repeatable).

        eval names: romanises the Arabic of every arabic<TAB>english line of PAIRS as the brief
        suggests unknown names (the built-in spellings, then each --spellings word list) and
        reports the share spelled exactly and the mean letter similarity (1 − edit distance /
        length), ignoring case, accents and non-letters. --misses first prints every pair not
        spelled exactly: arabic<TAB>suggestion<TAB>expected.

        Tokens as ../shared/eval/summarization/eval_rouge.py makes them (diacritics, tatweel and
        alef forms normalized, no stemming). Per article, each metric is averaged over the
        references ("avg") and taken from the best one ("max"); then averaged over articles.
        Exit status: 0 when every article was scored, 1 when one could not be, 64 for usage errors.
        """

    enum Budget: String, CaseIterable {
        case chain
        case referenceWords = "reference-words"
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        if arguments.first == "names" { return runNames(Array(arguments.dropFirst()), console: console) }
        guard arguments.first == "summaries" else {
            return usageError(UsageError(arguments.first.map { "unknown evaluation '\($0)'.\(Suggestions.didYouMean($0, in: ["summaries", "names"])) Evaluations: summaries, names" }
                ?? "missing what to evaluate: summaries, names"), console: console)
        }
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--chain", "--references", "--budget", "--language", "--against", "--groups"], flags: ["--json"],
                                         repeatable: ["--set"]).parse(Array(arguments.dropFirst()))
        } catch {
            return usageError(error, console: console)
        }
        guard let chainPath = parsed.value("--chain") else { return usageError(UsageError("missing '--chain FILE'"), console: console) }
        guard let referenceDirectory = parsed.value("--references") else {
            return usageError(UsageError("missing '--references DIR'"), console: console)
        }
        let budgetName = parsed.value("--budget") ?? "chain"
        guard let budget = Budget(rawValue: budgetName) else {
            let names = Budget.allCases.map(\.rawValue)
            return usageError(UsageError("unknown budget '\(budgetName)'.\(Suggestions.didYouMean(budgetName, in: names)) Budgets: \(names.joined(separator: ", "))"), console: console)
        }
        guard !parsed.positionals.isEmpty else { return usageError(UsageError("missing ARTICLE files or directories"), console: console) }
        let against = parsed.value("--against")
        if let against, ExtractiveSummarizer.Method(rawValue: against) == nil {
            let names = ExtractiveSummarizer.Method.allCases.map(\.rawValue)
            return usageError(UsageError("unknown method '\(against)' for --against.\(Suggestions.didYouMean(against, in: names)) Methods: \(names.joined(separator: ", "))"), console: console)
        }
        let groups: ArticleGroups?
        let language: String
        do {
            groups = try parsed.value("--groups").map(ArticleGroups.load)
            language = try Self.language(parsed)
        } catch {
            return usageError(error, console: console)
        }
        // The chain as given (it names the summarize step the overrides below address).
        guard var chain = loadChain(chainPath, parsed, console: console) else { return ExitStatus.usage }
        guard let step = chain.steps.first(where: { $0.descriptor.name == ExtractiveSummarizer.descriptor.name }) else {
            console.err("\(chainPath): error: the chain has no summarize step")
            return ExitStatus.usage
        }
        // With the reference budget, the summarize step ranks every sentence and the budget is ours.
        let rankAll = budget == .referenceWords
            ? [OptionOverride(step: step.name, key: "ratio", value: 1.0), OptionOverride(step: step.name, key: "maxWords", value: 0)]
            : []
        if !rankAll.isEmpty {
            guard let ranking = loadChain(chainPath, parsed, extra: rankAll, console: console) else { return ExitStatus.usage }
            chain = ranking
        }
        var baseline: Chain? = nil
        if let against {
            let method = OptionOverride(step: step.name, key: "method", value: .string(against))
            guard let other = loadChain(chainPath, parsed, extra: rankAll + [method], console: console) else { return ExitStatus.usage }
            baseline = other
        }

        let references = Self.references(in: referenceDirectory)
        let (items, problems) = InputCollector.collect(parsed.positionals)
        for problem in problems { console.err(problem) }
        var failed = problems.contains { $0.contains(": error: ") }
        var scored: [Scored] = []
        let progress = Progress(total: items.count, console: console)
        for (index, item) in items.enumerated() {
            progress.show(index, item.displayName)
            guard let refs = references[item.id], !refs.isEmpty else {
                console.err("\(item.displayName): error: no reference summaries \(item.id).*.txt in \(referenceDirectory)")
                failed = true
                continue
            }
            guard let document = RunCommand.read(item, language: language, console: console) else {
                failed = true
                continue
            }
            let processed: Document
            let compared: Document?
            do {
                processed = try chain.run(document)
                compared = try baseline?.run(document)
            } catch {
                console.err("\(item.displayName): error: \(error)")
                failed = true
                continue
            }
            let summary = Self.summary(processed, budget: budget, references: refs)
            scored.append(Scored(id: item.id, scores: SummaryScores(summary: summary, references: refs),
                                 baseline: compared.map { SummaryScores(summary: Self.summary($0, budget: budget, references: refs), references: refs) },
                                 words: RougeTokenizer.count(summary)))
        }
        progress.finish()
        guard !scored.isEmpty else {
            console.err("workbench eval: error: no article could be scored")
            return ExitStatus.failure
        }
        // Each group in order of name, after all the articles together.
        let byGroup = groups.map { groups in Dictionary(grouping: scored) { groups.group(of: $0.id) }.sorted { $0.key < $1.key } } ?? []
        if parsed.flags.contains("--json") {
            var json = Self.json(scored, against: against)
            if let groups, case .object(var object) = json {
                object["groups"] = .object(JSONObject(byGroup.map { ($0.key, Self.json($0.value, against: against)) }))
                object["group_column"] = .string(groups.column)
                json = .object(object)
            }
            console.out(JSONWriter.string(json) + "\n")
        } else {
            console.out(Self.tables(scored, against: against))
            for (name, members) in byGroup {
                let heading = "## \(groups?.column ?? ""): \(name)\n\n"
                console.out((against == nil ? "\n" : "") + heading + Self.tables(members, against: against))
            }
        }
        return failed ? ExitStatus.failure : ExitStatus.success
    }

    /// One article's figures: its scores, the --against method's, and its summary's tokens.
    struct Scored {
        let id: String
        let scores: SummaryScores
        let baseline: SummaryScores?
        let words: Int
    }

    /// The table of some articles, and the comparison's when there is one.
    static func tables(_ scored: [Scored], against: String?) -> String {
        let (average, best) = SummaryScores.mean(scored.map(\.scores))
        var out = table(average: average, best: best, articles: scored.count, meanWords: meanWords(scored))
        if let against { out += Comparison(method: against, ours: scored.map(\.scores), theirs: scored.compactMap(\.baseline)).table }
        return out
    }

    /// The JSON of some articles, with the comparison's as `against` when there is one.
    static func json(_ scored: [Scored], against: String?) -> JSONValue {
        let (average, best) = SummaryScores.mean(scored.map(\.scores))
        var json = json(average: average, best: best, articles: scored.count, meanWords: meanWords(scored))
        if let against, case .object(var object) = json {
            object["against"] = Comparison(method: against, ours: scored.map(\.scores), theirs: scored.compactMap(\.baseline)).json
            json = .object(object)
        }
        return json
    }

    static func meanWords(_ scored: [Scored]) -> Double { Double(scored.map(\.words).reduce(0, +)) / Double(scored.count) }

    /// The text scored for one article: the chain's summary, or with the reference budget the
    /// sentences in rank order until the budget is reached, in document order, cut to the budget.
    static func summary(_ processed: Document, budget: Budget, references refs: [String]) -> String {
        switch budget {
        case .chain:
            return summaryText(processed, picked: processed.annotations(ofKind: "summary"))
        case .referenceWords:
            let limit = max(1, Int((Double(refs.map(RougeTokenizer.count).reduce(0, +)) / Double(refs.count)).rounded()))
            var picked: [Annotation] = []
            var count = 0
            for sentence in processed.annotations(ofKind: "summary").sorted(by: { rank($0) < rank($1) }) where count < limit {
                picked.append(sentence)
                count += RougeTokenizer.count(processed.text(of: sentence.range))
            }
            return SummaryScores.truncate(summaryText(processed, picked: picked), toTokens: limit)
        }
    }

    static func rank(_ annotation: Annotation) -> Int { annotation.data["rank"]?.intValue ?? Int.max }

    /// The picked sentences in document order, one per line.
    static func summaryText(_ document: Document, picked: [Annotation]) -> String {
        picked.sorted { $0.start < $1.start }.map { document.text(of: $0.range) }.joined(separator: "\n")
    }

    /// Reference texts by article id, from `<id>.<anything>.txt` file names.
    static func references(in directory: String) -> [String: [String]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var result: [String: [String]] = [:]
        for name in names where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            let parts = name.split(separator: ".")
            guard parts.count >= 3 else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if let data = FileManager.default.contents(atPath: path), case .success(let text) = TextDecoder.decode(Array(data)) {
                result[String(parts[0]), default: []].append(text)
            }
        }
        return result
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }

    static func table(average: Rouge.Scores, best: Rouge.Scores, articles: Int, meanWords: Double) -> String {
        func row(_ name: String, _ a: Rouge.Score, _ b: Rouge.Score) -> String {
            "| \(name) | \(percent(a.f1)) | \(percent(a.recall)) | \(percent(b.f1)) |"
        }
        return """
            \(articles) articles, \(String(format: "%.1f", meanWords)) summary tokens on average

            | metric | F1 (avg) | recall (avg) | F1 (max) |
            |---|---|---|---|
            \(row("ROUGE-1", average.rouge1, best.rouge1))
            \(row("ROUGE-2", average.rouge2, best.rouge2))
            \(row("ROUGE-L", average.rougeL, best.rougeL))

            """
    }

    static func json(average: Rouge.Scores, best: Rouge.Scores, articles: Int, meanWords: Double) -> JSONValue {
        func metric(_ a: Rouge.Score, _ b: Rouge.Score) -> JSONValue {
            ["f1": .double(a.f1), "precision": .double(a.precision), "recall": .double(a.recall), "f1_max": .double(b.f1)]
        }
        return ["articles": .int(articles), "mean_summary_tokens": .double(meanWords),
                "rouge1": metric(average.rouge1, best.rouge1), "rouge2": metric(average.rouge2, best.rouge2),
                "rougeL": metric(average.rougeL, best.rougeL)]
    }
}
